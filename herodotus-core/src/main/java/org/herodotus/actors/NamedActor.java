package org.herodotus.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An actor known by name: an organisation, armed group, international body, news medium or office
 * holder, with its aliases and its roles over time.
 *
 * @param kind    "person" or "org"
 * @param name    canonical name
 * @param aliases other names it goes by
 * @param roles   country and sector, each for a period; at least one
 */
record NamedActor(String kind, String name, List<String> aliases, List<Role> roles) {

    NamedActor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(name + ": a named actor needs at least one role");
        }
    }

    /**
     * A country and sector held for a period.
     *
     * @param country ISO 3166-1 alpha-3 or IGO/NGO/IMG-style code, null when unknown
     * @param sector  PLOVER sector, null when none
     * @param from    first day, null when open
     * @param to      last day, null when open
     * @param note    free text ("Secretary of Defense")
     */
    record Role(String country, String sector, LocalDate from, LocalDate to, String note) {

        /** Whether the role was held on {@code date}. */
        boolean holds(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** Whether this actor is a person. */
    boolean person() {
        return "person".equals(kind);
    }

    /**
     * The role held on {@code date}; without a date, or when none was held then, the role closest
     * in time (the latest one when there is no date).
     */
    Role roleOn(LocalDate date) {
        if (date == null) {
            return roles.stream().max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from())).orElseThrow();
        }
        Role best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Role r : roles) {
            if (r.holds(date)) {
                return r;
            }
            long d = r.to() != null && date.isAfter(r.to()) ? date.toEpochDay() - r.to().toEpochDay()
                    : r.from() != null ? r.from().toEpochDay() - date.toEpochDay() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    /** A copy whose roles include {@code more}. */
    NamedActor withRoles(List<Role> more, List<String> moreAliases) {
        List<Role> all = new java.util.ArrayList<>(roles);
        all.addAll(more);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(aliases);
        names.addAll(moreAliases);
        return new NamedActor(kind, name, List.copyOf(names), all);
    }
}
