package org.herodotus.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads inputs into {@link SourceDocument}s: HTML and text files (also gzipped), directories
 * (recursively, in name order), JSON Lines, WARC files and standard input ({@code -}). An input
 * that cannot be read yields a document carrying the error, never an exception, so one bad file
 * does not stop a run. This class finds out what each input is and opens it; reading the
 * documents out of a JSON Lines file is {@link JsonLinesDocuments}'s job, out of a WARC file
 * {@link WarcDocuments}'s, and both keep to the size limit with {@link BoundedInput}.
 */
public final class Sources {

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
                        .forEach(p -> readFile(p, idOf(underFolder(path, p)), sink));
            } catch (IOException | UncheckedIOException e) {
                sink.accept(SourceDocument.failed(stem(path), input, null, input + ": cannot list directory: " + e.getMessage()));
            }
        } else {
            readFile(path, stem(path), sink);
        }
    }

    /**
     * Reads one input already opened as a stream, exactly as {@link #read(String, Consumer)} reads a
     * file at {@code origin}: its kind (WARC, JSON Lines, text, HTML, gzipped or not) comes from the
     * name, and ids and messages are the ones a local file of that name gets. For inputs on other
     * file systems (HDFS, S3) opened by their own client. Does not close {@code in}.
     */
    public void read(String origin, InputStream in, Consumer<SourceDocument> sink) {
        read(origin, origin.substring(origin.lastIndexOf('/') + 1), in, sink);
    }

    /**
     * Reads one input already opened as a stream, as {@link #read(String, Consumer)} reads the file
     * {@code name} (its path under the folder given as input, with {@code /} between folders) found
     * in a folder. Does not close {@code in}.
     */
    public void read(String origin, String name, InputStream in, Consumer<SourceDocument> sink) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        readStream(idOf(name), origin, new BufferedInputStream(in, 1 << 16), sink, kindOf(fileName));
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

    /**
     * The id of a file found in a folder given as input: its path under that folder ({@code /}
     * between folders) without the extension, so that {@code business/001.txt} and
     * {@code sport/001.txt} are {@code business/001} and {@code sport/001}, not both {@code 001}.
     */
    static String idOf(String pathUnderFolder) {
        int slash = pathUnderFolder.lastIndexOf('/');
        return pathUnderFolder.substring(0, slash + 1) + stem(Path.of(pathUnderFolder.substring(slash + 1)));
    }

    /** The path of {@code file} under {@code folder}, with {@code /} between folders. */
    private static String underFolder(Path folder, Path file) {
        StringJoiner j = new StringJoiner("/");
        folder.relativize(file).forEach(part -> j.add(part.toString()));
        return j.toString();
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

    private void readFile(Path path, String id, Consumer<SourceDocument> sink) {
        String origin = path.toString();
        if (!Files.exists(path)) {
            sink.accept(SourceDocument.failed(id, origin, null, origin + ": no such file"));
            return;
        }
        if (!Files.isReadable(path)) {
            sink.accept(SourceDocument.failed(id, origin, null, origin + ": not readable (permission denied)"));
            return;
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path))) {
            readStream(id, origin, raw, sink, kindOf(path.getFileName().toString()));
        } catch (IOException e) {
            sink.accept(SourceDocument.failed(id, origin, null, origin + ": cannot read: " + e.getMessage()));
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
                case WARC -> new WarcDocuments(limits).read(id, origin, body, sink);
                case JSONL -> new JsonLinesDocuments(limits).read(id, origin, body, sink);
                default -> {
                    byte[] bytes = BoundedInput.readAll(body, origin, limits);
                    if (bytes.length == 0) {
                        sink.accept(SourceDocument.failed(id, origin, null, origin + ": empty input"));
                        return;
                    }
                    SourceDocument.Format format = kind == Kind.TEXT ? SourceDocument.Format.TEXT : SourceDocument.Format.HTML;
                    sink.accept(new SourceDocument(id, origin, null, format, bytes, null, null, null, null));
                }
            }
        } catch (BoundedInput.TooLargeException e) {
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


}
