package org.herodotus.store;

import java.io.IOException;
import java.io.InputStream;
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
