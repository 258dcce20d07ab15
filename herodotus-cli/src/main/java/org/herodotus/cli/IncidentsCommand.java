package org.herodotus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus incidents}: stored incidents with their attribution boards. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Lists incidents (events from many articles merged) with their attribution boards:",
                "candidate perpetrators, best supported first, each with its claims, claimants and sources in time order.",
                "Exit status: 0 fine, 1 no such incident, 2 usage error or no store."})
final class IncidentsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--id", paramLabel = "ID", description = "Only this incident.")
    Long id;

    @Option(names = "--type", paramLabel = "TYPE", converter = OptionConverters.EventType.class, description = "Only incidents of this PLOVER event type.")
    String type;

    @Option(names = "--country", paramLabel = "CODE", converter = OptionConverters.CountryCode.class,
            description = "Only incidents whose best place is in this country (ISO 3166 alpha-3 code or English name).")
    String country;

    @Option(names = "--from", paramLabel = "DATE", description = "Only incidents that may have happened on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only incidents that may have happened on or before this day.")
    LocalDate to;

    @Option(names = "--min-sources", paramLabel = "N", converter = OptionConverters.PositiveInt.class, description = "Only incidents reported by at least N independent sources.")
    Integer minSources;

    @Option(names = "--limit", paramLabel = "N", converter = OptionConverters.PositiveInt.class, description = "At most N incidents, most recently reported first (default 20).")
    int limit = 20;

    @Option(names = "--no-board", description = "Leave out the attribution boards.")
    boolean noBoard;

    @Option(names = "--json", description = "One JSON object per incident and line, its board included.")
    boolean json;

    @Option(names = "--rebuild", description = "Merge all stored events into incidents again first (after changing the merging rules).")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = rebuild ? db.open() : db.openForReading()) {
            if (rebuild) {
                System.err.println("rebuilt " + store.rebuildIncidents() + " incidents");
            }
            List<Incident> incidents = store.incidents(new IncidentFilter(id, type, country, from, to, minSources, limit));
            for (Incident i : incidents) {
                AttributionBoard board = noBoard ? null : store.board(i.id());
                if (json) {
                    Map<String, Object> record = AnalysisJson.mapper().convertValue(i, LinkedHashMap.class);
                    if (board != null) {
                        record.put("board", board.candidates());
                    }
                    out.println(AnalysisJson.toLine(record));
                } else {
                    print(out, i, board);
                }
            }
            out.flush();
            if (id != null && incidents.isEmpty()) {
                System.err.println("herodotus incidents: no incident " + id + " in " + db.where());
                return ExitCodes.SOME_INPUTS_FAILED;
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.err.println("herodotus incidents: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /**
     * The day, or the span the reports' own dates allow. An incident whose reports give no date at
     * all is kept matchable over the days before it was reported, but that window is the store's
     * assumption, not the reports': it shows as unknown.
     */
    static String when(Incident i) {
        if (i.date() != null) {
            return i.date().toString();
        }
        if (i.dateFrom() == null || i.dateTo() == null || i.dateTo().equals(i.lastSeen())) {
            return "unknown (no report gives a date; first reported " + i.firstSeen() + ")";
        }
        return "between " + i.dateFrom() + " and " + i.dateTo() + " (no report gives the day)";
    }

    static void print(PrintStream out, Incident i, AttributionBoard board) {
        out.printf("#%d  %s  %s%n", i.id(), i.event(), i.label() == null ? "" : i.label());
        out.printf("    where  %s%s%n", i.place() == null ? "unknown" : i.place(), i.country() == null ? "" : " (" + i.country() + ")");
        out.printf("    when   %s%n", when(i));
        out.printf("    seen   %s … %s: %s, %s, %s%n", i.firstSeen(), i.lastSeen(), count(i.events(), "event"),
                count(i.articles(), "article"), count(i.sources(), "independent source"));
        if (board == null) {
            out.println();
            return;
        }
        if (board.candidates().isEmpty()) {
            out.println("    attribution board: nobody is named as the perpetrator");
        } else {
            out.println("    attribution board:");
        }
        int rank = 1;
        for (AttributionBoard.Candidate c : board.candidates()) {
            String code = (c.country() == null ? "" : c.country()) + (c.sector() == null ? "" : " " + c.sector());
            out.printf("      %d. %s%s  %s  (support %.2f; %d claimant%s, %d source%s)%n", rank++, c.name(),
                    code.isBlank() ? "" : " [" + code.strip() + "]", c.verdict().toUpperCase(java.util.Locale.ROOT),
                    c.support(), c.claimants(), c.claimants() == 1 ? "" : "s", c.sources(), c.sources() == 1 ? "" : "s");
            // Wire copies repeat the same claim word for word: show it once, with the number of copies.
            Map<String, List<AttributionBoard.Entry>> same = new LinkedHashMap<>();
            for (AttributionBoard.Entry e : c.claims()) {
                same.computeIfAbsent(e.source() + "|" + e.claimant() + "|" + e.certainty() + "|" + e.content(),
                        k -> new java.util.ArrayList<>()).add(e);
            }
            for (List<AttributionBoard.Entry> copies : same.values()) {
                AttributionBoard.Entry e = copies.get(0);
                out.printf("           %s  %s%s %s: \"%s\"  — %s%s%n", e.published(), e.against() ? "against, " : "",
                        e.certainty(), e.claimant(), unquoted(e.content() == null ? e.cue() : e.content()), source(e),
                        copies.size() == 1 ? "" : " (and " + count(copies.size() - 1, "copy") + ")");
            }
        }
        out.println();
    }

    /**
     * Where a claim was read, for a person: the outlet and the article's title, else its URL, else
     * the name it was ingested under (a file's). The store's key is for machines (--json).
     */
    static String source(AttributionBoard.Entry e) {
        String article = e.title() != null && !e.title().isBlank() ? "\"" + unquoted(e.title()) + "\""
                : e.url() != null ? e.url() : e.document() != null ? e.document() : e.key();
        boolean outletNamed = e.outlet() != null && (e.title() != null || e.url() == null);
        return outletNamed ? e.outlet() + ", " + article : article;
    }

    private static final String QUOTES = "\"“”«»";

    /**
     * The text without the quotation marks around it, so it is quoted once. Only marks around the
     * whole: in '"We did it," he said, "again."' the first and last marks are not a pair.
     */
    static String unquoted(String text) {
        String t = text.strip();
        if (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0
                && t.substring(1, t.length() - 1).chars().noneMatch(c -> QUOTES.indexOf(c) >= 0)) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** "1 copy", "2 copies", "1 event", "3 events". */
    static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
