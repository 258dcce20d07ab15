package org.herodotus.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.eval.extraction.ExtractionSets.Page;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;

/**
 * Runs an extractor over a benchmark set and scores it with the reference metrics
 * ({@link ShingleMetric} for ScrapingHub, {@link SnippetMetric} for trafilatura). Each page is
 * given to the extractor with the URL the set records for it, as a crawler would know it.
 */
public final class ExtractionEval {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionEval() {
    }

    /** What the extractor produced for one page, in the reference scorer's prediction format. */
    public record Prediction(String id, String articleBody, String title, String author, String date,
                             List<String> errors) {

        /** One JSON line as {@code score_extraction.py --pred} reads it. */
        public String toJsonLine() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            o.put("articleBody", articleBody);
            o.put("title", title);
            o.put("author", author);
            o.put("date", date);
            return o.toString();
        }
    }

    /** Extracts every page; unreadable pages give an empty prediction with the error. */
    public static List<Prediction> predict(List<Page> pages, ArticleExtractor extractor) {
        List<Prediction> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            SourceDocument doc;
            try {
                byte[] bytes = ExtractionSets.readHtml(page.html());
                doc = new SourceDocument(page.id(), page.html().toString(), page.url(), SourceDocument.Format.HTML,
                        bytes, null, null, null, null);
            } catch (IOException e) {
                doc = SourceDocument.failed(page.id(), page.html().toString(), page.url(),
                        page.html() + ": cannot read: " + e.getMessage());
            }
            Article a = extractor.extract(doc);
            out.add(new Prediction(page.id(), a.text(), a.title(), a.byline(),
                    a.published() == null ? null : a.published().toString(), a.errors()));
        }
        return out;
    }

    /** ScrapingHub figures for predictions made on {@code pages} (same order). */
    public static ShingleMetric.Result scoreScrapinghub(List<Page> pages, List<Prediction> predictions,
                                                        int bootstrap, long seed) {
        Map<String, Prediction> byId = index(predictions);
        List<ShingleMetric.Overlap> overlaps = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        int missing = 0;
        for (Page p : pages) {
            Prediction pred = byId.get(p.id());
            if (pred == null) {
                missing++;
            }
            String body = pred == null || pred.articleBody() == null ? "" : pred.articleBody();
            overlaps.add(ShingleMetric.overlap(p.goldBody(), body));
            exact.add(ShingleMetric.exact(p.goldBody(), body));
        }
        return ShingleMetric.score(overlaps, exact, missing, bootstrap, seed);
    }

    /** Trafilatura figures (with metadata) for predictions made on {@code pages}. */
    public static SnippetMetric.Result scoreTrafilatura(List<Page> pages, List<Prediction> predictions) {
        Map<String, Prediction> byId = index(predictions);
        SnippetMetric.Tally tally = new SnippetMetric.Tally();
        for (Page p : pages) {
            Prediction pred = byId.get(p.id());
            tally.add(p.with(), p.without(), pred == null ? null : pred.articleBody() == null ? "" : pred.articleBody());
            tally.addMeta(0, p.goldTitle(), pred == null ? null : pred.title());
            tally.addMeta(1, p.goldAuthor(), pred == null ? null : pred.author());
            tally.addMeta(2, p.goldDate(), pred == null ? null : pred.date());
        }
        return tally.result();
    }

    /** Per-page ScrapingHub overlap, for finding where the extractor goes wrong. */
    public static void writePerPage(List<Page> pages, List<Prediction> predictions, Writer out) throws IOException {
        Map<String, Prediction> byId = index(predictions);
        out.write("id\tprecision\trecall\tgold_tokens\tpred_tokens\n");
        for (Page p : pages) {
            Prediction pred = byId.get(p.id());
            String body = pred == null || pred.articleBody() == null ? "" : pred.articleBody();
            ShingleMetric.Overlap o = ShingleMetric.overlap(p.goldBody(), body);
            out.write(String.format(java.util.Locale.ROOT, "%s\t%.4f\t%.4f\t%d\t%d%n", p.id(), o.precision(), o.recall(),
                    PyText.tokens(p.goldBody()).size(), PyText.tokens(body).size()));
        }
    }

    /** Per-page trafilatura outcome: missed "with" and found "without" snippets, metadata. */
    public static void writePerPageSnippets(List<Page> pages, List<Prediction> predictions, Writer out) throws IOException {
        Map<String, Prediction> byId = index(predictions);
        out.write("id\tmissed_with\tfound_without\ttitle_ok\tdate_ok\tgold_title\tpred_title\tgold_date\tpred_date\n");
        for (Page p : pages) {
            Prediction pred = byId.get(p.id());
            String flat = pred == null || pred.articleBody() == null ? "" : PyText.squash(pred.articleBody());
            int missed = 0;
            for (String s : p.with()) {
                if (!flat.contains(PyText.squash(s))) {
                    missed++;
                }
            }
            int found = 0;
            for (String s : p.without()) {
                if (flat.contains(PyText.squash(s))) {
                    found++;
                }
            }
            String gt = p.goldTitle() == null ? "" : PyText.squash(p.goldTitle());
            String pt = pred == null || pred.title() == null ? "" : PyText.squash(pred.title());
            String gd = p.goldDate() == null ? "" : PyText.squash(p.goldDate());
            String pd = pred == null || pred.date() == null ? "" : pred.date();
            out.write(p.id() + "\t" + missed + "\t" + found + "\t" + (gt.isEmpty() ? "-" : gt.equals(pt) ? "1" : "0")
                    + "\t" + (gd.isEmpty() ? "-" : gd.equals(pd.length() > 10 ? pd.substring(0, 10) : pd) ? "1" : "0")
                    + "\t" + gt + "\t" + pt + "\t" + gd + "\t" + pd + "\n");
        }
    }

    private static Map<String, Prediction> index(List<Prediction> predictions) {
        Map<String, Prediction> m = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            m.put(p.id(), p);
        }
        return m;
    }
}
