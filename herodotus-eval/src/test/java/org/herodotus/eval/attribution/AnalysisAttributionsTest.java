package org.herodotus.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;
import org.junit.jupiter.api.Test;

/** Claims and quotes of an Analysis JSON object read back as PolNeAR relations in gold offsets. */
class AnalysisAttributionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The gold text: spaces at the ends of lines and two blank lines after the headline. */
    private static final String GOLD = "Rebels shelled Goma airport, army says  \n\n\n"
            + "The army said rebels shelled the airport on Tuesday.  \nThe bridge will reopen on Friday, it was announced.";

    /** What the pipeline analysed: the same words, spaced as the article reader spaces them. */
    private static final String ANALYSED = "Rebels shelled Goma airport, army says\n\n"
            + "The army said rebels shelled the airport on Tuesday.\nThe bridge will reopen on Friday, it was announced.";

    private static ObjectNode span(String text, String part, boolean named) {
        int s = text.indexOf(part);
        ObjectNode o = MAPPER.createObjectNode();
        if (named) {
            o.put("start", s).put("end", s + part.length());
        } else {
            o.putNull("start").putNull("end");
        }
        return o;
    }

    private static void item(ArrayNode array, String source, String cue, String content) {
        ObjectNode o = array.addObject();
        o.set("source", source == null ? span(ANALYSED, "", false).put("actor", "a1") : span(ANALYSED, source, true));
        o.set("cue", span(ANALYSED, cue, true));
        o.set("content", span(ANALYSED, content, true));
    }

    private static JsonNode analysis() {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("id", "f1").put("text", ANALYSED).put("bodyStart", ANALYSED.indexOf("The army"));
        item(a.putArray("claims"), "The army", "said", "rebels shelled the airport on Tuesday");
        item(a.putArray("quotes"), null, "it was announced", "The bridge will reopen on Friday");
        return a;
    }

    private static List<Fragment> at(String part) {
        int s = GOLD.indexOf(part);
        return List.of(new Fragment(s, s + part.length()));
    }

    @Test
    void everyClaimAndQuoteIsARelationInGoldOffsets() {
        List<Relation> relations = AnalysisAttributions.relations(analysis(), GOLD);
        assertThat(relations).containsExactly(
                new Relation(at("The army"), at("said"), at("rebels shelled the airport on Tuesday")),
                new Relation(List.of(), at("it was announced"), at("The bridge will reopen on Friday")));
    }

    @Test
    void aQuoteWithAnUnnamedSourceHasNoSourceSpan() {
        assertThat(AnalysisAttributions.relations(analysis(), GOLD).get(1).source()).isEmpty();
    }

    @Test
    void identicalTextsKeepTheirOffsets() {
        TextAlignment same = TextAlignment.of(GOLD, GOLD);
        assertThat(same.start(44)).isEqualTo(44);
        assertThat(same.end(GOLD.length())).isEqualTo(GOLD.length());
    }

    @Test
    void aComposedAccentStillMapsTheWordsAroundIt() {
        String gold = "Cafe\u0301 owners said prices rose.";
        String analysed = "Caf\u00e9 owners said prices rose.";
        TextAlignment align = TextAlignment.of(analysed, gold);
        int said = analysed.indexOf("said");
        assertThat(gold.substring(align.start(said), align.end(said + 4))).isEqualTo("said");
    }

    @Test
    void predictionsAreWrittenInTheReferenceScorersFormat() {
        String text = "\uD83D\uDCF0 Officials said it.";
        List<Relation> rels = List.of(new Relation(List.of(new Fragment(3, 12)), List.of(new Fragment(13, 17)),
                List.of(new Fragment(18, 20))));
        assertThat(AnalysisAttributions.predictionLine("f1", rels, text)).isEqualTo(
                "{\"id\":\"f1\",\"attributions\":[{\"source\":[[2,11]],\"cue\":[[12,16]],\"content\":[[17,19]]}]}");
    }
}
