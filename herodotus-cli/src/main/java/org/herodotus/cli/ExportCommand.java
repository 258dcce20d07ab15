package org.herodotus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.herodotus.store.EventQuery;
import org.herodotus.store.ExportFormat;
import org.herodotus.store.ExportTable;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Exporter;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus export}: stored events, incidents, claims or articles in open formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a stored table as JSON Lines, CSV, Parquet, GeoJSON or PLOVER JSON records.",
                "events (all, or those matching the filters; PLOVER records carry cite_info: URL, title, outlet),",
                "incidents (filtered by --type, --country, --from, --to, --incident), claims (one row per claim:",
                "claimant, certainty, claim type, attributed party and country, event, outlet, date, URL) or articles.",
                "Exit status: 0 fine, 2 usage error or no store."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "events",
            description = "events, incidents, claims or articles (default: ${DEFAULT-VALUE}).")
    ExportTable table;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, csv, parquet, geojson (events, incidents, claims) or plover (events).")
    ExportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (required for parquet); default standard output.")
    Path out;

    @Override
    public Integer call() {
        if (format == ExportFormat.PARQUET && out == null) {
            System.err.println("herodotus export: Parquet needs a file: --out FILE");
            return ExitCodes.USAGE;
        }
        String name = table.name().toLowerCase(Locale.ROOT);
        try {
            Exporter.check(table, format);
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if ((table == ExportTable.CLAIMS || table == ExportTable.ARTICLES) && filters.any()) {
            System.err.println("herodotus export: --table " + name + " is exported whole; the filters select events and incidents");
            return ExitCodes.USAGE;
        }
        EventQuery events = table == ExportTable.EVENTS ? filters.query() : null;
        IncidentFilter incidents = table == ExportTable.INCIDENTS ? filters.incidentFilter() : null;
        try (Store store = db.openForReading()) {
            Exporter exporter = new Exporter(store);
            long n;
            if (format == ExportFormat.PARQUET) {
                n = exporter.writeParquet(table, events, incidents, out);
            } else if (out == null) {
                n = exporter.write(table, events, incidents, format, System.out);
                System.out.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream o = Files.newOutputStream(out)) {
                    n = exporter.write(table, events, incidents, format, o);
                }
            }
            System.err.printf("exported %d %s as %s%s%n", n, n == 1 ? name.substring(0, name.length() - 1) : name,
                    format.name().toLowerCase(Locale.ROOT), out == null ? "" : " to " + out);
            return ExitCodes.OK;
        } catch (SQLException | IOException e) {
            System.err.println("herodotus export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
