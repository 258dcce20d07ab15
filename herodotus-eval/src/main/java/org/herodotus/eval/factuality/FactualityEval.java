package org.herodotus.eval.factuality;

import org.herodotus.eval.JsonLines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.EventFactuality;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event factuality on the UW format: every target (a token span naming an event in a
 * space-tokenised sentence) gets the value {@link EventFactuality} reads, and the values are
 * compared with the gold by mean absolute error, Pearson r and the accuracy of four buckets
 * (asserted ≥ 2.5, hedged 1 … 2.5, uncertain -1 … 1, negated below -1), as the reference
 * scorer does.
 */
public final class FactualityEval {

    private static final Logger LOG = LoggerFactory.getLogger(FactualityEval.class);

    /** One gold sentence. */
    public record Item(String id, String text, List<Target> targets) {
        public Item {
            targets = List.copyOf(targets);
        }
    }

    /** One gold target: token span {@code [start, end)} and its label. */
    public record Target(int start, int end, double label) {
    }

    /**
     * The scores.
     *
     * @param targets        number of gold targets
     * @param mae            mean absolute error
     * @param pearson        Pearson r (0 for a constant prediction)
     * @param bucketAccuracy share of targets whose predicted bucket is the gold bucket
     * @param nlpNanos       time spent parsing
     * @param readNanos      time spent reading certainty
     */
    public record Result(int targets, double mae, double pearson, double bucketAccuracy, long nlpNanos, long readNanos) {
    }

    private final NlpStage nlp;
    private final EventFactuality reader;
    private final ObjectMapper mapper = new ObjectMapper();

    /** An evaluation with its own CoreNLP pipeline, configured for pre-tokenised sentences. */
    public FactualityEval(ClaimLexicon lexicon) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.isOneSentence", "true");
        this.nlp = new NlpStage(p, ParseFilter.ALL);
        this.reader = new EventFactuality(lexicon);
    }

    /** Reads a UW-format JSON Lines file; a malformed line is an error naming file and line. */
    public static List<Item> read(Path path) throws IOException {
        List<Item> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(path)) {
            JsonNode node = line.json();
            int n = line.number();
            JsonNode id = node.has("uID") ? node.get("uID") : node.get("idx");
            if (id == null || !node.has("text")) {
                throw new IOException(path + ":" + n + ": needs \"text\" and \"idx\" (or \"uID\")");
            }
            List<Target> targets = new ArrayList<>();
            for (JsonNode t : node.path("targets")) {
                targets.add(new Target(t.get("span1").get(0).asInt(), t.get("span1").get(1).asInt(),
                        t.get("label").asDouble()));
            }
            out.add(new Item(id.asText(), node.get("text").asText(), targets));
        }
        return out;
    }

    /** Predicts every target of {@code items}; writes predictions to {@code predOut} when not null. */
    public Result run(List<Item> items, Writer predOut) throws IOException {
        List<Double> gold = new ArrayList<>();
        List<Double> pred = new ArrayList<>();
        long nlpTime = 0;
        long readTime = 0;
        int n = 0;
        for (Item item : items) {
            long t0 = System.nanoTime();
            Parse parse = nlp.parse(item.text(), null);
            long t1 = System.nanoTime();
            nlpTime += t1 - t0;
            Sentence s = parse.sentences().isEmpty() ? null : parse.sentences().get(0);
            ObjectNode line = mapper.createObjectNode();
            line.put("id", item.id());
            ArrayNode arr = line.putArray("targets");
            for (Target t : item.targets()) {
                double v = 0.0;
                if (s != null && t.end() <= s.tokens().size()) {
                    v = reader.read(s, head(s, t)).value();
                }
                gold.add(t.label());
                pred.add(v);
                ObjectNode o = arr.addObject();
                o.putArray("span1").add(t.start()).add(t.end());
                o.put("label", v);
            }
            readTime += System.nanoTime() - t1;
            if (predOut != null) {
                predOut.write(mapper.writeValueAsString(line));
                predOut.write('\n');
            }
            if (++n % 200 == 0) {
                LOG.info("{} of {} sentences", n, items.size());
            }
        }
        return score(gold, pred, nlpTime, readTime);
    }

    /** The event word of a span: its last verb, else its last noun, else its last token. */
    private static int head(Sentence s, Target t) {
        int best = t.end() - 1;
        for (int i = t.end() - 1; i >= t.start(); i--) {
            if (s.tokens().get(i).isVerb()) {
                return i;
            }
        }
        return best;
    }

    /** MAE, Pearson r and bucket accuracy of {@code pred} against {@code gold}. */
    static Result score(List<Double> gold, List<Double> pred, long nlpNanos, long readNanos) {
        int n = gold.size();
        double mae = 0;
        int buckets = 0;
        double mg = 0;
        double mp = 0;
        for (int i = 0; i < n; i++) {
            mae += Math.abs(gold.get(i) - pred.get(i));
            if (bucket(gold.get(i)) == bucket(pred.get(i))) {
                buckets++;
            }
            mg += gold.get(i);
            mp += pred.get(i);
        }
        double r = 0;
        if (n >= 2) {
            mg /= n;
            mp /= n;
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int i = 0; i < n; i++) {
                double dx = gold.get(i) - mg;
                double dy = pred.get(i) - mp;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
            r = sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
        }
        return new Result(n, n == 0 ? 0 : mae / n, r, n == 0 ? 0 : (double) buckets / n, nlpNanos, readNanos);
    }

    static int bucket(double x) {
        return x >= 2.5 ? 3 : x >= 1 ? 2 : x >= -1 ? 1 : 0;
    }
}
