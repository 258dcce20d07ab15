package org.herodotus.server;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.store.AnalysisBuilder;

/**
 * The articles the API tests store: analyses written by hand with the store's
 * {@link AnalysisBuilder}, so every span is found by its words in the text and the offsets are the
 * ones a real analysis would carry.
 */
final class Articles {

    private Articles() {
    }

    /** A shelling in Goma that two sides blame on each other, reported on {@code day}. */
    static Analysis goma(int n, LocalDate day) {
        String text = "Shells hit a market in Goma " + n + "\n\nShells struck a crowded market in Goma on Monday, killing three "
                + "traders. The army said the rebels fired the shells. The rebels denied firing on the town.";
        AnalysisBuilder b = new AnalysisBuilder("goma-" + n, "https://www.lakes-news.example/goma/shelling-" + n,
                "Shells hit a market in Goma " + n, day, text);
        String army = b.actor("Congolese army", "COD", "MIL", "The army");
        String rebels = b.actor("M23", "COD", "REB", "the rebels");
        String traders = b.actor("traders", "COD", "CVL", "traders");
        String goma = b.place("Goma", "Goma", -1.6792, 29.2228, "COD", null, "city");
        String e = b.event("ASSAULT", null, "struck", 1, List.of(), List.of(traders), goma, day.toString());
        b.claim("The army", army, "said", "the rebels fired the shells", ClaimType.RESPONSIBILITY, Certainty.ASSERTED, e,
                rebels);
        return b.build();
    }

    /** Rockets on an air base near Baghdad, blamed on a militia by officials and on nobody by the militia. */
    static Analysis baghdad() {
        String text = "Rockets hit Balad air base\n\nThree rockets hit Balad air base north of Baghdad on Sunday. "
                + "US officials said Kataib Hezbollah launched the rockets. Kataib Hezbollah denied any role in the attack. "
                + "Iraqi police said Islamic State cells may have fired them.";
        AnalysisBuilder b = new AnalysisBuilder("balad", "https://www.gulf-desk.example/iraq/balad-rockets",
                "Rockets hit Balad air base", LocalDate.of(2020, 1, 5), text);
        String officials = b.actor("US officials", "USA", "GOV", "US officials");
        String kh = b.actor("Kataib Hezbollah", "IRQ", "UAF", "Kataib Hezbollah");
        String police = b.actor("Iraqi police", "IRQ", "COP", "Iraqi police");
        String isis = b.actor("Islamic State", null, "REB", "Islamic State");
        String usMil = b.actor("United States military", "USA", "MIL", "Balad air base");
        String balad = b.place("Balad", "Balad", 33.94, 44.36, "IRQ", null, "city");
        String e = b.event("ASSAULT", null, "hit", 1, List.of(), List.of(usMil), balad, "2020-01-05");
        b.claim("US officials", officials, "said", "Kataib Hezbollah launched the rockets", ClaimType.RESPONSIBILITY,
                Certainty.ASSERTED, e, kh);
        b.claim("Iraqi police", police, "may have", "Islamic State cells may have fired them", ClaimType.RESPONSIBILITY,
                Certainty.POSSIBLE, e, isis);
        return b.build();
    }

    /** An article whose every field tries to inject markup or script. */
    static Analysis hostile() {
        String evil = "<img src=x onerror=\"window.__pwned=1\">";
        String text = "Attack claimed by " + evil + "\n\nA group calling itself \"><script>window.__pwned=2</script> said it "
                + "attacked a convoy near Kirkuk on Tuesday. " + evil + " is its leader.";
        AnalysisBuilder b = new AnalysisBuilder("hostile", "javascript:window.__pwned=3//",
                "<script>window.__pwned=4</script> Attack '\"", LocalDate.of(2020, 2, 4), text);
        String group = b.actor("\"><script>window.__pwned=2</script>", "IRQ", "REB", "\"><script>window.__pwned=2</script>");
        String leader = b.actor(evil, "IRQ", "REB", evil);
        String convoy = b.actor("convoy", "IRQ", "MIL", "a convoy");
        String kirkuk = b.place("Kirkuk", "Kirkuk", 35.4681, 44.3922, "IRQ", null, "city");
        String e = b.event("ASSAULT", null, "attacked", 1, List.of(group), List.of(convoy), kirkuk, "2020-02-04");
        b.claim("A group calling itself", group, "said", "attacked a convoy near Kirkuk", ClaimType.RESPONSIBILITY,
                Certainty.ASSERTED, e, group);
        Analysis a = b.build();
        // An error and a note that carry markup too: the desk shows both.
        return new Analysis(a.id(), a.url(), a.title(), a.byline(), a.published(), a.language(), a.text(), a.bodyStart(),
                a.actors(), a.places(), a.events(), a.claims(), a.quotes(),
                List.of("hostile: <script>window.__pwned=5</script> could not be read"),
                List.of("hostile: <img src=x onerror=\"window.__pwned=6\"> was cut"));
    }
}
