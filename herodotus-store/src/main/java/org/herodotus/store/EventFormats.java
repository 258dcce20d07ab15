package org.herodotus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shapes an event takes in the export formats: its PLOVER JSON record, its CSV columns and its
 * GeoJSON feature. (Its JSON Lines record is the {@link EventRow} itself.)
 */
final class EventFormats {

    private EventFormats() {
    }

    /** Writes events in the text formats, with {@code json} for JSON. */
    static TextExport<EventRow> export(ObjectMapper json) {
        return new TextExport<>(json, CSV_COLUMNS, EventFormats::plover, row -> feature(json, row));
    }

    /** The PLOVER JSON record of one event. */
    static Map<String, Object> plover(EventRow row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "herodotus-" + row.id());
        r.put("date", row.day() == null ? null : row.day().toString());
        r.put("date_text", row.date());
        r.put("source", ploverActors(row.actors()));
        r.put("recipient", ploverActors(row.recipients()));
        r.put("event", List.of(row.event()));
        r.put("mode", row.mode());
        r.put("quad_code", row.quad());
        r.put("event_scale", row.intensity());
        r.put("negated", row.negated());
        r.put("modality", row.modality());
        if (row.place() != null || row.lat() != null) {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("name", row.place());
            loc.put("latitude", row.lat());
            loc.put("longitude", row.lon());
            loc.put("cc3", row.country());
            loc.put("admin1", row.admin1());
            loc.put("feature", row.feature());
            r.put("event_loc", loc);
        }
        r.put("event_text", row.trigger() == null ? List.of() : List.of(row.trigger()));
        r.put("text", row.sentence());
        Map<String, Object> textInfo = new LinkedHashMap<>();
        textInfo.put("start", row.sentenceStart());
        textInfo.put("end", row.sentenceEnd());
        textInfo.put("trigger_start", row.triggerStart());
        textInfo.put("trigger_end", row.triggerEnd());
        r.put("text_info", textInfo);
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("url", row.url());
        cite.put("title", row.title());
        cite.put("publication", row.outlet());
        cite.put("language", row.language());
        cite.put("citation", row.key());
        cite.put("published", row.published() == null ? null : row.published().toString());
        cite.put("coder", "herodotus");
        cite.put("codebook", Exporter.CODEBOOK);
        r.put("cite_info", cite);
        r.put("link", row.incident() == null ? null : "incident-" + row.incident());
        r.put("coder", "herodotus");
        return r;
    }

    private static List<Map<String, Object>> ploverActors(List<Participant> ps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Participant p : ps) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", p.country());
            a.put("sector", p.sector());
            a.put("actor_text", p.name());
            a.put("identifier_text", p.name());
            out.add(a);
        }
        return out;
    }

    /** The GeoJSON feature of one event, with its row as properties; null when it has no coordinates. */
    private static Map<String, Object> feature(ObjectMapper json, EventRow row) {
        if (row.lat() == null || row.lon() == null) {
            return null;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", row.id());
        f.put("geometry", TextExport.point(row.lon(), row.lat()));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = json.convertValue(row, LinkedHashMap.class);
        props.remove("lat");
        props.remove("lon");
        f.put("properties", props);
        return f;
    }

    /** The CSV columns of an event, by header: its fields, with participants as "; "-separated lists. */
    static final Map<String, Function<EventRow, Object>> CSV_COLUMNS = csvColumns();

    private static Map<String, Function<EventRow, Object>> csvColumns() {
        Map<String, Function<EventRow, Object>> m = new LinkedHashMap<>();
        m.put("id", EventRow::id);
        m.put("event_key", EventRow::eventKey);
        m.put("incident", EventRow::incident);
        m.put("event", EventRow::event);
        m.put("mode", EventRow::mode);
        m.put("date", EventRow::date);
        m.put("day", EventRow::day);
        m.put("negated", EventRow::negated);
        m.put("modality", EventRow::modality);
        m.put("quad", EventRow::quad);
        m.put("intensity", EventRow::intensity);
        m.put("actors", r -> join(r.actors(), Participant::name));
        m.put("actor_countries", r -> join(r.actors(), Participant::country));
        m.put("actor_sectors", r -> join(r.actors(), Participant::sector));
        m.put("recipients", r -> join(r.recipients(), Participant::name));
        m.put("recipient_countries", r -> join(r.recipients(), Participant::country));
        m.put("recipient_sectors", r -> join(r.recipients(), Participant::sector));
        m.put("place", EventRow::place);
        m.put("lat", EventRow::lat);
        m.put("lon", EventRow::lon);
        m.put("country", EventRow::country);
        m.put("admin1", EventRow::admin1);
        m.put("feature", EventRow::feature);
        m.put("trigger", EventRow::trigger);
        m.put("sentence", EventRow::sentence);
        m.put("sentence_start", EventRow::sentenceStart);
        m.put("sentence_end", EventRow::sentenceEnd);
        m.put("trigger_start", EventRow::triggerStart);
        m.put("trigger_end", EventRow::triggerEnd);
        m.put("key", EventRow::key);
        m.put("url", EventRow::url);
        m.put("title", EventRow::title);
        m.put("outlet", EventRow::outlet);
        m.put("published", EventRow::published);
        m.put("language", EventRow::language);
        return m;
    }

    private static String join(List<Participant> ps, Function<Participant, String> f) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) {
            String v = f.apply(p);
            out.add(v == null ? "" : v);
        }
        return String.join("; ", out);
    }
}
