package org.herodotus.cli;

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
import java.util.concurrent.Callable;
import org.herodotus.Herodotus;
import org.herodotus.PipelineConfig;
import org.herodotus.extract.ArticleExtractor;
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
                    return selfCheck(desk.url()) ? ExitCodes.OK : ExitCodes.RUN_FAILED;
                }
                desk.join();
            }
        }
        return ExitCodes.OK;
    }

    private static boolean selfCheck(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        boolean ok = true;
        for (String path : new String[] {"api/health", ""}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("GET /" + path + " -> " + r.statusCode());
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
