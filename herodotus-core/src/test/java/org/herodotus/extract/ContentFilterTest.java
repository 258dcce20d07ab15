package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;

/** One boilerplate heuristic per test, on small pages. */
class ContentFilterTest {

    private static final String P1 = "<p>" + "Rain fell across the region for a third day, and rivers rose above their banks in several villages. ".repeat(3) + "</p>";
    private static final String P2 = "<p>" + "Emergency crews moved families from low-lying streets and opened two school halls as shelters. ".repeat(3) + "</p>";

    private static String body(String inner) {
        return Fixtures.extractMarkup("<html><body><div class=\"article-content\">" + inner + "</div></body></html>").text();
    }

    @Test
    void dropsShareAndSubscribeWidgetsNamedAsSuch() {
        String t = body(P1 + "<div class=\"social-share\"><p>Share this story with your friends and family today</p></div>"
                + "<div class=\"newsletter-box\"><p>Get our newsletter every morning in your inbox, free of charge</p></div>" + P2);
        assertThat(t).contains("Rain fell", "Emergency crews").doesNotContain("Share this story", "newsletter");
    }

    @Test
    void dropsCaptionsAndFigures() {
        String t = body(P1 + "<figure><img src=a.jpg><figcaption>Flooded street in the old town.</figcaption></figure>"
                + "<p class=\"caption\">A rescue boat near the bridge, photographed on Monday morning.</p>" + P2);
        assertThat(t).doesNotContain("Flooded street", "rescue boat");
    }

    @Test
    void dropsLinkListsInsideTheBody() {
        String t = body(P1 + "<ul><li><a href=/1>Storm warning issued for the coast</a></li><li><a href=/2>How to prepare your house</a></li></ul>" + P2);
        assertThat(t).doesNotContain("Storm warning", "prepare your house");
    }

    @Test
    void dropsBoilerplateLinesByTheirWording() {
        String t = body(P1 + "<p>Advertisement</p><p>Read more: Rivers keep rising in the north</p><p>Photo: Jane Roe/Agency</p>" + P2);
        assertThat(t).doesNotContain("Advertisement", "Read more", "Photo:");
    }

    @Test
    void keepsAParagraphMentioningBoilerplateWordsInPassing() {
        String t = body(P1 + "<p>The mayor asked residents to share information about missing neighbours and to read more about the relief fund on the city website.</p>" + P2);
        assertThat(t).contains("asked residents to share information");
    }

    @Test
    void dropsTheRepeatedHeadlineAndTheBylineLine() {
        String t = Fixtures.extractMarkup("<html><head><title>Rivers burst their banks</title></head><body><div class=\"article-content\">"
                + "<h1>Rivers burst their banks</h1><p>By Ana Lima</p><p>14 March 2021</p>" + P1 + P2 + "</div></body></html>").text();
        assertThat(t).startsWith("Rain fell").doesNotContain("Ana Lima", "14 March 2021");
    }

    @Test
    void dropsADateLineByTheDateLineWordsOfItsLanguage() {
        // German is in dates.rules [date-line-words]; the Italian line has words that are not
        String t = Fixtures.extractMarkup("<html><body><div class=\"article-content\">"
                + "<p>Veröffentlicht am 14. März 2021 um 10:30 Uhr</p><p>Pubblicato il 14 marzo 2021</p>" + P1 + P2
                + "</div></body></html>").text();
        assertThat(t).doesNotContain("Veröffentlicht").contains("Pubblicato il 14 marzo 2021");
    }

    @Test
    void keepsTheLeadParagraphPrintedAboveTheBodyContainer() {
        String t = Fixtures.extractMarkup("<html><body><article><h1>Rivers burst their banks</h1>"
                + "<p class=\"intro\">Three days of rain have left thousands of homes without power across the northern valleys, and more storms are on the way, officials said on Tuesday.</p>"
                + "<div class=\"article-body\">" + P1 + P2 + "</div></article></body></html>").text();
        assertThat(t).startsWith("Three days of rain have left thousands of homes");
    }

    @Test
    void keepsABodyWhoseWrapperHasABoilerplateName() {
        String t = Fixtures.extractMarkup("<html><body><div class=\"layout one-sidebar-second\"><div>" + P1 + P2 + "</div></div>"
                + "<div class=\"sidebar\"><a href=/>Other news</a></div></body></html>").text();
        assertThat(t).contains("Rain fell", "Emergency crews").doesNotContain("Other news");
    }

    @Test
    void findsTheBodyByScoringWhenNoContainerIsNamed() {
        String t = Fixtures.extractMarkup("<html><body><div id=\"x1\"><a href=/>Home</a> <a href=/a>World</a> <a href=/b>Sport</a></div>"
                + "<div id=\"x2\">" + P1 + P2 + "</div><div id=\"x3\"><p><a href=/c>Imprint</a></p></div></body></html>").text();
        assertThat(t).startsWith("Rain fell").contains("Emergency crews").doesNotContain("Home", "Imprint");
    }

    @Test
    void dropsCommentSections() {
        String t = body(P1 + P2 + "<div id=\"comments\"><h3>Comments</h3><p>I live there and the water came up very fast overnight, we had no warning at all.</p></div>");
        assertThat(t).doesNotContain("I live there");
    }
}
