package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own actor files: read in the Herodotus formats, refused with the file and line named. */
class ActorDictionaryFilesTest {

    @Test
    void addsTheAgentsOfAUsersFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agents.tsv");
        Files.writeString(file, "# term\tsector\tkinds\n\ngendarme\tCOP\ttitle,agent\n");
        ActorDictionary dictionary = ActorDictionary.builder().addAgents(file).build();
        assertThat(dictionary.agent("gendarme")).isNotNull();
        assertThat(dictionary.agent("gendarme").sector()).isEqualTo("COP");
    }

    @Test
    void refusesAnAgentOfUnknownKindNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("agents.tsv");
        Files.writeString(file, "# term\tsector\tkinds\ngendarme\tCOP\ttitle,agent\ncarabiniere\tCOP\tofficer\n");
        assertThatThrownBy(() -> ActorDictionary.builder().addAgents(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":3: unknown kind 'officer'");
    }

    @Test
    void refusesANamedActorWithTooFewColumnsNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("named.tsv");
        Files.writeString(file, "ORG\tRapid Support Forces\tSDN\tREB\n");
        assertThatThrownBy(() -> ActorDictionary.builder().addNamedActors(file))
                .hasMessageStartingWith(file + ":1: expected kind, name, country, sector");
    }

    @Test
    void refusesANamedActorWithABadDateNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("named.tsv");
        Files.writeString(file, "# named actors\nPERSON\tAbdel Fattah al-Burhan\tSDN\tMIL\t-\t2019-04-31\t-\n");
        assertThatThrownBy(() -> ActorDictionary.builder().addNamedActors(file))
                .hasMessageStartingWith(file + ":2: bad date");
    }
}
