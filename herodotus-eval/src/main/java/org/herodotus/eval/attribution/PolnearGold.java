package org.herodotus.eval.attribution;

import org.herodotus.eval.JsonLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;

/**
 * Reads PolNeAR-style gold or prediction files: JSON Lines (plain or .gz), one article per line,
 * {@code {"id", "text", "attributions": [{"source": [[s, e]], "cue": ..., "content": ...}]}}.
 * Offsets in the files count Unicode code points; in memory they index Java strings.
 */
public final class PolnearGold {

    /** One gold article. */
    public record Document(String id, String text, List<Relation> relations) {
        public Document {
            relations = List.copyOf(relations);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolnearGold() {
    }

    /** Reads every article of {@code path}; a malformed line is an error naming file and line. */
    public static List<Document> read(Path path) throws IOException {
        List<Document> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(path)) {
            JsonNode node = line.json();
            if (!node.hasNonNull("id")) {
                throw new IOException(JsonLines.where(path, line.number()) + ": no \"id\"");
            }
            String text = node.path("text").asText("");
            List<Relation> rels = new ArrayList<>();
            for (JsonNode a : node.path("attributions")) {
                rels.add(new Relation(fragments(a.get("source"), text), fragments(a.get("cue"), text),
                        fragments(a.get("content"), text)));
            }
            out.add(new Document(node.get("id").asText(), text, rels));
        }
        return out;
    }

    /** null / [s, e] / [[s, e], …] / [{"start", "end"}] → fragments in string offsets. */
    static List<Fragment> fragments(JsonNode value, String text) {
        List<Fragment> out = new ArrayList<>();
        if (value == null || value.isNull() || value.isEmpty()) {
            return out;
        }
        if (value.isObject()) {
            out.add(fragment(value.get("start").asInt(), value.get("end").asInt(), text));
            return out;
        }
        if (value.size() == 2 && value.get(0).isInt() && value.get(1).isInt()) {
            out.add(fragment(value.get(0).asInt(), value.get(1).asInt(), text));
            return out;
        }
        for (JsonNode v : value) {
            if (v.isObject()) {
                out.add(fragment(v.get("start").asInt(), v.get("end").asInt(), text));
            } else {
                out.add(fragment(v.get(0).asInt(), v.get(1).asInt(), text));
            }
        }
        return out;
    }

    private static Fragment fragment(int cpStart, int cpEnd, String text) {
        return new Fragment(toChar(text, cpStart), toChar(text, cpEnd));
    }

    /** A code-point offset as a string offset (they differ only past characters outside the BMP). */
    static int toChar(String text, int cp) {
        int cps = text.codePointCount(0, text.length());
        if (cps == text.length()) {
            return cp;
        }
        return text.offsetByCodePoints(0, Math.max(0, Math.min(cp, cps)));
    }

    /** A string offset as a code-point offset, as the reference scorer counts. */
    public static int toCodePoint(String text, int offset) {
        return text.codePointCount(0, Math.min(offset, text.length()));
    }
}
