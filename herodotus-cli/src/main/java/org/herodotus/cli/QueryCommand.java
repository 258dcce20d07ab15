package org.herodotus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.EventRow;
import org.herodotus.store.Participant;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus query}: stored events matching filters, newest first. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Finds stored events by actor, country, sector, event type, place (box or radius), date and text.",
                "Prints the newest first; every event with its sentence and article URL.",
                "Exit status: 0 fine, 2 usage error or no store."})
final class QueryCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", converter = OptionConverters.PositiveInt.class, description = "At most N events (default 50).")
    int limit = 50;

    @Option(names = "--json", description = "One JSON object per event and line.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = db.openForReading()) {
            store.events(filters.query().withLimit(limit), row -> {
                if (json) {
                    out.println(AnalysisJson.toLine(row));
                } else {
                    print(out, row);
                }
            });
            out.flush();
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.err.println("herodotus query: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private static void print(PrintStream out, EventRow r) {
        out.printf("%s  %-10s %s -> %s  @ %s%s%n", r.day(), r.event() + (r.mode() == null ? "" : "/" + r.mode()),
                names(r.actors()), names(r.recipients()), r.place() == null ? "?" : r.place(),
                r.incident() == null ? "" : "  incident #" + r.incident());
        if (r.sentence() != null) {
            out.printf("    \"%s\"%n", r.sentence().replaceAll("\\s+", " "));
        }
        out.printf("    %s%n", r.url() != null ? r.url() : r.key());
    }

    private static String names(List<Participant> ps) {
        return ps.isEmpty() ? "?" : ps.stream().map(p -> p.name() + (p.country() == null ? "" : " (" + p.country() + ")"))
                .collect(Collectors.joining(", "));
    }
}
