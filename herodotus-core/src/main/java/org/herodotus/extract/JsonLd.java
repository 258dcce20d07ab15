package org.herodotus.extract;

import static org.herodotus.extract.MetadataReader.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article described by the page's JSON-LD ({@code NewsArticle} and friends, in a {@code
 * @graph} or not), as far as we use it; {@code nameOnly} when the headline is the object's
 * {@code name} (a recipe's or product's), not a {@code headline}.
 */
record JsonLd(String headline, boolean nameOnly, List<String> authors, String datePublished, String dateModified,
              String publisher, String url) {

    static final JsonLd NONE = new JsonLd(null, false, List.of(), null, null, null, null);

    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    /**
     * The page's JSON-LD object of the best-ranked type of {@code rules} ({@code [jsonld-types]}),
     * else its {@code WebPage}; {@link #NONE} when there is neither or the JSON is broken.
     */
    static JsonLd read(PageIndex index, ExtractionRules rules) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : index.tag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                JsonNode root = LENIENT_JSON.readTree(json);
                collect(root, candidates, 0);
            } catch (IOException | RuntimeException e) {
                // Broken JSON-LD is common; the other metadata sources remain.
            }
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        JsonNode webPage = null;
        List<String> order = List.copyOf(rules.jsonLdTypes);
        for (JsonNode n : candidates) {
            for (String type : types(n)) {
                int rank = rankOf(rules, type);
                if (rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
                if (webPage == null && type.endsWith("WebPage")) {
                    webPage = n;
                }
            }
        }
        if (order.isEmpty() && best == null) {
            return JsonLd.NONE;
        }
        JsonNode n = best != null ? best : webPage;
        if (n == null) {
            return JsonLd.NONE;
        }
        String headline = text(n, "headline");
        boolean nameOnly = false;
        if (headline == null && best != null) {
            headline = text(n, "name");
            nameOnly = headline != null;
        }
        List<String> authors = new ArrayList<>();
        names(n.get("author"), authors);
        if (authors.isEmpty()) {
            names(n.get("creator"), authors);
        }
        String published = text(n, "datePublished");
        if (published == null) {
            published = text(n, "dateCreated");
        }
        if (published == null) {
            published = text(n, "uploadDate");
        }
        JsonNode pub = n.get("publisher");
        String publisher = pub == null ? null : pub.isTextual() ? pub.asText() : text(pub, "name");
        String url = text(n, "url");
        return new JsonLd(clean(headline), nameOnly, authors, published, text(n, "dateModified"), clean(publisher), url);
    }

    private static int rankOf(ExtractionRules rules, String type) {
        int i = 0;
        for (String t : rules.jsonLdTypes) {
            if (t.equals(type)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(localType(x.asText())));
        } else {
            out.add(localType(t.asText()));
        }
        return out;
    }

    private static String localType(String t) {
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return cut >= 0 ? t.substring(cut + 1) : t;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
            if (v == null) {
                return null;
            }
        }
        if (v.isObject()) {
            JsonNode inner = v.has("@value") ? v.get("@value") : v.get("name");
            return inner == null ? null : inner.asText(null);
        }
        String s = v.asText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void names(JsonNode v, List<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                names(x, out);
            }
        } else if (v.isObject()) {
            String name = text(v, "name");
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
    }
}
