package org.herodotus.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.store.EventQuery;
import org.herodotus.store.IncidentFilter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The event filters shared by {@code query} and {@code export}. */
final class EventFilterOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor or recipient name (case-insensitive; * matches anything).")
    String actor;

    @Option(names = "--actor-country", paramLabel = "CODE", converter = OptionConverters.ActorCountryCode.class,
            description = "Country code (ISO 3166 alpha-3, or IGO, NGO, IMG, MNC) of an actor or recipient.")
    String actorCountry;

    @Option(names = "--sector", paramLabel = "CODE", converter = OptionConverters.Sector.class, description = "PLOVER sector of an actor or recipient (GOV, MIL, REB, …).")
    String sector;

    @Option(names = "--country", paramLabel = "CODE", converter = OptionConverters.CountryCode.class,
            description = "Country code (ISO 3166 alpha-3) of the event's place; a country's English name is read as its code.")
    String country;

    @Option(names = "--type", paramLabel = "TYPE", split = ",", converter = OptionConverters.EventType.class, description = "PLOVER event types (ASSAULT, PROTEST, …); repeat or separate with commas.")
    List<String> types = new ArrayList<>();

    @Option(names = "--bbox", paramLabel = "MINLAT,MINLON,MAXLAT,MAXLON", description = "Only events placed inside this box.")
    String bbox;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Only events within --radius kilometres of this point.")
    String near;

    @Option(names = "--radius", paramLabel = "KM", description = "Radius for --near in kilometres (default: 25).")
    Double radius;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD), inclusive.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD), inclusive.")
    LocalDate to;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words that must all appear in the article's title or text.")
    String text;

    @Option(names = "--incident", paramLabel = "ID", description = "Only the events of this incident.")
    Long incident;

    /**
     * The incidents these options select, for tables other than events: an incident has a type,
     * a country, dates and an id, but no actors, box or text to filter by; asking for those is
     * refused rather than ignored.
     */
    IncidentFilter incidentFilter() {
        if (actor != null || actorCountry != null || sector != null || bbox != null || near != null || radius != null
                || text != null || types.size() > 1) {
            throw new ParameterException(spec.commandLine(), "incidents are filtered by one --type, --country, --from, --to "
                    + "and --incident only");
        }
        return new IncidentFilter(incident, types.isEmpty() ? null : types.get(0), country, from, to, null, null);
    }

    /** Whether any filter was given. */
    boolean any() {
        return actor != null || actorCountry != null || sector != null || country != null || !types.isEmpty()
                || bbox != null || near != null || radius != null || from != null || to != null || text != null
                || incident != null;
    }

    /** The query these options describe. */
    EventQuery query() {
        EventQuery q = EventQuery.all().withActor(actor).withActorCountry(actorCountry).withSector(sector)
                .withCountry(country).withTypes(types).withDates(from, to).withText(text).withIncident(incident);
        if (bbox != null) {
            double[] v = numbers(bbox, 4, "--bbox");
            try {
                q = q.withBbox(new EventQuery.BoundingBox(v[0], v[1], v[2], v[3]));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--bbox: " + e.getMessage());
            }
        }
        if (radius != null && near == null) {
            throw new ParameterException(spec.commandLine(), "--radius needs --near LAT,LON (the centre of the circle)");
        }
        if (near != null) {
            double[] v = numbers(near, 2, "--near");
            double km = radius == null ? 25 : radius;
            if (km <= 0) {
                throw new ParameterException(spec.commandLine(), "--radius must be positive: " + km);
            }
            q = q.withNear(new EventQuery.Circle(v[0], v[1], km));
        }
        return q;
    }

    private double[] numbers(String value, int n, String option) {
        String[] parts = value.split(",");
        if (parts.length != n) {
            throw new ParameterException(spec.commandLine(), option + " needs " + n + " numbers separated by commas: " + value);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), option + ": not a number: " + parts[i]);
            }
        }
        return out;
    }
}
