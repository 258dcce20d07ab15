package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private final PageDecoder decoder = new PageDecoder();
    private static final String PAGE = "<html><head><title>Élection à Genève</title></head><body><p>Le scrutin a eu lieu dimanche à Genève.</p></body></html>";

    @Test
    void usesTheByteOrderMark() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoder.decode(utf8, "ISO-8859-1", true).text()).isEqualTo(PAGE);
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PAGE.getBytes(StandardCharsets.UTF_16BE));
        var d = decoder.decode(be, null, true);
        assertThat(d.text()).isEqualTo(PAGE);
        assertThat(d.how()).isEqualTo("bom");
    }

    @Test
    void recognisesUtf16WithoutAMark() {
        assertThat(decoder.decode(PAGE.getBytes(StandardCharsets.UTF_16LE), null, true).text()).isEqualTo(PAGE);
    }

    @Test
    void followsTheContainersCharset() {
        var d = decoder.decode(PAGE.getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1", true);
        assertThat(d.text()).isEqualTo(PAGE);
        assertThat(d.how()).isEqualTo("container");
    }

    @Test
    void followsTheMetaDeclaration() {
        String page = "<meta charset=\"windows-1256\">" + "<p>مرحبا بكم في المدينة القديمة</p>";
        var d = decoder.decode(page.getBytes(Charset.forName("windows-1256")), null, true);
        assertThat(d.text()).contains("مرحبا بكم في المدينة القديمة");
        assertThat(d.how()).isEqualTo("meta");
        assertThat(d.problem()).isNull();
    }

    @Test
    void readsUtf8DeclaredAsLatin1AsUtf8() {
        String page = "<meta charset=\"iso-8859-1\"><p>Grüße aus München</p>";
        var d = decoder.decode(page.getBytes(StandardCharsets.UTF_8), null, true);
        assertThat(d.text()).contains("Grüße aus München");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void detectsLatinTextWhenNothingIsDeclared() {
        var d = decoder.decode(PAGE.getBytes(StandardCharsets.ISO_8859_1), null, true);
        assertThat(d.text()).isEqualTo(PAGE);
    }

    @Test
    void detectsArabicWindows1256WhichTheGeneralDetectorDoesNotKnow() {
        String text = "<p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في جنوب البلاد بسعة مئتي سرير.</p>";
        byte[] bytes = text.getBytes(Charset.forName("windows-1256"));
        assertThat(PageDecoder.looksArabic1256(bytes)).isTrue();
        assertThat(decoder.decode(bytes, null, true).text()).isEqualTo(text);
    }

    @Test
    void overrulesTheGeneralDetectorWhenShortArabicTextLooksCyrillicToIt() {
        String text = "<p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في جنوب البلاد.</p>";
        assertThat(decoder.decode(text.getBytes(Charset.forName("windows-1256")), null, true).text()).isEqualTo(text);
    }

    @Test
    void keepsRussianWindows1251Russian() {
        String text = "<p>Министр заявил, что переговоры возобновятся на следующей неделе в столице, сообщили журналистам.</p>";
        var d = decoder.decode(text.getBytes(Charset.forName("windows-1251")), null, true);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void doesNotMistakeAccentedLatinForArabic() {
        byte[] bytes = "Café, crème brûlée, déjà vu, naïve, façade, über, Ärger, señor".repeat(5).getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.looksArabic1256(bytes)).isFalse();
    }

    @Test
    void notesAWrongUtf8Declaration() {
        String text = "<meta charset=\"utf-8\"><p>أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في جنوب البلاد.</p>";
        var d = decoder.decode(text.getBytes(Charset.forName("windows-1256")), null, true);
        assertThat(d.text()).contains("أعلنت وزارة الصحة");
        assertThat(d.problem()).isEqualTo("declared charset UTF-8 does not match the bytes; read as windows-1256");
    }

    @Test
    void recognisesBinaryData() {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        assertThat(decoder.decode(bytes, null, true).binary()).isTrue();
    }

    @Test
    void toleratesAUtf8SequenceCutOffAtTheEnd() {
        byte[] whole = "Gruß".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        assertThat(PageDecoder.isValidUtf8(cut)).isTrue();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
