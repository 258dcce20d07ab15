package org.herodotus.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.actors.ActorDictionary;
import org.herodotus.actors.ActorStage;
import org.herodotus.eval.actors.ActorCountryEval;
import org.herodotus.model.Article;
import org.herodotus.nlp.NlpStage;
import org.herodotus.pipeline.Doc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herodotus eval actors}: actor and recipient country accuracy on PLOVER gold records. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Scores actor countries on PLOVER gold records (JSON Lines with text, source, target).",
                "Prints the accuracy of Herodotus and, beside it, of the country table alone."})
final class EvalActorsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "PLOVER gold records, e.g. events/plover/plover_gsr-dev.jsonl.")
    Path gold;

    @Mixin
    ActorOptions actorOptions;

    @Option(names = "--verbose", description = "List every gold actor whose country was missed.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ActorStage herodotus = new ActorStage(actorOptions.dictionary());
        ActorStage countriesOnly = new ActorStage(ActorDictionary.builder().addCountries().build());
        NlpStage nlp = ModelLoading.announce("herodotus eval actors", NlpStage::new);
        Map<String, Doc> parsed = new HashMap<>();
        ActorCountryEval eval = new ActorCountryEval();
        ActorCountryEval.Result ours = eval.score(gold, article -> herodotus.apply(parse(nlp, parsed, article)).toAnalysis());
        ActorCountryEval.Result baseline = eval.score(gold,
                article -> countriesOnly.apply(parse(nlp, parsed, article)).toAnalysis());
        if (verbose) {
            for (ActorCountryEval.Item i : ours.items()) {
                if (!i.correct()) {
                    System.out.printf("%s\t%s\t%s\tgold %s\tgot %s%s%n", i.id(), i.role(), i.actorText(), i.gold(),
                            i.predicted().isEmpty() ? "-" : i.predicted(), i.located() ? "" : "\t(text not found)");
                }
            }
        }
        System.out.printf("gold: %s%n", gold);
        System.out.printf("%-28s %10s %14s%n", "", "herodotus", "country table");
        row("actor country accuracy", ours, baseline, "source");
        row("recipient country accuracy", ours, baseline, "target");
        row("all actors", ours, baseline, null);
        System.out.printf("%-28s %10.3f %14.3f   (n=%d)%n", "sector accuracy", ours.sectorAccuracy(),
                baseline.sectorAccuracy(), ours.sectorCount());
        System.out.printf("%.4f%n", ours.accuracy("source"));
        return ExitCodes.OK;
    }

    private static void row(String label, ActorCountryEval.Result ours, ActorCountryEval.Result base, String role) {
        System.out.printf("%-28s %10.3f %14.3f   (n=%d)%n", label, ours.accuracy(role), base.accuracy(role), ours.count(role));
    }

    private static Doc parse(NlpStage nlp, Map<String, Doc> cache, Article article) {
        return cache.computeIfAbsent(article.id() + "\u0000" + article.text(), k -> nlp.apply(Doc.of(article)));
    }
}
