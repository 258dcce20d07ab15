package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

class EventPlacesTest {

    private final EventPlaces linker = new EventPlaces();

    /** Tokens of {@code text} split on spaces, with a final "." token; offsets from {@code base}. */
    private static List<Token> tokens(String text, int base, String... pos) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int k = 0;
        for (String w : text.split(" ")) {
            String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            out.add(new Token(k, base + i, base + i + word.length(), word, pos[k], word.toLowerCase(), "O"));
            k++;
            if (w.endsWith(".")) {
                out.add(new Token(k, base + i + word.length(), base + i + w.length(), ".", ".", ".", "O"));
                k++;
            }
            i += w.length() + 1;
        }
        return out;
    }

    private static Event event(String id, int start, int end, Span sentence, List<String> actors) {
        return new Event(id, "ASSAULT", null, actors, List.of(), null, null, false, Modality.ASSERTED, 4, -10.0,
                new Span(start, end), sentence, List.of());
    }

    private static Place place(String id, String name, int start, int end) {
        return new Place(id, name, start, end, 33.0, 44.0, "IRQ", null, "country");
    }

    @Test
    void linksAnEventToThePlaceWhoseLaterMentionIsInItsSentence() {
        String first = "Mosul was quiet.";
        String second = "Gunmen attacked a checkpoint in Mosul.";
        String text = first + " " + second;
        int b = first.length() + 1;
        List<Token> t1 = tokens(first, 0, "NNP", "VBD", "JJ", ".");
        List<Token> t2 = tokens(second, b, "NNS", "VBD", "DT", "NN", "IN", "NNP", ".");
        List<Dependency> d2 = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "obj"), new Dependency(3, 2, "det"), new Dependency(1, 5, "obl:in"),
                new Dependency(5, 4, "case"));
        Parse parse = new Parse(List.of(new Sentence(0, 0, first.length(), t1, List.of(), false),
                new Sentence(1, b, text.length(), t2, d2, true)), List.of(), List.of());
        int mosul2 = text.indexOf("Mosul", b);
        Place mosul = place("p1", "Mosul", 0, 5).withMentions(List.of(new Span(0, 5), new Span(mosul2, mosul2 + 5)));
        int trigger = text.indexOf("attacked");
        List<Event> linked = linker.link(List.of(event("e1", trigger, trigger + 8, new Span(b, text.length()), List.of())),
                List.of(mosul), List.of(), parse);
        assertThat(linked.get(0).place()).isEqualTo("p1");
    }

    @Test
    void linksTheToponymGovernedByAnArgumentAndSkipsTheActor() {
        String text = "Iran attacked bases in Iraq.";
        List<Token> toks = tokens(text, 0, "NNP", "VBD", "NNS", "IN", "NNP", ".");
        List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 2, "obj"), new Dependency(2, 4, "nmod:in"), new Dependency(4, 3, "case"));
        Parse parse = new Parse(List.of(new Sentence(0, 0, text.length(), toks, deps, true)), List.of(), List.of());
        List<Place> places = List.of(place("p1", "Iran", 0, 4), place("p2", "Iraq", 23, 27));
        List<Actor> actors = List.of(new Actor("a1", "Iran", "IRN", "GOV", List.of(new Span(0, 4))));
        List<Event> linked = linker.link(List.of(event("e1", 5, 13, new Span(0, text.length()), List.of("a1"))),
                places, actors, parse);
        assertThat(linked.get(0).place()).isEqualTo("p2");
    }

    @Test
    void leavesAnEventWithoutPlaceWhenItsSentenceNamesNone() {
        String s1 = "Troops gathered in Jordan.";
        String s2 = "The attack came later.";
        String text = s1 + " " + s2;
        int b = s1.length() + 1;
        Parse parse = new Parse(List.of(
                new Sentence(0, 0, s1.length(), tokens(s1, 0, "NNS", "VBD", "IN", "NNP", "."), List.of(), false),
                new Sentence(1, b, text.length(), tokens(s2, b, "DT", "NN", "VBD", "RB", "."), List.of(), false)),
                List.of(), List.of());
        List<Place> places = List.of(place("p1", "Jordan", 19, 25));
        List<Event> linked = linker.link(List.of(event("e1", b + 4, b + 10, new Span(b, text.length()), List.of())),
                places, List.of(), parse);
        assertThat(linked.get(0).place()).isNull();
    }

    @Test
    void fallsBackToTheLocativeToponymOfAnUnparsedSentence() {
        String text = "Clashes erupted near Mosul and Baghdad sent troops.";
        List<Token> toks = tokens(text, 0, "NNS", "VBD", "IN", "NNP", "CC", "NNP", "VBD", "NNS", ".");
        Parse parse = new Parse(List.of(new Sentence(0, 0, text.length(), toks, List.of(), false)), List.of(), List.of());
        List<Place> places = List.of(place("p1", "Mosul", 21, 26), place("p2", "Baghdad", 31, 38));
        List<Event> linked = linker.link(List.of(event("e1", 0, 7, new Span(0, text.length()), List.of())),
                places, List.of(), parse);
        assertThat(linked.get(0).place()).isEqualTo("p1");
    }
}
