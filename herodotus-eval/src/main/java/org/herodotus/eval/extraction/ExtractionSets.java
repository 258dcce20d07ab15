package org.herodotus.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the two extraction benchmark folders: a ScrapingHub folder ({@code ground-truth*.json}
 * keyed by page id, pages in {@code html/<id>.html.gz}) and a trafilatura folder
 * ({@code evaldata*.json} keyed by URL with a {@code file} name, pages in {@code html/<file>.gz}).
 * Only paths given by the user are read; nothing is copied.
 */
public final class ExtractionSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionSets() {
    }

    /** One page of a set with its gold. */
    public record Page(String id, String url, Path html, String goldBody, List<String> with, List<String> without,
                       String goldTitle, String goldAuthor, String goldDate) {
    }

    /** The pages of a ScrapingHub folder, in the order the reference scores them (sorted ids). */
    public static List<Page> scrapinghub(Path dir, Path gold) throws IOException {
        Path goldFile = gold != null ? gold : find(dir, "ground-truth", ".json");
        JsonNode root = read(goldFile);
        Map<String, JsonNode> sorted = new TreeMap<>();
        root.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
            JsonNode v = e.getValue();
            String body = text(v.get("articleBody"));
            pages.add(new Page(e.getKey(), text(v.get("url")), htmlPath(dir, e.getKey() + ".html"),
                    body == null ? "" : body, List.of(), List.of(), null, null, null));
        }
        return pages;
    }

    /** The pages of a trafilatura folder, in gold file order. */
    public static List<Page> trafilatura(Path dir, Path gold) throws IOException {
        Path goldFile = gold != null ? gold : find(dir, "evaldata", ".json");
        JsonNode root = read(goldFile);
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String file = text(v.get("file"));
            pages.add(new Page(file, e.getKey(), htmlPath(dir, file), null, strings(v.get("with")), strings(v.get("without")),
                    meta(v.get("title")), meta(v.get("author")), meta(v.get("date"))));
        }
        return pages;
    }

    /** The page's bytes, gunzipped when the file is gzip. */
    public static byte[] readHtml(Path html) throws IOException {
        try (InputStream in = Files.newInputStream(html)) {
            byte[] head = in.readNBytes(2);
            InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
            if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                try (InputStream gz = new GZIPInputStream(all, 1 << 16)) {
                    return gz.readAllBytes();
                }
            }
            return all.readAllBytes();
        }
    }

    private static Path htmlPath(Path dir, String file) {
        Path gz = dir.resolve("html").resolve(file + ".gz");
        if (Files.exists(gz)) {
            return gz;
        }
        Path plain = dir.resolve("html").resolve(file);
        return Files.exists(plain) ? plain : gz;
    }

    private static Path find(Path dir, String prefix, String suffix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(suffix)) {
                    found.add(p);
                }
            }
        }
        if (found.size() != 1) {
            throw new IOException(dir + ": expected one " + prefix + "*" + suffix + " file, found " + found.size()
                    + (found.isEmpty() ? "" : " " + found) + "; name it with --gold");
        }
        return found.get(0);
    }

    private static JsonNode read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** A metadata gold value as the reference reads it: lists joined by "; ". */
    private static String meta(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            return String.join("; ", parts);
        }
        return n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
