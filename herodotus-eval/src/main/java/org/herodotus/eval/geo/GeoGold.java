package org.herodotus.eval.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads geoparsing gold sets: the EUPEG unified files ({@code <Corpus>_gold.txt}, texts in
 * {@code ../corpora/<Corpus>/<i>}) or gold JSON Lines in the prediction format.
 */
public final class GeoGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoGold() {
    }

    /** The corpus name of a gold file ("GeoWebNews" for GeoWebNews_gold.txt or GeoWebNews.jsonl). */
    public static String corpus(Path gold) {
        String base = gold.getFileName().toString();
        if (base.endsWith("_gold.txt")) {
            return base.substring(0, base.length() - "_gold.txt".length());
        }
        int dot = base.indexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    /** Loads the documents of {@code gold}; a missing text file gives an empty text, as the reference scorer does. */
    public static List<GeoDoc> load(Path gold) throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new IOException(gold + ": no such gold file");
        }
        String corpus = corpus(gold);
        List<GeoDoc> docs = new ArrayList<>();
        if (gold.getFileName().toString().endsWith("_gold.txt")) {
            Path parent = gold.toAbsolutePath().getParent();
            Path textDir = parent.getParent() == null ? parent.resolve("corpora").resolve(corpus)
                    : parent.getParent().resolve("corpora").resolve(corpus);
            List<String> lines = lines(Files.readString(gold, StandardCharsets.UTF_8));
            for (int i = 0; i < lines.size(); i++) {
                Path tp = textDir.resolve(Integer.toString(i));
                String text = Files.isRegularFile(tp) ? Files.readString(tp, StandardCharsets.UTF_8) : "";
                docs.add(new GeoDoc(corpus + "/" + i, text, eupegLine(lines.get(i))));
            }
        } else {
            String all;
            try (InputStream in = open(gold)) {
                all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int n = 0;
            for (String line : all.split("\n")) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode r;
                try {
                    r = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(gold + ":" + n + ": not valid JSON (" + e.getMessage() + ")", e);
                }
                String text = r.path("text").asText("");
                List<GeoToponym> tops = new ArrayList<>();
                for (JsonNode t : r.path("toponyms")) {
                    int s = t.path("start").asInt();
                    int e = t.path("end").asInt();
                    String surface = t.hasNonNull("text") ? t.get("text").asText()
                            : text.substring(Math.min(s, text.length()), Math.min(e, text.length()));
                    tops.add(new GeoToponym(surface, number(t.get("lat")), number(t.get("lon")), s, e));
                }
                docs.add(new GeoDoc(r.path("id").asText(), text, tops));
            }
        }
        return docs;
    }

    private static InputStream open(Path p) throws IOException {
        InputStream in = Files.newInputStream(p);
        return p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** Lines split on \n, without the empty piece after a final newline. */
    static List<String> lines(String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** One EUPEG line: toponyms separated by "||", fields by ",,": name,,surface,,lat,,lon,,start,,end. */
    public static List<GeoToponym> eupegLine(String line) {
        List<GeoToponym> out = new ArrayList<>();
        for (String t : line.split("\\|\\|", -1)) {
            if (t.length() <= 1) {
                continue;
            }
            String[] f = t.split(",,", -1);
            if (f.length < 6) {
                continue;
            }
            int s;
            int e;
            try {
                s = Integer.parseInt(f[4].trim());
                e = Integer.parseInt(f[5].trim());
            } catch (NumberFormatException ex) {
                continue;
            }
            Double lat = f[2].equalsIgnoreCase("null") ? null : number(f[2]);
            Double lon = f[3].equalsIgnoreCase("null") ? null : number(f[3]);
            out.add(new GeoToponym(f[1], lat, lon, s, e));
        }
        return out;
    }

    private static Double number(String s) {
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isNaN(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return Double.isNaN(n.asDouble()) ? null : n.asDouble();
        }
        return number(n.asText());
    }
}
