package org.herodotus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.herodotus.source.Sources;

/**
 * Progress of a long run on standard error: on a terminal, one line redrawn in place with the
 * count, the rate, and (when the number of inputs is known) the share done and the time left;
 * otherwise a plain line every {@code logEvery} seconds, fit for a log file.
 */
final class Progress {

    private final PrintStream err;
    private final boolean terminal;
    private final long total;
    private final long intervalNanos;
    private final long started = System.nanoTime();
    private long done;
    private long failed;
    private long lastPrinted = started;
    private boolean drawn;

    /**
     * Progress towards {@code total} articles (0: unknown), redrawn on a terminal, else logged every
     * {@code logSeconds}.
     */
    Progress(PrintStream err, boolean terminal, long total, long logSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.intervalNanos = terminal ? 500_000_000L : logSeconds * 1_000_000_000L;
    }

    /** Progress on standard error, redrawn when it is a terminal, else a line every 30 s. */
    static Progress onStandardError(long total) {
        return new Progress(System.err, System.console() != null, total, 30);
    }

    /**
     * How many articles {@code inputs} hold when each is a page or text file (or a directory of
     * them); 0 when an input holds an unknown number (JSON Lines, WARC, standard input, a URL
     * counts one).
     */
    static long countArticles(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                return 0;
            }
            if (Sources.isUrl(input)) {
                n++;
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    Iterator<Path> files = walk.filter(Files::isRegularFile).iterator();
                    while (files.hasNext()) {
                        int kind = kind(files.next().getFileName().toString());
                        if (kind < 0) {
                            return 0;
                        }
                        n += kind;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return 0;
                }
            } else {
                int kind = kind(p.getFileName() == null ? input : p.getFileName().toString());
                if (kind < 0) {
                    return 0;
                }
                n += kind;
            }
        }
        return n;
    }

    /** 1 for a one-article file, 0 for a file the readers skip, -1 for a file of many articles. */
    private static int kind(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt") || n.endsWith(".text")) {
            return 1;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".warc") || n.endsWith(".arc")) {
            return -1;
        }
        return 0;
    }

    /** One more article done ({@code ok} false: it failed). */
    synchronized void tick(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (now - lastPrinted >= intervalNanos) {
            lastPrinted = now;
            print(now);
        }
    }

    /** Clears the terminal line (or logs a last line) once the run is over. */
    synchronized void finish() {
        if (terminal && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /** Articles done so far. */
    synchronized long done() {
        return done;
    }

    /** The progress line as it stands. */
    synchronized String line() {
        return line(System.nanoTime());
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        StringBuilder b = new StringBuilder();
        if (total > 0) {
            b.append(String.format(Locale.ROOT, "%,d/%,d articles (%.0f%%)", done, total, 100.0 * done / total));
        } else {
            b.append(String.format(Locale.ROOT, "%,d articles", done));
        }
        if (failed > 0) {
            b.append(String.format(Locale.ROOT, ", %,d failed", failed));
        }
        b.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (total > 0 && rate > 0 && done < total) {
            long left = (long) ((total - done) / rate);
            b.append(String.format(Locale.ROOT, ", %d:%02d:%02d left", left / 3600, left / 60 % 60, left % 60));
        }
        b.append(String.format(Locale.ROOT, ", %d:%02d elapsed", (long) seconds / 60, (long) seconds % 60));
        return b.toString();
    }

    private void print(long now) {
        if (terminal) {
            err.print("\r\033[K" + line(now));
            drawn = true;
        } else {
            err.println("progress: " + line(now));
        }
        err.flush();
    }
}
