package org.herodotus.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Analyses written by hand for the API tests: every span is found by its words in the text, so
 * the offsets are the ones a real analysis would carry.
 */
final class Articles {

    private final String id;
    private final String url;
    private final String title;
    private final LocalDate published;
    private final String text;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    Articles(String id, String url, String title, LocalDate published, String text) {
        this.id = id;
        this.url = url;
        this.title = title;
        this.published = published;
        this.text = text;
    }

    Span span(String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' not in the text of " + id);
        }
        return new Span(at, at + words.length());
    }

    String actor(String name, String country, String sector, String mention) {
        String aid = "a" + (actors.size() + 1);
        actors.add(new Actor(aid, name, country, sector, List.of(span(mention))));
        return aid;
    }

    String place(String toponym, double lat, double lon, String country) {
        String pid = "p" + (places.size() + 1);
        Span s = span(toponym);
        places.add(new Place(pid, toponym, s.start(), s.end(), lat, lon, country, null, "city", List.of(s)));
        return pid;
    }

    String event(String type, String trigger, List<String> who, List<String> whom, String place, String date) {
        String eid = "e" + (events.size() + 1);
        Span t = span(trigger);
        events.add(new Event(eid, type, null, who, whom, place, date, false, "asserted", 4, -9.0, t, t, List.of()));
        return eid;
    }

    void claim(String source, String speaker, String cue, String content, String certainty, String event, String attributedTo) {
        String cid = "c" + (claims.size() + 1);
        Span src = span(source);
        claims.add(new Claim(cid, new Claim.Source(src.start(), src.end(), speaker), span(cue), span(content),
                "responsibility", certainty, event, attributedTo));
    }

    Analysis build() {
        return new Analysis(id, url, title, null, published, "en", text, actors, places, events, claims, List.of());
    }

    /** A shelling in Goma that two sides blame on each other, reported on {@code day}. */
    static Analysis goma(int n, LocalDate day) {
        String text = "Shells hit a market in Goma " + n + "\n\nShells struck a crowded market in Goma on Monday, killing three "
                + "traders. The army said the rebels fired the shells. The rebels denied firing on the town.";
        Articles b = new Articles("goma-" + n, "https://www.lakes-news.example/goma/shelling-" + n,
                "Shells hit a market in Goma " + n, day, text);
        String army = b.actor("Congolese army", "COD", "MIL", "The army");
        String rebels = b.actor("M23", "COD", "REB", "the rebels");
        String traders = b.actor("traders", "COD", "CVL", "traders");
        String goma = b.place("Goma", -1.6792, 29.2228, "COD");
        String e = b.event("ASSAULT", "struck", List.of(), List.of(traders), goma, day.toString());
        b.claim("The army", army, "said", "the rebels fired the shells", "asserted", e, rebels);
        return b.build();
    }

    /** Rockets on an air base near Baghdad, blamed on a militia by officials and on nobody by the militia. */
    static Analysis baghdad() {
        String text = "Rockets hit Balad air base\n\nThree rockets hit Balad air base north of Baghdad on Sunday. "
                + "US officials said Kataib Hezbollah launched the rockets. Kataib Hezbollah denied any role in the attack. "
                + "Iraqi police said Islamic State cells may have fired them.";
        Articles b = new Articles("balad", "https://www.gulf-desk.example/iraq/balad-rockets", "Rockets hit Balad air base",
                LocalDate.of(2020, 1, 5), text);
        String officials = b.actor("US officials", "USA", "GOV", "US officials");
        String kh = b.actor("Kataib Hezbollah", "IRQ", "UAF", "Kataib Hezbollah");
        String police = b.actor("Iraqi police", "IRQ", "COP", "Iraqi police");
        String isis = b.actor("Islamic State", null, "REB", "Islamic State");
        String usMil = b.actor("United States military", "USA", "MIL", "Balad air base");
        String balad = b.place("Balad", 33.94, 44.36, "IRQ");
        String e = b.event("ASSAULT", "hit", List.of(), List.of(usMil), balad, "2020-01-05");
        b.claim("US officials", officials, "said", "Kataib Hezbollah launched the rockets", "asserted", e, kh);
        b.claim("Iraqi police", police, "may have", "Islamic State cells may have fired them", "possible", e, isis);
        return b.build();
    }

    /** An article whose every field tries to inject markup or script. */
    static Analysis hostile() {
        String evil = "<img src=x onerror=\"window.__pwned=1\">";
        String text = "Attack claimed by " + evil + "\n\nA group calling itself \"><script>window.__pwned=2</script> said it "
                + "attacked a convoy near Kirkuk on Tuesday. " + evil + " is its leader.";
        Articles b = new Articles("hostile", "javascript:window.__pwned=3//", "<script>window.__pwned=4</script> Attack '\"",
                LocalDate.of(2020, 2, 4), text);
        String group = b.actor("\"><script>window.__pwned=2</script>", "IRQ", "REB", "\"><script>window.__pwned=2</script>");
        String leader = b.actor(evil, "IRQ", "REB", evil);
        String convoy = b.actor("convoy", "IRQ", "MIL", "a convoy");
        String kirkuk = b.place("Kirkuk", 35.4681, 44.3922, "IRQ");
        String e = b.event("ASSAULT", "attacked", List.of(group), List.of(convoy), kirkuk, "2020-02-04");
        b.claim("A group calling itself", group, "said", "attacked a convoy near Kirkuk", "asserted", e, group);
        return b.build();
    }
}
