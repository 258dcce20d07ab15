package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

/**
 * Actors the text gives no country take it from where the story happens: the places the places
 * stage found (given here by hand, as the gazetteer is not on this module's test path).
 */
class LocalCountryTest {

    private static Doc analyse(String text, String... placesAndCountries) {
        Article article = new Article("t", null, null, null, null, "en", text, List.of());
        Doc doc = SharedNlp.stage().apply(Doc.of(article));
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < placesAndCountries.length; i += 2) {
            String name = placesAndCountries[i];
            List<Span> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Span(at, at + name.length()));
            }
            places.add(new Place("p" + (i / 2 + 1), name, mentions.get(0).start(), mentions.get(0).end(), null, null,
                    placesAndCountries[i + 1], null, null, mentions));
        }
        return new ActorStage().apply(doc.withPlaces(places));
    }

    private static Actor actorAt(Doc doc, String words) {
        int at = doc.text().indexOf(words);
        return doc.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.start() <= at && at < m.end()))
                .findFirst().orElseThrow(() -> new AssertionError("no actor at '" + words + "' in " + doc.actors()));
    }

    @Test
    void policeOfACityTakeTheCityCountry() {
        Doc doc = analyse("Officers arrested two men on Gladstone Avenue in Columbus on Friday, police said.",
                "Gladstone Avenue", "USA", "Columbus", "USA");
        assertThat(actorAt(doc, "Officers").country()).isEqualTo("USA");
        assertThat(actorAt(doc, "police").country()).isEqualTo("USA");
    }

    @Test
    void theStorysPlacesOutweighTheNationalityOfAForeignOfficer() {
        Doc doc = analyse("Russian General Yuri Petrov said his men had left Tavildara. Residents of Tavildara said "
                + "government forces looted the market. Fighting went on near Garm.",
                "Tavildara", "TJK", "Garm", "TJK");
        assertThat(actorAt(doc, "government forces").country()).isEqualTo("TJK");
    }

    @Test
    void anOrganisationTheTextPlacesNowhereIsOfTheStorysCountry() {
        Doc doc = analyse("Greenfield Holdings denied the charges on Monday. The company's offices in Leeds and "
                + "Sheffield were searched by detectives.", "Leeds", "GBR", "Sheffield", "GBR");
        assertThat(actorAt(doc, "Greenfield Holdings").country()).isEqualTo("GBR");
    }

    @Test
    void aBareSurnameAfterAFullNameIsThatPersonNotAnOfficeHolder() {
        Doc doc = analyse("Jonathan P. Blair, 41, was arrested in Columbus. Blair was held at the county jail.",
                "Columbus", "USA");
        Actor blair = actorAt(doc, "Blair was");
        assertThat(blair.name()).isEqualTo("Jonathan P. Blair");
        assertThat(blair.country()).isEqualTo("USA");
    }

    @Test
    void aLoneFamilyNameWrittenFirstIsTheFullNamesBearer() {
        Doc doc = analyse("Chinese police detained the dissident Wang Donghai on Friday. Wang was taken from his home in Hangzhou.",
                "Hangzhou", "CHN");
        assertThat(actorAt(doc, "Wang was")).isEqualTo(actorAt(doc, "Wang Donghai"));
    }

    @Test
    void hostagesGuestsAndASergeantAreActors() {
        Doc doc = analyse("The hijackers freed their hostages, the sergeant said, and the guests went home.");
        assertThat(actorAt(doc, "hostages").sector()).isEqualTo("CVL");
        assertThat(actorAt(doc, "sergeant").sector()).isEqualTo("MIL");
        assertThat(actorAt(doc, "guests").sector()).isEqualTo("CVL");
    }

    @Test
    void aSubjectPronounAfterTwoPersonsIsTheFirstAndItsObjectTheOther() {
        Doc doc = analyse("Alexander Lukashenko met Semyon Sharetsky in Minsk on Friday. "
                + "Later he accused him of plotting a coup.", "Minsk", "BLR");
        assertThat(actorAt(doc, "he accused")).isEqualTo(actorAt(doc, "Alexander Lukashenko"));
        assertThat(actorAt(doc, "him of")).isEqualTo(actorAt(doc, "Semyon Sharetsky"));
    }

    @Test
    void aPronounInTheSameSentenceAsTwoPersonsStaysUnresolved() {
        Doc doc = analyse("In Minsk, Alexander Lukashenko told Semyon Sharetsky that he would resign.", "Minsk", "BLR");
        int at = doc.text().indexOf("he would");
        assertThat(doc.actors()).noneMatch(a -> a.mentions().stream().anyMatch(m -> m.start() == at));
    }

    @Test
    void theAustralianAfterAFullNameIsThatPersonAndGivesHimHisCountry() {
        Doc doc = analyse("Julian Assange appeared in court in London on Monday. The 48-year-old Australian was evicted "
                + "from the embassy in April.", "London", "GBR");
        assertThat(actorAt(doc, "Australian")).isEqualTo(actorAt(doc, "Julian Assange"));
        assertThat(actorAt(doc, "Julian Assange").country()).isEqualTo("AUS");
    }

    @Test
    void theAustralianEmbassyIsNoPerson() {
        Doc doc = analyse("The Australian embassy in London said Julian Assange would appeal.", "London", "GBR");
        assertThat(actorAt(doc, "Julian Assange").country()).isNotEqualTo("AUS");
    }
}
