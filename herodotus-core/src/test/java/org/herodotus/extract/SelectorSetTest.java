package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.QueryParser;
import org.junit.jupiter.api.Test;

class SelectorSetTest {

    private static final String PAGE = "<body><div id=Main class='Story-Body x'><p itemprop=articleBody>a</p>"
            + "<article><div class=body>b</div></article><h2 class='entry-title big'>c</h2><time datetime=2020-01-01>d</time></div></body>";

    private static List<List<Element>> match(String... css) {
        List<ExtractionRules.Selector> selectors = java.util.Arrays.stream(css)
                .map(c -> new ExtractionRules.Selector(c, QueryParser.parse(c))).toList();
        Document doc = Jsoup.parse(PAGE);
        return new SelectorSet(selectors).matches(doc, doc.getAllElements());
    }

    @Test
    void matchesLikeJsoupInOnePass() {
        String[] css = {"#Main", ".story-body", "[itemprop=articleBody]", "article .body", "[class*=entry-title]",
                "time[datetime]", "h2.entry-title", "section", "div"};
        List<List<Element>> got = match(css);
        Document doc = Jsoup.parse(PAGE);
        for (int i = 0; i < css.length; i++) {
            assertThat(got.get(i).stream().map(Element::text).toList())
                    .as(css[i]).isEqualTo(doc.select(css[i]).stream().map(Element::text).toList());
        }
    }

    @Test
    void aUnionOfSetsFindsWhatEachSetFindsAlone() {
        List<ExtractionRules.Selector> first = java.util.stream.Stream.of(".story-body", "time[datetime]", "div")
                .map(c -> new ExtractionRules.Selector(c, QueryParser.parse(c))).toList();
        List<ExtractionRules.Selector> second = java.util.stream.Stream.of("h2.entry-title", ".STORY-BODY", "section")
                .map(c -> new ExtractionRules.Selector(c, QueryParser.parse(c))).toList();
        SelectorSet a = new SelectorSet(first);
        SelectorSet b = new SelectorSet(second);
        SelectorSet union = SelectorSet.union(List.of(a, b));
        Document doc = Jsoup.parse(PAGE);
        PageIndex index = new PageIndex(doc, union);
        assertThat(union.holds(b)).isTrue();
        assertThat(index.bodyMatches(b)).isEqualTo(b.matches(doc, index.bodyElements()));
        assertThat(index.bodyMatches(a)).isEqualTo(a.matches(doc, index.bodyElements()));
        assertThat(index.bodyMatches(b).get(1)).extracting(Element::id).containsExactly("Main");
    }
}
