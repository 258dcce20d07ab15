package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.herodotus.eval.geo.GeoDoc;
import org.herodotus.eval.geo.GeoGold;
import org.herodotus.eval.geo.PlacesBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench places}: gazetteer load time and heap, and toponym resolution speed on
 * one thread beside the population baseline.
 */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Gazetteer load time and heap; toponym resolution speed (toponyms/s, one thread) on the",
                "gold toponyms of EUPEG-format sets, side by side with the largest-population baseline."})
final class BenchPlacesCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file(s) whose toponyms are resolved: <Corpus>_gold.txt or gold JSON Lines; repeatable.")
    List<Path> gold;

    @Option(names = "--seconds", description = "Measuring time per system, seconds (default: 10).")
    double seconds = 10;

    @Override
    public Integer call() {
        List<GeoDoc> docs = new ArrayList<>();
        for (Path g : gold) {
            try {
                docs.addAll(GeoGold.load(g));
            } catch (IOException e) {
                System.err.println("bench places: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        try {
            System.out.print(PlacesBenchmark.run(docs, seconds).format());
        } catch (IllegalStateException e) {
            System.err.println("bench places: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}
