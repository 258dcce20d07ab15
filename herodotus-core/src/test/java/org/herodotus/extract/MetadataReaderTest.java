package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;

/** Title, byline and date heuristics, each on a small page of the shape that calls for it. */
class MetadataReaderTest {

    private static final String BODY = "<p>" + "The committee met on Tuesday and agreed on a new budget for the harbour district. ".repeat(6) + "</p>";

    private static Article page(String head, String beforeBody) {
        return Fixtures.extractMarkup("<html><head>" + head + "</head><body>" + beforeBody + "<div class=\"article-body\">" + BODY + "</div></body></html>");
    }

    @Test
    void takesTheHeadlineThatAgreesWithTheDeclaredTitleNotTheSiteLogo() {
        Article a = page("<title>Budget agreed for the harbour | Coast Courier</title>",
                "<h1 class=\"site-title\">Coast Courier</h1><h2 class=\"entry-title\">Budget agreed for the harbour</h2>");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void stripsTheSiteNameFromTheDeclaredTitle() {
        Article a = page("<meta property=\"og:site_name\" content=\"Coast Courier\"><title>Coast Courier - Budget agreed for the harbour</title>", "");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void dropsAKickerTheDeclaredHeadlineLacks() {
        Article a = page("<meta property=\"og:title\" content=\"Budget agreed for the harbour\">",
                "<h1>Harbour: Budget agreed for the harbour</h1>");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void leavesKickersAndScreenReaderLabelsOutOfTheHeadline() {
        Article a = page("", "<h1><span class=\"article-kicker\">Harbour</span> <span class=\"sr-only\">Headline:</span> Budget agreed for the harbour</h1>");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void dropsADateHangingOffTheTitle() {
        Article a = page("<title>Budget agreed for the harbour : 06.11.2023, 11.41 Uhr</title>", "");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void decodesEntitiesEscapedTwiceInMetaTags() {
        Article a = page("<meta property=\"og:title\" content=\"Sand &amp;#038; sea: the harbour budget\">", "");
        assertThat(a.title()).isEqualTo("Sand & sea: the harbour budget");
    }

    @Test
    void cleansBylines() {
        Article a = page("", "<div class=\"byline\">By Jane Doe | Updated 14 March 2021</div>");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        Article b = page("", "<span class=\"author\">Von Karl Berg, 12.02.2022</span>");
        assertThat(b.byline()).isEqualTo("Karl Berg");
        Article c = page("<meta name=\"author\" content=\"https://facebook.com/someone\">", "");
        assertThat(c.byline()).as("a URL is not a name").isNull();
    }

    @Test
    void findsTheDateWrittenNextToTheHeadline() {
        Article a = page("", "<h1>Budget agreed</h1><div class=\"xyz-meta\"><span>Kiel, 24. April 2020</span></div>"
                + "<aside><p>Older: 3. März 2019</p></aside>");
        assertThat(a.published()).hasToString("2020-04-24");
    }

    @Test
    void findsTheDateInPageScriptData() {
        Article a = page("<script>window.__DATA__={\"article\":{\"published_at\":\"2019-03-02T06:22:28+01:00\"}}</script>", "");
        assertThat(a.published()).hasToString("2019-03-02");
    }

    @Test
    void prefersThePublicationDateToTheModificationDate() {
        Article a = page("<meta property=\"article:modified_time\" content=\"2022-02-01\"><meta property=\"article:published_time\" content=\"2022-01-31\">", "");
        assertThat(a.published()).hasToString("2022-01-31");
    }

    @Test
    void splitsTitlesAtSeparatorsAsAPatternSplitWould() {
        for (String t : new String[] {"Headline | Site", "A | B | C", "No separator", "Ends | ", " | Starts", "A |  | B"}) {
            assertThat(TitleParts.splitAt(t, "|")).as(t).containsExactly(t.split(java.util.regex.Pattern.quote(" | ")));
        }
    }

    @Test
    void findsIsoDatesInScriptsByScanning() {
        String script = "var x = {\"id\": 12-3, \"datePublished\": \"2019-11-19T10:00\"};";
        int at = PublicationDateReader.isoDate(script, 0);
        assertThat(script.substring(at, at + 10)).isEqualTo("2019-11-19");
        assertThat(PublicationDateReader.isoDate(script, at + 10)).isEqualTo(-1);
    }

    @Test
    void prefersTheArticleHeadlineToABreadcrumbRepeatingAnotherDeclaredTitle() {
        Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour: Budget agreed, works start\"}</script>"
                        + "<meta property=\"og:title\" content=\"Budget agreed for the harbour\">",
                "<nav class=\"breadcrumb\"><h1>Harbour: Budget agreed, works start</h1></nav>"
                        + "<h2 class=\"article-headline\">Budget agreed for the harbour</h2>");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void takesALogoHeadingForTheSiteNameWhenTheTitleSaysSo() {
        Article a = page("<title>Harbour budget : Coast Courier</title>",
                "<h1 class=\"logo\">Coast Courier</h1><h2>Harbour budget</h2>");
        assertThat(a.title()).isEqualTo("Harbour budget");
    }

    @Test
    void neverTakesAScreenReaderHeading() {
        Article a = page("<title>Budget agreed for the harbour</title>",
                "<h1 class=\"screen-reader-text\">Post navigation links</h1><h1>Budget agreed</h1><h1>Other news today</h1>");
        assertThat(a.title()).isNotEqualTo("Post navigation links");
    }

    @Test
    void findsTheHeadlineLineOfAHeadingBrokenByALineBreak() {
        Article a = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Budget agreed for the harbour\"}</script>"
                        + "<meta property=\"og:site_name\" content=\"Coast Courier\">"
                        + "<title>Workout of the week | Budget agreed for the harbour - Coast Courier</title>",
                "<h1><span><small>Workout of the week</small><br>Budget agreed for the harbour</span></h1>");
        assertThat(a.title()).isEqualTo("Budget agreed for the harbour");
    }

    @Test
    void trustsTheHeadingOverARecipeNameInStructuredData() {
        Article a = page("<script type=\"application/ld+json\">{\"@type\":\"Recipe\",\"name\":\"Harbour fish stew (quick)\"}</script>"
                        + "<meta property=\"og:title\" content=\"Harbour fish stew with rice (quick) - Coast Kitchen\">",
                "<h1 class=\"entry-title\">Harbour fish stew with rice (quick)</h1><h2 class=\"recipe-title\">Harbour fish stew (quick)</h2>");
        assertThat(a.title()).isEqualTo("Harbour fish stew with rice (quick)");
    }
}
