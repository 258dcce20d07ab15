package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoDictionariesTest {

    private static final String ACTORS = """
            <!-- an invented dictionary in the PETRARCH format -->
            FREEDONIA_ [FRD]
            +FREEDONIAN
            +FREEDONIANS

            RUFUS_T._FIREFLY  # leader of the invented country
            \t[FRDCVL <330101]
            \t[FRDGOV 19330101-19351231]
            \t[FRDELI >351231]

            SYLVANIA [SYL]
            TRENTINO [---]
            """;

    private static final String AGENTS = """
            !PERSON! = MAN, MEN
            POLICE {} [~COP] # no plural
            CONGRESS!PERSON! [~LEG]
            HUMAN_RIGHTS_BODY [NGO~]
            PRIME_MINISTER [~GOV]
            """;

    @Test
    void readsActorsWithSynonymsAndDatedCodes() throws Exception {
        List<NamedActor> actors = CameoDictionaries.readActors(new BufferedReader(new StringReader(ACTORS)), "test");
        assertThat(actors).extracting(NamedActor::name).containsExactly("Freedonia", "Rufus T. Firefly", "Sylvania");
        assertThat(actors.get(0).aliases()).containsExactly("FREEDONIAN", "FREEDONIANS");
        NamedActor firefly = actors.get(1);
        assertThat(firefly.roleOn(LocalDate.of(1934, 6, 1))).extracting(NamedActor.Role::country, NamedActor.Role::sector)
                .containsExactly("FRD", "GOV");
        assertThat(firefly.roleOn(LocalDate.of(1930, 1, 1)).sector()).isEqualTo("CVL");
        assertThat(firefly.roleOn(LocalDate.of(1950, 1, 1)).sector()).isEqualTo("ELI");
    }

    @Test
    void readsAgentsWithPluralsAndSubstitutions() throws Exception {
        List<AgentTerm> agents = CameoDictionaries.readAgents(new BufferedReader(new StringReader(AGENTS)), "test");
        assertThat(agents).extracting(AgentTerm::term).contains("police", "congressman", "congressmen",
                "human rights body", "human rights bodies", "prime minister", "prime ministers").doesNotContain("polices");
        assertThat(agents).filteredOn(a -> a.term().equals("human rights body")).extracting(AgentTerm::country)
                .containsExactly("NGO");
        assertThat(CameoDictionaries.roleOf("IGOUNO").country()).isEqualTo("IGO");
        assertThat(CameoDictionaries.roleOf("PSEREBHMS")).extracting(NamedActor.Role::country, NamedActor.Role::sector)
                .containsExactly("PSE", "REB");
        assertThat(CameoDictionaries.roleOf("USAMED").sector()).isEqualTo("JRN");
    }

    @Test
    void resolvesImportedActorsAndAgentsInText(@TempDir Path dir) throws Exception {
        Path actors = Files.writeString(dir.resolve("invented.actors.txt"), ACTORS);
        Path agents = Files.writeString(dir.resolve("invented.agents.txt"), AGENTS);
        ActorDictionary dict = ActorDictionary.builder().addDefaults().addCameoActors(actors).addCameoAgents(agents).build();
        String text = "Freedonian police arrested two congressmen from Sylvania on Monday, Rufus T. Firefly said.";
        Article article = new Article("t", null, null, null, LocalDate.of(1934, 3, 1), "en", text, List.of());
        Doc doc = new ActorStage(dict).apply(SharedNlp.stage().apply(Doc.of(article)));
        int police = text.indexOf("police");
        assertThat(doc.actorAt(police, police + 6)).extracting(Actor::country, Actor::sector).containsExactly("FRD", "COP");
        int congressmen = text.indexOf("congressmen");
        assertThat(doc.actorAt(congressmen, congressmen + 11)).extracting(Actor::country, Actor::sector)
                .containsExactly("SYL", "LEG");
        int firefly = text.indexOf("Rufus");
        assertThat(doc.actorAt(firefly, firefly + 5)).extracting(Actor::country, Actor::sector).containsExactly("FRD", "GOV");
    }

    /**
     * Invented records laid out as the Phoenix country file lays its records out: city aliases,
     * comments after "#", tab-indented dated roles with six- and eight-digit dates, and mistyped
     * dates of the kinds the real file has (a digit too many, a day the month lacks).
     */
    private static final String PHOENIX_STYLE = """
            # CAMEO-style country actors, invented for this test
            FREEDONIA_ [FRD]
            +FREEDONIAN_
            +OSTRAVA_   # the capital

            # National institutions
            FREEDONIAN_NATIONAL_ARMY
            +FREEDONIAN_ARMY_SOLDIERS
            \t[FRDMIL]

            RUFUS_T._FIREFLY_  # leader record
            \t[FRDELI 300101-3301015]
            \t[FRDGOV 330101-351231]
            \t[FRDELI >351231]
            GLORIA_TEASDALE_
            \t[FRDGOV 19320101-19330231]
            \t[FRDELI 330301-400101]
            """;

    @Test
    void skipsMistypedDateRestrictionsAndKeepsTheRestOfEachRecord() throws Exception {
        List<NamedActor> actors = CameoDictionaries.readActors(new BufferedReader(new StringReader(PHOENIX_STYLE)),
                "invented.actors.txt");
        assertThat(actors).extracting(NamedActor::name)
                .containsExactly("Freedonia", "Freedonian National Army", "Rufus T. Firefly", "Gloria Teasdale");
        assertThat(actors.get(0).aliases()).containsExactly("FREEDONIAN", "OSTRAVA");
        assertThat(actors.get(1).roleOn(LocalDate.of(2001, 5, 1))).extracting(NamedActor.Role::country, NamedActor.Role::sector)
                .containsExactly("FRD", "MIL");
        NamedActor firefly = actors.get(2);
        assertThat(firefly.roles()).extracting(NamedActor.Role::note).containsExactly("FRDGOV", "FRDELI");
        assertThat(firefly.roleOn(LocalDate.of(1934, 6, 1)).sector()).isEqualTo("GOV");
        assertThat(actors.get(3).roles()).extracting(NamedActor.Role::note).containsExactly("FRDELI");
    }

    @Test
    void namesTheMistakeInADictionaryDate() {
        assertThatThrownBy(() -> CameoDictionaries.cameoDate("9008223")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date 9008223 is not YYYYMMDD or YYMMDD");
        assertThatThrownBy(() -> CameoDictionaries.cameoDate("19330231")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("date 19330231 is not a calendar date");
        assertThat(CameoDictionaries.cameoDate("070723")).isEqualTo(LocalDate.of(2007, 7, 23));
    }
}
