package org.herodotus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads inputs into {@link SourceDocument}s: HTML and text files (also gzipped), directories
 * (recursively, in name order), JSON Lines, WARC files and standard input ({@code -}). An input
 * that cannot be read yields a document carrying the error, never an exception, so one bad file
 * does not stop a run.
 */
public final class Sources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputLimits limits;
    private final HttpFetcher fetcher;

    /** Sources with the default limits (16 MiB per document). */
    public Sources() {
        this(InputLimits.DEFAULT);
    }

    /** Sources with the given limits. */
    public Sources(InputLimits limits) {
        this(limits, null);
    }

    /**
     * Sources with the given limits that fetch http(s) inputs with {@code fetcher} (null: a
     * fetcher with the default settings, made when the first URL comes).
     */
    public Sources(InputLimits limits, HttpFetcher fetcher) {
        this.limits = limits;
        this.fetcher = fetcher;
    }

    /** Reads every input in order, handing each document to {@code sink}. */
    public void read(List<String> inputs, Consumer<SourceDocument> sink) {
        for (String input : inputs) {
            read(input, sink);
        }
    }

    /** Reads one input: a path, a directory, an http(s) URL, or {@code -} for standard input. */
    public void read(String input, Consumer<SourceDocument> sink) {
        if (input.equals("-")) {
            readStream("stdin", "stdin", System.in, sink);
            return;
        }
        if (isUrl(input)) {
            if (fetcher != null) {
                sink.accept(fromUrl(input, fetcher));
            } else {
                try (HttpFetcher own = new HttpFetcher(HttpFetcher.Settings.DEFAULT)) {
                    sink.accept(fromUrl(input, own));
                }
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> kindOf(p.getFileName().toString()) != Kind.UNKNOWN)
                        .sorted()
                        .forEach(p -> readFile(p, sink));
            } catch (IOException | UncheckedIOException e) {
                sink.accept(SourceDocument.failed(stem(path), input, null, input + ": cannot list directory: " + e.getMessage()));
            }
        } else {
            readFile(path, sink);
        }
    }

    /**
     * Reads one input already opened as a stream, exactly as {@link #read(String, Consumer)} reads a
     * file at {@code origin}: its kind (WARC, JSON Lines, text, HTML, gzipped or not) comes from the
     * name, and ids and messages are the ones a local file of that name gets. For inputs on other
     * file systems (HDFS, S3) opened by their own client. Does not close {@code in}.
     */
    public void read(String origin, InputStream in, Consumer<SourceDocument> sink) {
        String name = origin.substring(origin.lastIndexOf('/') + 1);
        readStream(stem(Path.of(name)), origin, new BufferedInputStream(in, 1 << 16), sink, kindOf(name));
    }

    /** Whether {@code input} names an http(s) URL rather than a file. */
    public static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * The document at {@code url}, fetched with {@code fetcher}: an HTML page or plain text,
     * with the charset of its Content-Type header; a document carrying the error when the fetch
     * failed or the response is not a page.
     */
    public static SourceDocument fromUrl(String url, HttpFetcher fetcher) {
        HttpFetcher.Fetched f = fetcher.fetch(url);
        return fromResponse(f);
    }

    /** A fetched response as a document (see {@link #fromUrl}). */
    public static SourceDocument fromResponse(HttpFetcher.Fetched f) {
        String requested = f.requested() == null ? String.valueOf(f.url()) : f.requested().toString();
        String id = urlId(f.url() == null ? requested : f.url().toString());
        String url = f.url() == null ? requested : f.url().toString();
        if (f.error() != null) {
            return SourceDocument.failed(id, requested, url, f.error());
        }
        if (f.body().length == 0) {
            return SourceDocument.failed(id, requested, url, url + ": empty response (HTTP " + f.status() + ")");
        }
        String type = f.mediaType();
        SourceDocument.Format format;
        if (type.isEmpty() || type.contains("html")) {
            format = SourceDocument.Format.HTML;
        } else if (type.equals("text/plain")) {
            format = SourceDocument.Format.TEXT;
        } else {
            return SourceDocument.failed(id, requested, url, url + ": not a web page or text (" + type + ")");
        }
        return new SourceDocument(id, requested, url, format, f.body(), f.charset(), null, null, null);
    }

    /** An identifier for a document read from a URL: its host and path, safe as a file name. */
    static String urlId(String url) {
        String s = url.replaceFirst("(?i)^https?://", "").replaceFirst("[?#].*$", "");
        s = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
        return s.isEmpty() ? "url" : s;
    }

    private enum Kind { HTML, TEXT, JSONL, WARC, UNKNOWN }

    private static Kind kindOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Kind.TEXT;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) {
            return Kind.WARC;
        }
        return Kind.UNKNOWN;
    }

    /** The file name without directories and without .gz/.html/.htm/.txt/.warc/.jsonl. */
    static String stem(Path path) {
        String n = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot > 0) {
            String ext = n.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (List.of("html", "htm", "xhtml", "txt", "text", "jsonl", "ndjson", "warc", "arc").contains(ext)) {
                n = n.substring(0, dot);
            }
        }
        return n;
    }

    private void readFile(Path path, Consumer<SourceDocument> sink) {
        String origin = path.toString();
        if (!Files.exists(path)) {
            sink.accept(SourceDocument.failed(stem(path), origin, null, origin + ": no such file"));
            return;
        }
        if (!Files.isReadable(path)) {
            sink.accept(SourceDocument.failed(stem(path), origin, null, origin + ": not readable (permission denied)"));
            return;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            readStream(stem(path), origin, raw, sink, kindOf(path.getFileName().toString()));
        } catch (IOException e) {
            sink.accept(SourceDocument.failed(stem(path), origin, null, origin + ": cannot read: " + e.getMessage()));
        }
    }

    private void readStream(String id, String origin, InputStream in, Consumer<SourceDocument> sink) {
        readStream(id, origin, new BufferedInputStream(in), sink, Kind.UNKNOWN);
    }

    private void readStream(String id, String origin, InputStream in, Consumer<SourceDocument> sink, Kind kind) {
        try {
            InputStream body = maybeGunzip(in);
            if (kind == Kind.UNKNOWN) {
                kind = sniff(body);
            }
            switch (kind) {
                case WARC -> readWarc(origin, body, sink);
                case JSONL -> readJsonLines(origin, body, sink);
                default -> {
                    byte[] bytes = readBounded(body, origin);
                    if (bytes.length == 0) {
                        sink.accept(SourceDocument.failed(id, origin, null, origin + ": empty input"));
                        return;
                    }
                    SourceDocument.Format format = kind == Kind.TEXT ? SourceDocument.Format.TEXT : SourceDocument.Format.HTML;
                    sink.accept(new SourceDocument(id, origin, null, format, bytes, null, null, null, null));
                }
            }
        } catch (TooLargeException e) {
            sink.accept(SourceDocument.failed(id, origin, null, e.getMessage()));
        } catch (ZipException | EOFException e) {
            sink.accept(SourceDocument.failed(id, origin, null, origin + ": corrupt or truncated gzip data (" + e.getMessage() + ")"));
        } catch (IOException | RuntimeException e) {
            sink.accept(SourceDocument.failed(id, origin, null, origin + ": cannot read: " + e));
        }
    }

    /** Decompresses when the stream starts with the gzip magic bytes, whatever the file is called. */
    private static InputStream maybeGunzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16));
        }
        return in;
    }

    /** Guesses the kind of an unnamed stream (standard input) from its first bytes. */
    private static Kind sniff(InputStream in) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        String s = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (s.startsWith("WARC/")) {
            return Kind.WARC;
        }
        if (s.startsWith("{")) {
            return Kind.JSONL;
        }
        if (s.startsWith("<") || s.startsWith("\uFEFF") || s.startsWith("\u00EF\u00BB\u00BF<")) {
            return Kind.HTML;
        }
        return Kind.TEXT;
    }

    private byte[] readBounded(InputStream in, String origin) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limits.maxDocumentBytes()) {
                throw new TooLargeException(origin + ": larger than the " + (limits.maxDocumentBytes() >> 20)
                        + " MiB limit for one document; skipped");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private void readJsonLines(String origin, InputStream in, Consumer<SourceDocument> sink) throws IOException {
        // The limit is enforced while reading: a line over it is skipped, never held whole.
        LineReader reader = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), limits.maxDocumentBytes());
        LineReader.Line next;
        while ((next = reader.next()) != null) {
            int lineNo = next.number();
            String line = next.text();
            String where = origin + ":" + lineNo;
            String fallbackId = stem(Path.of(origin)) + "-" + lineNo;
            if (next.tooLong()) {
                sink.accept(SourceDocument.failed(fallbackId, where, null, where + ": line larger than the "
                        + (limits.maxDocumentBytes() >> 20) + " MiB limit for one document; skipped"));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                sink.accept(SourceDocument.failed(fallbackId, where, null, where + ": malformed JSON: " + firstLine(e.getMessage())));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.accept(SourceDocument.failed(fallbackId, where, null, where + ": not a JSON object"));
                continue;
            }
            String id = text(node, "id", fallbackId);
            String url = text(node, "url", null);
            String html = text(node, "html", null);
            String plain = text(node, "text", null);
            LocalDate published = null;
            String pub = text(node, "published", null);
            if (pub != null) {
                try {
                    published = LocalDate.parse(pub.length() >= 10 ? pub.substring(0, 10) : pub);
                } catch (DateTimeParseException e) {
                    sink.accept(SourceDocument.failed(id, where, url, where + ": published is not an ISO date: " + pub));
                    continue;
                }
            }
            if (html == null && plain == null) {
                sink.accept(SourceDocument.failed(id, where, url, where + ": object has neither \"html\" nor \"text\""));
                continue;
            }
            SourceDocument.Format format = html != null ? SourceDocument.Format.HTML : SourceDocument.Format.TEXT;
            byte[] bytes = (html != null ? html : plain).getBytes(StandardCharsets.UTF_8);
            sink.accept(new SourceDocument(id, where, url, format, bytes, "UTF-8", text(node, "title", null), published, null));
        }
    }

    private void readWarc(String origin, InputStream in, Consumer<SourceDocument> sink) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            reader.onWarning(message -> { });
            int index = 0;
            boolean lastFailed = false;
            while (true) {
                long at = reader.position();
                WarcRecord record;
                try {
                    record = reader.next().orElse(null);
                } catch (IOException | RuntimeException e) {
                    // The stream is out of step after a broken header: nothing after it can be trusted.
                    // Skipping the body of a record already reported as broken fails too: one report.
                    if (!lastFailed) {
                        sink.accept(SourceDocument.failed(stem(Path.of(origin)) + "-broken-" + at, origin, null,
                                origin + ": broken WARC record at byte " + at + ": " + describe(e)));
                    }
                    return;
                }
                if (record == null) {
                    return;
                }
                index++;
                lastFailed = false;
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                String where = origin + "#" + index;
                String url = null;
                String id = stem(Path.of(origin)) + "-" + index;
                try {
                    url = response.target();
                    where = url == null ? where : origin + "#" + url;
                    id = response.id().toString().replaceFirst("^<?urn:uuid:", "").replaceFirst(">$", "");
                    if (response.body().size() > limits.maxDocumentBytes()) {
                        MediaType type = response.http().contentType();
                        if (type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
                            throw new TooLargeException(where + ": larger than the " + (limits.maxDocumentBytes() >> 20)
                                    + " MiB limit for one document; skipped");
                        }
                        continue;
                    }
                    // The HTTP message is parsed from a copy, so that a chunked body can be read
                    // strictly: read leniently, broken chunking passes the chunk sizes into the text.
                    byte[] message = readBounded(response.body().stream(), where);
                    HttpResponse http = HttpResponse.parse(channel(message));
                    MediaType type = http.contentType();
                    String base = type.base().toString().toLowerCase(Locale.ROOT);
                    if (!base.contains("html")) {
                        continue;
                    }
                    boolean chunked = http.headers().first("Transfer-Encoding")
                            .map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
                    byte[] bytes;
                    if (chunked) {
                        try {
                            bytes = readBounded(HttpResponse.parseStrictly(channel(message)).bodyDecoded().stream(), where);
                        } catch (TooLargeException e) {
                            throw e;
                        } catch (IOException | RuntimeException e) {
                            throw new IOException("broken chunked transfer encoding (" + describe(e) + ")", e);
                        }
                    } else {
                        bytes = readBounded(http.bodyDecoded().stream(), where);
                    }
                    String charset = type.parameters().get("charset");
                    sink.accept(new SourceDocument(id, where, url, SourceDocument.Format.HTML, bytes, charset, null, null, null));
                } catch (TooLargeException e) {
                    sink.accept(SourceDocument.failed(id, where, url, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    lastFailed = true;
                    sink.accept(SourceDocument.failed(id, where, url,
                            where + ": broken WARC record at byte " + at + ": " + describe(e)));
                }
            }
        }
    }

    private static java.nio.channels.ReadableByteChannel channel(byte[] bytes) {
        return java.nio.channels.Channels.newChannel(new java.io.ByteArrayInputStream(bytes));
    }

    /** A reader's exception as a reason people can act on. */
    private static String describe(Exception e) {
        if (e instanceof java.util.NoSuchElementException) {
            return "a required header is missing";
        }
        if (e instanceof EOFException) {
            return "the record is cut short (truncated file)";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : firstLine(m);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }
}
