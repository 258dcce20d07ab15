package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private final PlainTextExtractor text = new PlainTextExtractor(ExtractionRules.defaults());

    @Test
    void dropsNavigationLinesAndTakesTheFirstLineAsTitle() {
        var r = text.extract("Skip to content\n\nMayor opens new bridge\n\nThe bridge opened on Monday.\n\nAdvertisement\n\nTraffic eased at once.\nBack to top\n", null);
        assertThat(r.title()).isEqualTo("Mayor opens new bridge");
        assertThat(r.body()).isEqualTo("The bridge opened on Monday.\n\nTraffic eased at once.");
    }

    @Test
    void keepsTheWholeTextAsBodyWhenTheContainerGivesTheTitle() {
        var r = text.extract("Mayor opens new bridge\n\nThe bridge opened on Monday.", "Given");
        assertThat(r.title()).isNull();
        assertThat(r.body()).isEqualTo("Mayor opens new bridge\n\nThe bridge opened on Monday.");
    }

    @Test
    void doesNotTakeARunningParagraphForATitle() {
        var r = text.extract("The bridge opened on Monday, the mayor said.\nTraffic eased at once.", null);
        assertThat(r.title()).isNull();
        assertThat(r.body()).startsWith("The bridge opened on Monday");
    }

    @Test
    void collapsesRunsOfBlankLinesAndWindowsLineEnds() {
        var r = text.extract("Title\r\n\r\n\r\n\r\nFirst.\r\n\r\n\r\nSecond.  \r\n", null);
        assertThat(r.body()).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void takesAOneLineTextForTheBodyNotTheTitle() {
        var r = text.extract("Rebels attacked a police station near the lake on Monday, the army said.\n", null);
        assertThat(r.title()).isNull();
        assertThat(r.body()).isEqualTo("Rebels attacked a police station near the lake on Monday, the army said.");
    }

    @Test
    void takesAOneLineHeadlineForTheBody() {
        var r = text.extract("Mayor opens new bridge", null);
        assertThat(r.title()).isNull();
        assertThat(r.body()).isEqualTo("Mayor opens new bridge");
    }

    @Test
    void splitsOffAHeadlineFollowedByTheBodyOnTheNextLine() {
        var r = text.extract("Mayor opens new bridge\nThe bridge opened on Monday.\n\nTraffic eased at once.", null);
        assertThat(r.title()).isEqualTo("Mayor opens new bridge");
        assertThat(r.body()).isEqualTo("The bridge opened on Monday.\n\nTraffic eased at once.");
    }

    @Test
    void dropsTheFirstLineWhenItIsTheTitleTheContainerGave() {
        var r = text.extract("Mayor opens  new bridge\nThe bridge opened on Monday.", "Mayor opens new bridge");
        assertThat(r.title()).isNull();
        assertThat(r.body()).isEqualTo("The bridge opened on Monday.");
    }

    @Test
    void takesAWireHeadlineEndingWithAFullStopWhenADatelineStandsUnderIt() {
        var r = text.extract("Police detain opposition leader in Lagos.\nLAGOS 1996-08-30\nNigerian police have detained the leader.", null);
        assertThat(r.title()).isEqualTo("Police detain opposition leader in Lagos.");
        assertThat(r.body()).startsWith("LAGOS 1996-08-30\nNigerian police");
    }

    @Test
    void takesAWireHeadlineOverTheReportersNameAndTheDateline() {
        var r = text.extract("Floods cut off northern villages.\nAmina Yusuf\nKANO, Nigeria 2003-07-14\nRising water cut the road.", null);
        assertThat(r.title()).isEqualTo("Floods cut off northern villages.");
        assertThat(text.extract("Floods cut off northern villages.\nAmina Yusuf\nLONDON (Reuters) -\nRising water cut the road.", null)
                .title()).isEqualTo("Floods cut off northern villages.");
    }

    @Test
    void aSentenceOverAnOrdinaryLineIsNoHeadline() {
        var r = text.extract("The bridge opened on Monday.\nTRAFFIC eased at once, the mayor said.", null);
        assertThat(r.title()).isNull();
    }
}
