package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.eval.factuality.FactualityEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herodotus eval factuality}: event certainty scored on the UW factuality set. */
@Command(name = "factuality", mixinStandardHelpOptions = true,
        description = {"Scores the certainty Herodotus reads for events against a factuality gold file",
                "(UW format: space-tokenised \"text\", \"targets\" with \"span1\" and \"label\" on [-3, 3]).",
                "Prints MAE, Pearson r and 4-bucket accuracy; the last line is Pearson r."})
final class EvalFactualityCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON Lines, e.g. .../factuality/uw/dev.jsonl.")
    Path gold;

    @Option(names = "--pred-out", paramLabel = "FILE", description = "Also write the predictions in the reference scorer's format.")
    Path predOut;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N sentences.")
    int limit = Integer.MAX_VALUE;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            System.err.println("eval factuality: " + e.getMessage());
            return ExitCodes.SOME_INPUTS_FAILED;
        }
    }

    private Integer run() throws IOException {
        if (!Files.isRegularFile(gold)) {
            System.err.println("eval factuality: gold file not found: " + gold);
            return ExitCodes.USAGE;
        }
        List<FactualityEval.Item> items = FactualityEval.read(gold);
        if (items.size() > limit) {
            items = items.subList(0, limit);
        }
        FactualityEval eval = new FactualityEval(ClaimLexicon.defaults());
        FactualityEval.Result r;
        if (predOut != null) {
            try (Writer w = Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
                r = eval.run(items, w);
            }
        } else {
            r = eval.run(items, null);
        }
        System.out.printf(Locale.ROOT, "gold: %s (%d sentences, %d targets)%n", gold, items.size(), r.targets());
        System.out.printf(Locale.ROOT, "MAE %.3f   Pearson r %.3f   4-bucket accuracy %.3f%n", r.mae(), r.pearson(),
                r.bucketAccuracy());
        System.out.printf(Locale.ROOT, "time: parsing %.1f s, reading certainty %.2f s%n", r.nlpNanos() / 1e9, r.readNanos() / 1e9);
        System.out.println("summary figure below: Pearson r");
        System.out.printf(Locale.ROOT, "%.4f%n", r.pearson());
        return ExitCodes.OK;
    }
}
