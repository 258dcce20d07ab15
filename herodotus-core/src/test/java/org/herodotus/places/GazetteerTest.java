package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = TestGazetteer.G;

    @Test
    void readsBackWhatTheWriterWrote() {
        int mosul = TestGazetteer.find(g, "Mosul", Feature.ADMIN_SEAT);
        assertThat(g.lat(mosul)).isCloseTo(36.335, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(g.population(mosul)).isEqualTo(1_683_000);
        assertThat(g.countryAlpha3(g.country(mosul))).isEqualTo("IRQ");
        assertThat(g.admin1Name(g.admin1(mosul))).isEqualTo("Nineveh");
        assertThat(g.admin1Code(g.admin1ByCode("IQ-AN"))).isEqualTo("IQ-AN");
        assertThat(g.countryByCode("IQ")).isEqualTo(g.countryByCode("IRQ"));
    }

    @Test
    void postingsTellOwnNamesFromAlternates() {
        int[] anbar = g.postings("anbar");
        assertThat(anbar).hasSize(2);
        int admin = TestGazetteer.find(g, "Al Anbar", Feature.ADMIN1);
        for (int posting : anbar) {
            int kind = posting & 3;
            if (posting >>> 2 == admin) {
                assertThat(kind).isEqualTo(Gazetteer.KIND_PRIMARY_STRIPPED);
            } else {
                assertThat(kind).isEqualTo(Gazetteer.KIND_ALTERNATE);
            }
        }
        assertThat(g.postings("no such place")).isEmpty();
    }

    @Test
    void findsSpellingVariantsOnlyWithinTheEditBound() {
        assertThat(g.similarKeys("qayyrah", 1)).contains("qayyarah");
        assertThat(g.similarKeys("qyrh", 1)).isEmpty();
    }

    @Test
    void mapsDemonymsToPlaces() {
        assertThat(g.name(g.demonym("iraqi"))).isEqualTo("Iraq");
        assertThat(g.name(g.demonym("middle eastern"))).isEqualTo("Middle East");
        assertThat(g.demonym("shiite")).isEqualTo(-1);
    }

    @Test
    void rejectsAFileThatIsNoGazetteer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a Herodotus gazetteer");
    }
}
