package org.herodotus.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tunable numbers of incident merging, near-duplicate detection and the attribution board,
 * read once from {@code incidents.properties} and {@code board.properties} beside this class.
 */
record Rules(double radiusKm, int dateToleranceDays, int undatedWindowDays, Set<String> areaFeatures,
             Set<String> admin1Features, double duplicateJaccard, double duplicateContainment,
             int maxCandidates, Properties board) {

    /** The rules shipped with Herodotus. */
    static Rules load() {
        Properties p = properties("incidents.properties");
        return new Rules(
                Double.parseDouble(p.getProperty("radius.km")),
                Integer.parseInt(p.getProperty("date.tolerance.days")),
                Integer.parseInt(p.getProperty("undated.window.days")),
                words(p.getProperty("area.features")),
                words(p.getProperty("admin1.features")),
                Double.parseDouble(p.getProperty("duplicate.jaccard")),
                Double.parseDouble(p.getProperty("duplicate.containment")),
                Integer.parseInt(p.getProperty("candidates.max")),
                properties("board.properties"));
    }

    /**
     * The first day an event may have happened on: its own first day, or for an undated event
     * the start of the window before the day its article was seen (the article reports what
     * happened lately, not what happened on the day it was read).
     */
    LocalDate firstDay(LocalDate dateLo, LocalDate seen) {
        return dateLo != null ? dateLo : seen.minusDays(undatedWindowDays);
    }

    /** The last day an event may have happened on: its own last day, else the day its article was seen. */
    LocalDate lastDay(LocalDate dateHi, LocalDate seen) {
        return dateHi != null ? dateHi : seen;
    }

    /** A board weight. */
    double weight(String key) {
        String v = board.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("board.properties has no " + key);
        }
        return Double.parseDouble(v.strip());
    }

    /** Whether a place of kind {@code feature} names an area rather than a spot. */
    boolean isArea(String feature) {
        return feature != null && areaFeatures.contains(feature.toLowerCase(Locale.ROOT));
    }

    /** Whether a place of kind {@code feature} is a first-order administrative division. */
    boolean isAdmin1(String feature) {
        return feature != null && admin1Features.contains(feature.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String list) {
        return Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static Properties properties(String name) {
        Properties p = new Properties();
        try (InputStream in = Rules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return p;
    }
}
