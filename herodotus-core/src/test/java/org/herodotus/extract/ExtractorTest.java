package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** The extractor end to end on pages shaped like real sites, one shape per test. */
class ExtractorTest {

    @Test
    void readsJsonLdNewsArticleAndDropsTheBoilerplateAroundIt() {
        Article a = Fixtures.extract("jsonld-news.html");
        assertThat(a.title()).isEqualTo("Port authority reopens northern terminal after storm damage");
        assertThat(a.byline()).isEqualTo("Mara Lindqvist, Tomas Edvik");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.url()).isEqualTo("https://ledger.example.com/2021/03/14/port-terminal-reopens");
        assertThat(a.text())
                .startsWith("The port authority reopened its northern container terminal on Sunday")
                .contains("\"We inspected every metre of the quay wall before we let anyone near it,\" she said.")
                .contains("\n\nDelays for shippers\n\n")
                .endsWith("according to the regional chamber of commerce.");
        assertThat(a.text()).doesNotContain("Skip to main content", "cookies", "Share on Facebook", "Cranes at the northern terminal",
                "Storm closes the harbour", "morning newsletter", "Tags", "My brother works", "Back to top", "All rights reserved",
                "By Mara Lindqvist");
        assertThat(a.errors()).isEmpty();
    }

    @Test
    void separatesParagraphsWithOneBlankLine() {
        Article a = Fixtures.extract("jsonld-news.html");
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.text()).doesNotContain("\n\n\n");
    }

    @Test
    void readsOpenGraphAndMetaTagsWhenThereIsNoJsonLd() {
        Article a = Fixtures.extract("opengraph-only.html");
        assertThat(a.title()).isEqualTo("Neue Buslinie verbindet Vororte mit dem Klinikum");
        assertThat(a.byline()).isEqualTo("Jana Wiegand");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 1, 27));
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.url()).isEqualTo("https://stadtanzeiger-nordtal.example.de/lokales/buslinie-klinikum");
        assertThat(a.text()).startsWith("Ab dem ersten Februar fährt die neue Linie 14")
                .endsWith("sagte dessen Vorsitzende.")
                .doesNotContain("Cookies", "Startseite", "Mehr zum Thema", "Artikel teilen", "06:15", "Nach oben");
    }

    @Test
    void keepsTableRowsAsLinesWithCellsSeparated() {
        Article a = Fixtures.extract("table-article.html");
        assertThat(a.text()).contains("District | Turnout 2018 | Turnout 2022\n\nRiver | 48% | 57%\n\nHill | 52% | 55%");
        assertThat(a.text()).endsWith("counting had finished two hours earlier than planned.");
        assertThat(a.text()).doesNotContain("Home", "Politics");
    }

    @Test
    void splitsTextSeparatedByLineBreaksIntoParagraphs() {
        Article a = Fixtures.extract("br-text.html");
        assertThat(a.text().split("\n\n")).containsExactly(
                "Frühjahrsputz am Ufer",
                "Am Samstag, 19.03.2016, trafen sich vierzig Mitglieder und Nachbarn am Seeufer, um Müll und Treibholz einzusammeln. Nach drei Stunden waren zwölf Säcke gefüllt.",
                "Besonders viel Plastik fand sich im Schilf an der Nordbucht, wo der Wind im Winter den Abfall zusammentreibt. Die Gemeinde holt die Säcke am Montag ab.",
                "Zum Abschluss gab es Suppe und Brot im Bootshaus. Der nächste Einsatz ist für den Herbst geplant, Helferinnen und Helfer sind wieder willkommen.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 3, 19));
    }

    @Test
    void keepsThePaywallTeaserAndDropsTheSubscriptionPrompt() {
        Article a = Fixtures.extract("paywall.html");
        assertThat(a.text()).startsWith("The city council will decide next week")
                .endsWith("a developer planning offices and a food market.")
                .doesNotContain("Subscribe", "subscriber", "1 euro");
        assertThat(a.ok()).isTrue();
    }

    @Test
    void keepsLiveBlogEntriesWithoutTheirTimeStamps() {
        Article a = Fixtures.extract("liveblog.html");
        assertThat(a.title()).isEqualTo("Live: marathon day in the capital");
        assertThat(a.published()).isEqualTo(LocalDate.of(2022, 4, 10));
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).doesNotContain("11:42", "09:15", "Share");
    }

    @Test
    void readsArabicPagesDeclaredAsWindows1256() {
        Article a = Fixtures.extract("arabic-windows-1256.html");
        assertThat(a.title()).isEqualTo("افتتاح جسر جديد فوق نهر دجلة");
        assertThat(a.text()).startsWith("افتتحت السلطات المحلية صباح اليوم جسرا جديدا فوق نهر دجلة");
        assertThat(a.language()).isEqualTo("ar");
        assertThat(a.errors()).isEmpty();
    }

    @Test
    void detectsWindows1256WhenThePageDeclaresNoCharset() {
        Article a = Fixtures.extract("arabic-undeclared.html");
        assertThat(a.text()).contains("وقال مدير المشروع إن الجسر سيخفف الازدحام");
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void readsIso88591PagesDeclaredByHttpEquiv() {
        Article a = Fixtures.extract("french-iso-8859-1.html");
        assertThat(a.title()).isEqualTo("Réouverture du théâtre municipal après deux ans de travaux");
        assertThat(a.text()).contains("« Nous avons gardé l'âme du lieu », a déclaré la directrice");
        assertThat(a.language()).isEqualTo("fr");
    }

    @Test
    void readsUtf16PagesByTheirByteOrderMark() {
        Article a = Fixtures.extract("utf16-bom.html");
        assertThat(a.title()).isEqualTo("Library extends opening hours for exam season");
        assertThat(a.text()).startsWith("The central library will stay open until midnight");
    }

    @Test
    void reportsAPageWithoutArticleTextNamingTheInput() {
        Article a = Fixtures.extractMarkup("<html><head><title>Menu</title></head><body><nav><a href=/>Home</a></nav></body></html>");
        assertThat(a.text()).isEmpty();
        assertThat(a.errors()).containsExactly("inline.html: no article text found on the page");
        assertThat(a.language()).as("four letters say nothing about a language").isNull();
    }

    @Test
    void fallsBackOnTheDeclaredLanguageOnlyWhenTheTextCannotTell() {
        // Too little text for either the function words or Lingua: the page's lang decides,
        // written as the code the identifier gives ("iw" is Hebrew's old code).
        Article a = Fixtures.extractMarkup("<html lang=\"iw\"><head><title>Menu</title></head><body><nav><a href=/>Home</a>"
                + "</nav></body></html>");
        assertThat(a.language()).isEqualTo("he");
        // Enough text: the text decides, whatever the page declares.
        Article b = Fixtures.extractMarkup("<html lang=\"en\"><head><title>Steuern</title></head><body><article><p>Die"
                + " Regierung hat am Montag angekündigt, dass die Steuern für kleine Unternehmen im nächsten Jahr sinken sollen."
                + " Der Finanzminister sagte, man wolle damit die Wirtschaft stärken, die seit dem Frühjahr unter den hohen"
                + " Energiepreisen leidet. Die Opposition kritisierte den Plan als zu spät.</p></article></body></html>");
        assertThat(b.language()).isEqualTo("de");
    }

    @Test
    void reportsBinaryJunkInsteadOfExtractingGarbage() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Article a = Fixtures.EXTRACTOR.extract(new SourceDocument("junk", "junk.html", null, SourceDocument.Format.HTML,
                junk, null, null, null, null));
        assertThat(a.text()).isEmpty();
        assertThat(a.errors()).containsExactly("junk.html: binary data, not a text or HTML page");
    }

    @Test
    void reportsADeclaredCharsetTheBytesContradictButStillReadsTheText() {
        byte[] page = Fixtures.bytes("arabic-undeclared.html");
        Article a = Fixtures.EXTRACTOR.extract(new SourceDocument("ar", "ar.warc#1", "https://example.com/ar", SourceDocument.Format.HTML,
                page, "utf-8", null, null, null));
        assertThat(a.text()).contains("افتتحت السلطات المحلية");
        assertThat(a.errors()).containsExactly("ar.warc#1: declared charset UTF-8 does not match the bytes; read as windows-1256");
    }

    @Test
    void passesReadErrorsThroughAsTheArticlesError() {
        Article a = Fixtures.EXTRACTOR.extract(SourceDocument.failed("x", "x.html.gz", null, "x.html.gz: corrupt or truncated gzip data"));
        assertThat(a.errors()).containsExactly("x.html.gz: corrupt or truncated gzip data");
        assertThat(a.text()).isEmpty();
    }

    @Test
    void prefersTheUrlAndDateTheContainerGives() {
        byte[] page = Fixtures.bytes("jsonld-news.html");
        Article a = Fixtures.EXTRACTOR.extract(new SourceDocument("p", "feed.jsonl:3", "https://mirror.example.org/p", SourceDocument.Format.HTML,
                page, "UTF-8", "Given title", LocalDate.of(2021, 3, 20), null));
        assertThat(a.url()).isEqualTo("https://mirror.example.org/p");
        assertThat(a.published()).isEqualTo(LocalDate.of(2021, 3, 20));
        assertThat(a.title()).isEqualTo("Given title");
    }

    @Test
    void neverThrowsOnDeeplyNestedMarkup() {
        String deep = "<div>".repeat(5000) + "<p>" + "Text deep down in a broken page, repeated for length. ".repeat(10) + "</p>";
        Article a = Fixtures.extractMarkup("<html><body>" + deep + "</body></html>");
        assertThat(a.text()).contains("Text deep down in a broken page");
    }

    @Test
    void extractsThePlainTextSeedCaptureAsTitleAndBody() throws Exception {
        Article a = Fixtures.EXTRACTOR.extract(new SourceDocument("page", "page.txt", null, SourceDocument.Format.TEXT,
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../examples/esper-iran-bases.txt")), null, null, null, null));
        String article = Fixtures.text("seed/article.txt");
        int nl = article.indexOf('\n');
        assertThat(a.title()).isEqualTo(article.substring(0, nl));
        assertThat(a.text()).isEqualTo(article.substring(nl + 1).strip());
        assertThat(a.text()).doesNotContain("skip to Main Content", "Back To Top");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.errors()).isEmpty();
    }

    @Test
    void decodesPlainTextInOtherCharsets() {
        byte[] latin1 = "Titel der Meldung\n\nDie Gemeinde hat beschlossen, die Brücke über den Fluss bis zum Frühjahr zu erneuern."
                .getBytes(StandardCharsets.ISO_8859_1);
        Article a = Fixtures.EXTRACTOR.extract(new SourceDocument("t", "t.txt", null, SourceDocument.Format.TEXT, latin1, null, null, null, null));
        assertThat(a.title()).isEqualTo("Titel der Meldung");
        assertThat(a.text()).isEqualTo("Die Gemeinde hat beschlossen, die Brücke über den Fluss bis zum Frühjahr zu erneuern.");
    }
}
