package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class PlaceStageTest {

    private final Gazetteer g = TestGazetteer.G;
    private final PlaceStage stage = new PlaceStage(g);
    private final PlaceResolver resolver = new PlaceResolver(g);

    /** The places of {@code text} when each of {@code names} is a toponym wherever it occurs. */
    private List<Place> places(String text, String... names) {
        List<Toponym> tops = new ArrayList<>();
        for (String n : names) {
            int from = 0;
            int i;
            while ((i = text.indexOf(n, from)) >= 0) {
                tops.add(new Toponym(i, i + n.length(), n, Toponym.Origin.GIVEN));
                from = i + n.length();
            }
        }
        tops.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return stage.merge(text, resolver.resolve(text, tops, List.of()).places(), 0);
    }

    @Test
    void listsAPlaceNamedThreeTimesOnceWithItsThreeMentions() {
        String text = "Iraq said the strikes on Iraq violated its sovereignty. Iraq recalled its envoy.";
        List<Place> places = places(text, "Iraq");
        assertThat(places).hasSize(1);
        Place iraq = places.get(0);
        assertThat(iraq.id()).isEqualTo("p1");
        assertThat(iraq.country()).isEqualTo("IRQ");
        assertThat(iraq.mentions()).containsExactly(new Span(0, 4), new Span(25, 29), new Span(56, 60));
        assertThat(new Span(iraq.start(), iraq.end())).isEqualTo(iraq.mentions().get(0));
    }

    @Test
    void keepsADatelineInCapitalsApartFromTheSameNameInTheBody() {
        String text = "BAGHDAD (Reuters) - A car bomb exploded in Baghdad on Monday, police in Baghdad said.";
        List<Place> places = places(text, "BAGHDAD", "Baghdad");
        assertThat(places).extracting(p -> text.substring(p.start(), p.end())).containsExactly("BAGHDAD", "Baghdad");
        assertThat(places).extracting(Place::id).containsExactly("p1", "p2");
        assertThat(places.get(0).mentions()).hasSize(1);
        assertThat(places.get(1).mentions()).hasSize(2);
        assertThat(places.get(0).lat()).isEqualTo(places.get(1).lat());
    }

    @Test
    void numbersItsPlacesAfterThoseTheDocumentAlreadyHas() {
        String text = "Turkey shelled positions near the border with Iraq.";
        List<Toponym> tops = List.of(new Toponym(0, 6, "Turkey", Toponym.Origin.GIVEN),
                new Toponym(46, 50, "Iraq", Toponym.Origin.GIVEN));
        List<Place> places = stage.merge(text, resolver.resolve(text, tops, List.of()).places(), 3);
        assertThat(places).extracting(Place::id).containsExactly("p4", "p5");
    }

    @Test
    void placesAPrisonTheGazetteerLacksInTheCountryOfTheTownHoldingIt() {
        String text = "Turkey said Turkey would respond. The reporters are held at Belmarsh prison in Baghdad.";
        List<Place> places = places(text, "Turkey", "Belmarsh prison", "Baghdad");
        Place prison = places.stream().filter(p -> p.name().equals("Belmarsh prison")).findFirst().orElseThrow();
        assertThat(prison.country()).isEqualTo("IRQ");
        assertThat(prison.lat()).isNull();
        assertThat(prison.feature()).isEqualTo("landmark");
    }

    @Test
    void placesAStreetNothingLocatesInTheCountryTheArticleNamesMost() {
        String text = "Turkey said Turkey would respond. Protesters marched down Seventh Street. Iraq was silent.";
        List<Place> places = places(text, "Turkey", "Seventh Street", "Iraq");
        Place street = places.stream().filter(p -> p.name().equals("Seventh Street")).findFirst().orElseThrow();
        assertThat(street.country()).isEqualTo("TUR");
    }
}
