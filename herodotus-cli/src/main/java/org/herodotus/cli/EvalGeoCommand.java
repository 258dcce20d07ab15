package org.herodotus.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herodotus.eval.geo.GeoDoc;
import org.herodotus.eval.geo.GeoEvaluation;
import org.herodotus.eval.geo.GeoGold;
import org.herodotus.eval.geo.GeoScore;
import org.herodotus.eval.geo.GeoScorer;
import org.herodotus.eval.geo.GeoToponym;
import org.herodotus.json.AnalysisJson;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.Parse;
import org.herodotus.places.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus eval geo}: toponym recognition and resolution on EUPEG-format gold sets
 * (GeoWebNews, TR-News), end to end and with the gold toponyms given.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Scores toponym recognition (P/R/F1) and resolution (acc@161 km, mean/median km, AUC) on",
                "EUPEG-format gold sets, end to end and with the gold toponyms given; the metrics are those of",
                "the reference scorer score_geo.py. The last line is the end-to-end F1@161 of the last corpus."})
final class EvalGeoCommand implements Callable<Integer> {

    enum Mode { BOTH, END_TO_END, GIVEN }

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file: <Corpus>_gold.txt (texts in ../corpora/<Corpus>/) or gold JSON Lines; repeatable.")
    List<Path> gold;

    @Option(names = "--mode", description = "both (default), end_to_end, or given (gold toponyms given).")
    Mode mode = Mode.BOTH;

    @Option(names = "--no-demonyms",
            description = "Do not count demonyms (\"Irish\" -> Ireland) as toponyms; the gold sets annotate them.")
    boolean noDemonyms;

    @Option(names = "--pred-out", paramLabel = "FILE",
            description = "Write the end-to-end predictions as JSON Lines for score_geo.py --pred.")
    Path predOut;

    @Option(names = "--pred-out-given", paramLabel = "FILE",
            description = "Write the gold-toponyms-given predictions as JSON Lines.")
    Path predOutGiven;

    @Option(names = "--threads", description = "Threads for the NLP (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Optional<Gazetteer> gz = Gazetteer.fromClasspath();
        if (gz.isEmpty()) {
            System.err.println("eval geo: no gazetteer on the class path (" + Gazetteer.RESOURCE + "); build herodotus-gazetteer");
            return ExitCodes.USAGE;
        }
        Map<Path, List<GeoDoc>> sets = new LinkedHashMap<>();
        for (Path g : gold) {
            try {
                sets.put(g, GeoGold.load(g));
            } catch (IOException e) {
                System.err.println("eval geo: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        boolean endToEnd = mode != Mode.GIVEN;
        NlpStage nlp = endToEnd ? ModelLoading.announce("herodotus eval geo", GeoEvaluation::nlpWithoutParses) : null;
        GeoEvaluation eval = new GeoEvaluation(nlp, gz.get());
        List<String> e2eLines = new ArrayList<>();
        List<String> givenLines = new ArrayList<>();
        double last = 0;
        for (Map.Entry<Path, List<GeoDoc>> set : sets.entrySet()) {
            String corpus = GeoGold.corpus(set.getKey());
            List<GeoDoc> docs = set.getValue();
            if (mode != Mode.END_TO_END) {
                Map<String, List<GeoToponym>> given = new LinkedHashMap<>();
                Map<String, List<GeoToponym>> base = new LinkedHashMap<>();
                for (GeoDoc d : docs) {
                    given.put(d.id(), eval.givenToponyms(d));
                    base.put(d.id(), eval.givenToponymsBaseline(d));
                    givenLines.add(line(d.id(), given.get(d.id())));
                }
                GeoScore s = GeoScorer.score(corpus, docs, given);
                GeoScore b = GeoScorer.score(corpus, docs, base);
                System.out.println("== " + corpus + ": gold toponyms given (resolution only)");
                System.out.print(s.format());
                System.out.printf("baseline     acc@161 %.3f  mean %s km  (largest population, exact name, same toponyms)%n",
                        b.acc161(), b.meanKm() == null ? "n/a" : String.format("%.0f", b.meanKm()));
                last = s.f1At161();
            }
            if (endToEnd) {
                Map<String, List<GeoToponym>> preds = new LinkedHashMap<>();
                List<Parse> parses = parseAll(nlp, eval, docs);
                for (int i = 0; i < docs.size(); i++) {
                    GeoDoc d = docs.get(i);
                    preds.put(d.id(), eval.endToEnd(d, parses.get(i), !noDemonyms));
                    e2eLines.add(line(d.id(), preds.get(d.id())));
                }
                GeoScore s = GeoScorer.score(corpus, docs, preds);
                System.out.println("== " + corpus + ": end to end (toponyms found in the text"
                        + (noDemonyms ? ")" : "; demonyms counted as the gold does)"));
                System.out.print(s.format());
                last = s.f1At161();
            }
        }
        write(predOut, e2eLines);
        write(predOutGiven, givenLines);
        System.out.printf("%.4f%n", last);
        return ExitCodes.OK;
    }

    private List<Parse> parseAll(NlpStage nlp, GeoEvaluation eval, List<GeoDoc> docs)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Parse>> futures = new ArrayList<>();
            for (GeoDoc d : docs) {
                futures.add(pool.submit(() -> eval.parse(d)));
            }
            List<Parse> out = new ArrayList<>();
            for (Future<Parse> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String line(String id, List<GeoToponym> toponyms) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", id);
        ArrayNode arr = o.putArray("toponyms");
        for (GeoToponym t : toponyms) {
            ObjectNode n = arr.addObject();
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("text", t.text());
            n.put("lat", t.lat());
            n.put("lon", t.lon());
        }
        return AnalysisJson.toLine(o);
    }

    private static void write(Path out, List<String> lines) throws IOException {
        if (out == null) {
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }
}
