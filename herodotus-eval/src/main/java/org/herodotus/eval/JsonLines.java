package org.herodotus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the JSON Lines files benchmark sets come in (gold and prediction files, gzipped or not),
 * so every reader reports a bad line the same way: file and line number.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * One parsed line.
     *
     * @param number line number, from 1, for messages
     * @param json   the parsed object
     */
    public record Line(int number, JsonNode json) {
    }

    /**
     * Every non-blank line of {@code path} parsed as JSON; {@code .gz} files are decompressed.
     *
     * @throws IOException when the file cannot be read, or naming file and line of a line that is
     *                     not valid JSON
     */
    public static List<Line> read(Path path) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = open(path)) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    out.add(new Line(n, JSON.readTree(text)));
                } catch (IOException e) {
                    throw new IOException(where(path, n) + ": not valid JSON (" + e.getMessage() + ")", e);
                }
            }
        }
        return out;
    }

    /** "file:line", the prefix of every message about a line. */
    public static String where(Path path, int line) {
        return path + ":" + line;
    }

    /** A reader of {@code path}, decompressing {@code .gz}. */
    public static BufferedReader open(Path path) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (path.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
