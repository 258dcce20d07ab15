package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasFileTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFileAndLineOfAnUnknownTarget() throws Exception {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "# my places\nalias\tCamp Nowhere\tairport:NOPE\n");
        assertThatThrownBy(() -> new AliasReader(new GazetteerTables()).read(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mine.tsv:2")
                .hasMessageContaining("unknown target airport:NOPE");
    }

    @Test
    void namesTheFileAndLineOfAnUnknownLineType() throws Exception {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "city\tAtlantis\n");
        assertThatThrownBy(() -> new AliasReader(new GazetteerTables()).read(f))
                .hasMessageContaining("mine.tsv:1")
                .hasMessageContaining("unknown line type city");
    }

    @Test
    void rejectsAPlaceWithAnUnknownFeature() throws Exception {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "place\tAtlantis\tsunken\t0\t0\t-\t-\t0\n");
        assertThatThrownBy(() -> new AliasReader(new GazetteerTables()).read(f))
                .hasMessageContaining("mine.tsv:1")
                .hasMessageContaining("unknown feature sunken");
    }
}
