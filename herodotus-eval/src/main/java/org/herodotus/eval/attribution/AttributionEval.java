package org.herodotus.eval.attribution;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.herodotus.claims.Attribution;
import org.herodotus.claims.AttributionFinder;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.ClaimStage;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Doc;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;
import org.herodotus.model.Span;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.Parse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the claims stage's attribution finder over a PolNeAR gold file and scores it: each article
 * is parsed by the nlp stage (optionally cached on disk, so that re-scoring after a lexicon change
 * takes seconds), attributions are found, and the spans are compared with the gold.
 */
public final class AttributionEval {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionEval.class);

    /**
     * What a run produced.
     *
     * @param result      the scores
     * @param nlpNanos    time spent parsing (zero for articles read from the cache)
     * @param claimsNanos time spent finding attributions
     * @param stageNanos  time the whole claims stage takes on the same parses
     * @param parsed      articles parsed in this run (not read from the cache)
     */
    public record Run(AttributionScorer.Result result, long nlpNanos, long claimsNanos, long stageNanos, int parsed) {
    }

    private final java.util.function.Supplier<NlpStage> nlpSupplier;
    private NlpStage nlp;
    private AttributionFinder finder;
    private final ClaimLexicon lexicon;
    private final ClaimStage stage;
    private final Path cache;
    private boolean nested;
    private org.herodotus.claims.AttributionTagger tagger;
    private org.herodotus.nlp.ParseFilter pipelineFilter;
    private final ObjectMapper mapper;

    /**
     * An evaluation that parses with the nlp stage {@code nlp} supplies (asked for only when a
     * parse is not in {@code cache}, which may be null) and finds attributions with {@code lexicon}.
     */
    public AttributionEval(java.util.function.Supplier<NlpStage> nlp, ClaimLexicon lexicon, Path cache) {
        this.nlpSupplier = nlp;
        this.finder = new AttributionFinder(lexicon);
        this.lexicon = lexicon;
        this.stage = new ClaimStage(lexicon);
        this.cache = cache;
        this.mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Uses {@code model} to filter a broad set of candidate cues (null: rules only). */
    public AttributionEval withModel(org.herodotus.claims.AttributionModel model) {
        this.finder = model == null ? new AttributionFinder(lexicon) : new AttributionFinder(lexicon, model, true);
        return this;
    }

    /** Uses {@code tagger} instead of the rule finder (null: back to the finder). */
    public AttributionEval withTagger(org.herodotus.claims.AttributionTagger tagger) {
        this.tagger = tagger;
        return this;
    }

    /**
     * Scores what {@code analyze} reports: the attributions behind the claims stage's claims, found
     * on the parse the pipeline's nlp stage makes, in which only the sentences {@code filter}
     * accepts have dependencies (a cached full parse is cut down to that, which is the same, since
     * the parser works sentence by sentence). Give this evaluation an nlp stage with the same
     * filter, so that the nlp time it reports is the pipeline's; its parses are not cached.
     */
    public AttributionEval withPipeline(org.herodotus.nlp.ParseFilter filter) {
        this.pipelineFilter = filter;
        return this;
    }

    /** {@code parse} with dependencies only in the sentences {@code filter} accepts. */
    static Parse restricted(Parse parse, org.herodotus.nlp.ParseFilter filter) {
        List<org.herodotus.nlp.Sentence> out = new ArrayList<>();
        for (org.herodotus.nlp.Sentence s : parse.sentences()) {
            org.herodotus.nlp.Sentence bare = new org.herodotus.nlp.Sentence(s.index(), s.start(), s.end(), s.tokens(),
                    List.of(), false);
            out.add(s.parsed() && filter.needsParse(bare) ? s : bare);
        }
        return new Parse(out, parse.entities(), parse.times());
    }

    /** The parse of {@code doc}: from the cache when there, else from the nlp stage (and then cached). */
    public Parse parse(PolnearGold.Document doc) {
        Parse parse = cached(doc);
        if (parse == null) {
            if (nlp == null) {
                nlp = nlpSupplier.get();
            }
            parse = nlp.parse(doc.text(), null);
            store(doc, parse);
        }
        return parse;
    }

    /**
     * Whether attributions inside quotations count. PolNeAR's annotators mostly leave them out
     * ("I think" inside a quoted speech), so by default they are not scored.
     */
    public AttributionEval withNested(boolean include) {
        this.nested = include;
        return this;
    }

    /**
     * Scores every document of {@code gold}; writes predictions in the reference scorer's format
     * to {@code predOut} when it is not null.
     */
    public Run run(List<PolnearGold.Document> gold, Writer predOut) throws IOException {
        AttributionScorer scorer = new AttributionScorer();
        AtomicLong nlpTime = new AtomicLong();
        AtomicLong claimsTime = new AtomicLong();
        AtomicLong stageTime = new AtomicLong();
        int parsed = 0;
        int n = 0;
        for (PolnearGold.Document doc : gold) {
            Parse parse = cached(doc);
            if (parse == null) {
                if (nlp == null) {
                    nlp = nlpSupplier.get();
                }
                long t0 = System.nanoTime();
                parse = nlp.parse(doc.text(), null);
                nlpTime.addAndGet(System.nanoTime() - t0);
                parsed++;
                store(doc, parse);
            }
            if (pipelineFilter != null) {
                parse = restricted(parse, pipelineFilter);
            }
            // The whole claims stage (speakers, certainty, types) is timed on the same parse.
            long s0 = System.nanoTime();
            stage.apply(Doc.of(new Article(doc.id(), null, null, null, null, "en", doc.text(), List.of())).withParse(parse));
            stageTime.addAndGet(System.nanoTime() - s0);
            long t0 = System.nanoTime();
            List<Attribution> found = new ArrayList<>();
            if (pipelineFilter != null) {
                // Every claim analyze reports counts, inside quotations too.
                found.addAll(stage.attributions(doc.text(), parse));
            } else if (tagger != null) {
                // The tagger learned from the gold which quoted speech counts: nothing to leave out.
                found.addAll(tagger.find(doc.text(), parse));
            } else {
                for (Attribution a : finder.find(doc.text(), parse)) {
                    if (nested || !a.nested()) {
                        found.add(a);
                    }
                }
            }
            claimsTime.addAndGet(System.nanoTime() - t0);
            List<Relation> predicted = new ArrayList<>();
            for (Attribution a : found) {
                predicted.add(new Relation(frags(a.source()), frags(a.cue()), frags(a.content())));
            }
            scorer.add(doc.text(), doc.relations(), predicted);
            if (predOut != null) {
                predOut.write(predictionLine(doc, found));
                predOut.write('\n');
            }
            if (++n % 20 == 0) {
                LOG.info("{} of {} articles", n, gold.size());
            }
        }
        return new Run(scorer.result(), nlpTime.get(), claimsTime.get(), stageTime.get(), parsed);
    }

    private static List<Fragment> frags(List<Span> spans) {
        List<Fragment> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(new Fragment(s.start(), s.end()));
        }
        return out;
    }

    private String predictionLine(PolnearGold.Document doc, List<Attribution> found) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("id", doc.id());
        ArrayNode arr = line.putArray("attributions");
        for (Attribution a : found) {
            ObjectNode o = arr.addObject();
            put(o, "source", a.source(), doc.text());
            put(o, "cue", a.cue(), doc.text());
            put(o, "content", a.content(), doc.text());
        }
        return mapper.writeValueAsString(line);
    }

    private static void put(ObjectNode o, String role, List<Span> spans, String text) {
        ArrayNode arr = o.putArray(role);
        for (Span s : spans) {
            arr.addArray().add(PolnearGold.toCodePoint(text, s.start())).add(PolnearGold.toCodePoint(text, s.end()));
        }
    }

    private Path cacheFile(PolnearGold.Document doc) {
        String safe = doc.id().replaceAll("[^A-Za-z0-9._-]", "_");
        return cache.resolve(safe + "-" + Integer.toHexString(doc.text().hashCode()) + ".json.gz");
    }

    private Parse cached(PolnearGold.Document doc) {
        if (cache == null) {
            return null;
        }
        Path f = cacheFile(doc);
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return mapper.readValue(in, Parse.class);
        } catch (IOException e) {
            LOG.warn("{}: unreadable cached parse, parsing again ({})", f, e.toString());
            return null;
        }
    }

    private void store(PolnearGold.Document doc, Parse parse) {
        if (cache == null || pipelineFilter != null) {
            // A parse of only some sentences must not stand in for a full one in the cache.
            return;
        }
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, "parse", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                out.write(mapper.writeValueAsString(parse).getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, cacheFile(doc), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the parse cache in " + cache, e);
        }
    }
}
