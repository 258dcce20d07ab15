package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herodotus.Herodotus;
import org.herodotus.PipelineConfig;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.server.Analyser;
import org.herodotus.server.DeskServer;
import org.herodotus.server.ServerConfig;
import org.herodotus.source.SourceDocument;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus serve}: the REST API and the web UI on a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (under /api/, OpenAPI document at /api/openapi.json) and the web UI on a store,",
                "until stopped (Ctrl-C). Prints the URL once it listens. With --check: starts, asks itself for its health",
                "and its UI, prints the URL and exits (0 when both answered), for scripts and CI.",
                "With --watch FEEDS: also polls the feeds as herodotus watch does, in this process and into this store",
                "(DuckDB has one writer), so new articles show in the API and the UI as they are stored; with --check it",
                "polls once while serving, then checks and says how many articles the API lists.",
                "Writes (POST /api/articles, DELETE) need the write token from --token-file or $HERODOTUS_WRITE_TOKEN;",
                "without one the server refuses every write. Reads are open unless a read token is given.",
                "Exit status: 0 fine, 2 usage error or no store, 3 the server could not run."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 8080; 0 for any free port).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 shares the desk on the network).")
    String bind = "127.0.0.1";

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the write token (at least 16 characters); default $HERODOTUS_WRITE_TOKEN.")
    Path tokenFile;

    @Option(names = "--read-token-file", paramLabel = "FILE",
            description = "File holding a token every read must present too; default $HERODOTUS_READ_TOKEN, else reads are open.")
    Path readTokenFile;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body accepted (default 5242880).")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY;

    @Option(names = "--read-only", description = "Open the store read-only (another process may then read it too); no writes.")
    boolean readOnly;

    @Option(names = "--check", description = "Start, check the health endpoint and the UI answer, print the URL, and exit.")
    boolean check;

    @Option(names = "--watch", paramLabel = "FEEDS",
            description = "Also watch the feed and sitemap URLs in this file (one per line), as herodotus watch --feeds does.")
    Path watchFeeds;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "With --watch: starting poll interval of each feed (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "With --watch: time between two requests to one host (default: ${DEFAULT-VALUE}).")
    String hostDelay;

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws Exception {
        String writeToken;
        String readToken;
        try {
            writeToken = readOnly ? null : token(tokenFile, "HERODOTUS_WRITE_TOKEN");
            readToken = token(readTokenFile, "HERODOTUS_READ_TOKEN");
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("herodotus serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PipelineConfig pipeline;
        try {
            pipeline = pipelineOptions.config(); // reads the option files now: a bad one is a usage error
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        WatchCommand.Ready watcher = null;
        if (watchFeeds != null) {
            if (readOnly) {
                System.err.println("herodotus serve: --watch stores what it fetches: it cannot run with --read-only");
                return ExitCodes.USAGE;
            }
            watcher = WatchCommand.forServer(new String[] {"--feeds", watchFeeds.toString(), "--every", every,
                "--host-delay", hostDelay}, db, pipelineOptions);
            if (watcher == null) {
                return ExitCodes.USAGE;
            }
        }
        Store store;
        try {
            store = readOnly ? db.openForReading() : db.open();
        } catch (SQLException e) {
            System.err.println("herodotus serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (store) {
            ServerConfig config;
            try {
                config = ServerConfig.of(store).withAddress(bind, port).withTokens(writeToken, readToken).withMaxBody(maxBody)
                        .withAnalyser(readOnly ? null : new LazyAnalyser(pipeline));
            } catch (IllegalArgumentException e) {
                System.err.println("herodotus serve: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            try (DeskServer desk = DeskServer.start(config)) {
                System.out.println("Herodotus desk: " + desk.url() + "  (API: " + desk.url() + "api/docs; store: " + db.where()
                        + (writeToken == null ? "; writes disabled" : "") + ")");
                System.out.flush();
                if (check) {
                    int watched = ExitCodes.OK;
                    if (watcher != null) {
                        watched = watcher.run(store, true); // one poll, while the desk answers
                    }
                    boolean ok = selfCheck(desk.url(), readToken, watcher != null);
                    return !ok ? ExitCodes.RUN_FAILED : watched;
                }
                if (watcher != null) {
                    WatchCommand.Ready w = watcher;
                    Thread watching = new Thread(() -> {
                        try {
                            w.run(store, false);
                        } catch (SQLException | RuntimeException e) {
                            System.err.println("herodotus serve: the feed watcher stopped: " + e.getMessage());
                        }
                    }, "herodotus-serve-watch");
                    watching.setDaemon(true); // the watcher's own stop hook finishes the articles in flight
                    watching.start();
                }
                desk.join();
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Asks the desk for its health and its UI (with the read token, when there is one) and, after
     * a watch, for its newest articles, whose number and titles it prints.
     */
    private static boolean selfCheck(String url, String readToken, boolean articles) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        boolean ok = true;
        List<String> paths = new ArrayList<>(List.of("api/health", ""));
        if (articles) {
            paths.add("api/articles?limit=1000");
        }
        for (String path : paths) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30));
            if (readToken != null) {
                request.header("Authorization", "Bearer " + readToken);
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String shown = path.startsWith("api/articles") ? "api/articles" : path;
            if (path.startsWith("api/articles") && r.statusCode() == 200) {
                JsonNode items = AnalysisJson.mapper().readTree(r.body()).get("items");
                System.out.println("GET /" + shown + " -> 200: " + items.size() + " article" + (items.size() == 1 ? "" : "s"));
                items.forEach(a -> System.out.println("  " + a.path("title").asText(a.path("key").asText())));
            } else {
                System.out.println("GET /" + shown + " -> " + r.statusCode());
            }
            ok &= r.statusCode() == 200;
        }
        return ok;
    }

    /** The token in {@code file}, else in environment variable {@code env}, else null. */
    private static String token(Path file, String env) throws IOException {
        String t = file != null ? Files.readString(file, StandardCharsets.UTF_8) : System.getenv(env);
        if (t == null || t.isBlank()) {
            if (file != null) {
                throw new IllegalArgumentException(file + ": empty token file");
            }
            return null;
        }
        t = t.strip();
        if (t.length() < 16) {
            throw new IllegalArgumentException((file != null ? file.toString() : "$" + env) + ": a token needs at least 16 characters");
        }
        return t;
    }

    /** The pipeline, loaded on the first posted document (loading takes seconds and gigabytes). */
    private static final class LazyAnalyser implements Analyser {
        private final PipelineConfig config;
        private final ArticleExtractor extractor = Herodotus.extractor();
        private volatile Pipeline pipeline;

        LazyAnalyser(PipelineConfig config) {
            this.config = config;
        }

        @Override
        public Analysis analyse(SourceDocument document) {
            Pipeline p = pipeline;
            if (p == null) {
                synchronized (this) {
                    if (pipeline == null) {
                        pipeline = config.build();
                    }
                    p = pipeline;
                }
            }
            return p.analyze(extractor.extract(document));
        }
    }
}
