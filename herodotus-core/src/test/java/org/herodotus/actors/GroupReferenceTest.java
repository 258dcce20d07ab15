package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

/** Phrases that name a group without its name: "the group", "a spokesman for the Houthis". */
class GroupReferenceTest {

    private static Doc analyse(String text) {
        Article article = new Article("t", null, null, null, null, "en", text, List.of());
        return new ActorStage().apply(SharedNlp.stage().apply(Doc.of(article)));
    }

    private static Actor actorAt(Doc doc, String words) {
        int at = doc.text().indexOf(words);
        return doc.actors().stream().filter(a -> a.mentions().stream().anyMatch(m -> m.start() <= at && at < m.end()))
                .findFirst().orElseThrow(() -> new AssertionError("no actor at '" + words + "' in " + doc.actors()));
    }

    @Test
    void theGroupRefersBackToTheGroupNamedBefore() {
        Doc doc = analyse("Kataib Hezbollah fired rockets at the base on Monday. The group later claimed responsibility.");
        assertThat(actorAt(doc, "group").name()).isEqualTo("Kataib Hezbollah");
        assertThat(actorAt(doc, "group").generic()).isFalse();
    }

    @Test
    void theGroupAfterAGroupOfPeopleIsThosePeople() {
        Doc doc = analyse("The Islamic State has lost ground in Syria. Yesterday a group of students marched in Raqqa. "
                + "The group was dispersed by police.");
        Actor group = actorAt(doc, "group was");
        assertThat(group.name()).isNotEqualTo("Islamic State");
        assertThat(group.generic()).isTrue();
    }

    @Test
    void aPhraseThatSaysMoreIsNotAnAnaphor() {
        Doc doc = analyse("Kataib Hezbollah fired rockets at the base. The Kurdish militia returned fire.");
        assertThat(actorAt(doc, "Kurdish militia").name()).isNotEqualTo("Kataib Hezbollah");
    }

    @Test
    void aSpokesmanForAGroupIsTheGroup() {
        Doc doc = analyse("A spokesman for the Houthis said the ship had been hit.");
        Actor spokesman = actorAt(doc, "spokesman");
        assertThat(spokesman.name()).isEqualTo("Houthis");
        assertThat(spokesman.sector()).isEqualTo("REB");
    }

    @Test
    void aGroupNamedByWhatItIsTakesTheLeadsCountryWhenTwoCountriesAreNamedAsOften() {
        Doc doc = analyse("Talks in eastern Congo broke off near Goma on Monday. The army said four civilians were killed. "
                + "Mediators from Angola, who hosted the talks in Luanda, hope to resume them.");
        assertThat(actorAt(doc, "army").country()).isEqualTo("COD");
    }

    @Test
    void aDayBeforeAGroupIsNotPartOfItsName() {
        Doc doc = analyse("On Monday a group of students marched through Raqqa.");
        assertThat(actorAt(doc, "group").name()).isEqualTo("group");
    }
}
