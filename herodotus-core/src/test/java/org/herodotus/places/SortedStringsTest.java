package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sorted string table the gazetteer's name keys are looked up in. */
class SortedStringsTest {

    /** A table of {@code sorted} in the gazetteer file's layout. */
    private static SortedStrings table(String... sorted) {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        int[] offsets = new int[sorted.length + 1];
        for (int i = 0; i < sorted.length; i++) {
            blob.writeBytes(sorted[i].getBytes(StandardCharsets.UTF_8));
            offsets[i + 1] = blob.size();
        }
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * offsets.length + blob.size());
        b.putInt(blob.size());
        for (int o : offsets) {
            b.putInt(o);
        }
        b.put(blob.toByteArray());
        b.flip();
        return SortedStrings.read(b, sorted.length);
    }

    private static final SortedStrings KEYS = table("baghdad", "basra", "mosul", "new delhi", "new york", "qayyarah");

    @Test
    void findsAKeyAndOnlyAnExactOne() {
        assertThat(KEYS.find("mosul")).isEqualTo(2);
        assertThat(KEYS.get(KEYS.find("new york"))).isEqualTo("new york");
        assertThat(KEYS.find("mosu")).isEqualTo(-1);
        assertThat(KEYS.find("zaxo")).isEqualTo(-1);
    }

    @Test
    void saysWhetherALongerNameCouldContinue() {
        assertThat(KEYS.hasPrefix("new ")).isTrue();
        assertThat(KEYS.hasPrefix("mosul ")).isFalse();
    }

    @Test
    void measuresSpellingErrorsUpToTheBound() {
        byte[] typo = "qayyrah".getBytes(StandardCharsets.US_ASCII);
        assertThat(KEYS.distance(KEYS.find("qayyarah"), typo, 2)).isEqualTo(1);
        byte[] far = "baghdadiya".getBytes(StandardCharsets.US_ASCII);
        assertThat(KEYS.distance(KEYS.find("baghdad"), far, 1)).isGreaterThan(1);
    }

    @Test
    void theLowerBoundIsWhereAKeyWouldStand() {
        assertThat(KEYS.lowerBound("ba")).isEqualTo(0);
        assertThat(KEYS.lowerBound("n")).isEqualTo(3);
        assertThat(KEYS.lowerBound("zz")).isEqualTo(KEYS.size());
    }
}
