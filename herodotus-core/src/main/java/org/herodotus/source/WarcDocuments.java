package org.herodotus.source;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of a WARC input: every {@code response} record whose HTTP content type is HTML,
 * its body decoded (chunked transfer encoding read strictly), named {@code file#url}. A broken
 * record becomes a document carrying the error; a broken record header ends the file, since
 * nothing after it can be trusted.
 */
final class WarcDocuments {

    private final InputLimits limits;

    WarcDocuments(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Hands each HTML response's document to {@code sink}, in order; a record whose id cannot be
     * read gets {@code fileId-N}, N its place in the file.
     */
    void read(String fileId, String origin, InputStream in, Consumer<SourceDocument> sink) throws IOException {
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
                        sink.accept(SourceDocument.failed(fileId + "-broken-" + at, origin, null,
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
                String id = fileId + "-" + index;
                try {
                    url = response.target();
                    where = url == null ? where : origin + "#" + url;
                    id = response.id().toString().replaceFirst("^<?urn:uuid:", "").replaceFirst(">$", "");
                    SourceDocument page = page(response, id, where, url);
                    if (page != null) {
                        sink.accept(page);
                    }
                } catch (BoundedInput.TooLargeException e) {
                    sink.accept(SourceDocument.failed(id, where, url, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    lastFailed = true;
                    sink.accept(SourceDocument.failed(id, where, url,
                            where + ": broken WARC record at byte " + at + ": " + describe(e)));
                }
            }
        }
    }

    /** The HTML page of a response record, or null when it holds something else. */
    private SourceDocument page(WarcResponse response, String id, String where, String url) throws IOException {
        if (response.body().size() > limits.maxDocumentBytes()) {
            MediaType type = response.http().contentType();
            if (type.base().toString().toLowerCase(Locale.ROOT).contains("html")) {
                throw BoundedInput.tooLarge(where, limits);
            }
            return null;
        }
        // The HTTP message is parsed from a copy, so that a chunked body can be read
        // strictly: read leniently, broken chunking passes the chunk sizes into the text.
        byte[] message = BoundedInput.readAll(response.body().stream(), where, limits);
        HttpResponse http = HttpResponse.parse(channel(message));
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.contains("html")) {
            return null;
        }
        boolean chunked = http.headers().first("Transfer-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false);
        byte[] bytes;
        if (chunked) {
            try {
                bytes = BoundedInput.readAll(HttpResponse.parseStrictly(channel(message)).bodyDecoded().stream(), where, limits);
            } catch (BoundedInput.TooLargeException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new IOException("broken chunked transfer encoding (" + describe(e) + ")", e);
            }
        } else {
            bytes = BoundedInput.readAll(http.bodyDecoded().stream(), where, limits);
        }
        String charset = type.parameters().get("charset");
        return new SourceDocument(id, where, url, SourceDocument.Format.HTML, bytes, charset, null, null, null);
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
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : JsonLinesDocuments.firstLine(m);
    }
}
