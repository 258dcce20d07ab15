package org.herodotus.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * The documents of a JSON Lines input: one object a line with {@code id}, {@code html} or {@code
 * text}, and optionally {@code url}, {@code title} and {@code published}. A line that is not such
 * an object becomes a document carrying the error, named {@code file:line}; the others go on.
 */
final class JsonLinesDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputLimits limits;

    JsonLinesDocuments(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Hands each line's document to {@code sink}, in order; a line without an id gets
     * {@code fileId-LINE}.
     */
    void read(String fileId, String origin, InputStream in, Consumer<SourceDocument> sink) throws IOException {
        // The limit is enforced while reading: a line over it is skipped, never held whole.
        LineReader reader = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), limits.maxDocumentBytes());
        LineReader.Line next;
        while ((next = reader.next()) != null) {
            int lineNo = next.number();
            String line = next.text();
            String where = origin + ":" + lineNo;
            String fallbackId = fileId + "-" + lineNo;
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
            sink.accept(document(node, fallbackId, where));
        }
    }

    private static SourceDocument document(JsonNode node, String fallbackId, String where) {
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
                return SourceDocument.failed(id, where, url, where + ": published is not an ISO date: " + pub);
            }
        }
        if (html == null && plain == null) {
            return SourceDocument.failed(id, where, url, where + ": object has neither \"html\" nor \"text\"");
        }
        SourceDocument.Format format = html != null ? SourceDocument.Format.HTML : SourceDocument.Format.TEXT;
        byte[] bytes = (html != null ? html : plain).getBytes(StandardCharsets.UTF_8);
        return new SourceDocument(id, where, url, format, bytes, "UTF-8", text(node, "title", null), published, null);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    /** The first line of a message (Jackson's go on with the source excerpt). */
    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
