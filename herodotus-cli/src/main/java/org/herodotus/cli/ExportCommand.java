package org.herodotus.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.herodotus.store.ExportFormat;
import org.herodotus.store.Exporter;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus export}: stored events in open formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports stored events (all, or those matching the filters) as JSON Lines, CSV, Parquet,",
                "GeoJSON or PLOVER JSON records (with cite_info: URL, title, outlet).",
                "Exit status: 0 fine, 2 usage error or no store."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, csv, parquet, geojson or plover.")
    ExportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (required for parquet); default standard output.")
    Path out;

    @Override
    public Integer call() {
        if (format == ExportFormat.PARQUET && out == null) {
            System.err.println("herodotus export: Parquet needs a file: --out FILE");
            return ExitCodes.USAGE;
        }
        try (Store store = db.openForReading()) {
            Exporter exporter = new Exporter(store);
            long n;
            if (format == ExportFormat.PARQUET) {
                n = exporter.writeParquet(filters.query(), out);
            } else if (out == null) {
                n = exporter.write(filters.query(), format, System.out);
                System.out.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream o = Files.newOutputStream(out)) {
                    n = exporter.write(filters.query(), format, o);
                }
            }
            System.err.printf("exported %d events as %s%s%n", n, format.name().toLowerCase(java.util.Locale.ROOT),
                    out == null ? "" : " to " + out);
            return ExitCodes.OK;
        } catch (SQLException | IOException e) {
            System.err.println("herodotus export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
