package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

/**
 * The features the attribution tagger reads, on short articles: one list per token, what the rule
 * finder proposes marked on the tokens it proposes, and the window of an argument chain kept to
 * the cue's paragraph.
 */
class TaggerFeaturesTest {

    private final TaggerFeatures features = new TaggerFeatures(ClaimLexicon.defaults());

    private TaggerArticle article(String text) {
        Doc doc = SharedNlp.stage().apply(Doc.of(new Article("t", null, null, null, null, "en", text, List.of())));
        return features.article(doc.text(), doc.parse());
    }

    private static int token(TaggerArticle a, String word) {
        List<Token> tokens = a.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    @Test
    void givesOneFeatureListPerTokenOfTheWholeArticle() {
        TaggerArticle a = article("The ministry said the crossing was closed.\n\nHeavy rain flooded the market.");
        assertThat(features.cueFeatures(a)).hasSize(a.tokens().size());
    }

    @Test
    void marksTheCueSourceAndContentTheRuleFinderProposes() {
        TaggerArticle a = article("The ministry said the crossing was closed.\n\nFloods in Juba.");
        List<List<String>> f = features.cueFeatures(a);
        assertThat(f.get(token(a, "said"))).contains("cand=cue|B", "cand=cue|verb|listed|say");
        assertThat(f.get(token(a, "ministry"))).contains("cand=src|E");
        assertThat(f.get(token(a, "crossing"))).anyMatch(s -> s.startsWith("cand=con|"));
        assertThat(f.get(token(a, "Floods"))).contains("cand=none");
    }

    @Test
    void marksAVerbOutsideTheLexiconAsAnUnlistedProposal() {
        // the features see the rule finder in its broad mode: any verb with a subject and an object
        TaggerArticle a = article("Heavy rain flooded the market.");
        assertThat(features.cueFeatures(a).get(token(a, "rain"))).contains("cand=src|E|verb-object|unlisted")
                .doesNotContain("cand=none");
    }

    @Test
    void computesTheSameFeaturesForTheSameText() {
        String text = "Witnesses told Reuters that soldiers opened fire on the crowd.";
        assertThat(features.cueFeatures(article(text))).isEqualTo(features.cueFeatures(article(text)));
    }

    @Test
    void keepsTheArgumentWindowInTheCuesParagraph() {
        TaggerArticle a = article("Fighting resumed near the dam on Friday.\n\n"
                + "A spokesman for the army said the rebels had shelled the town.");
        int cue = token(a, "said");
        int[] window = TaggerFeatures.window(a, cue, cue);
        assertThat(window[0]).isEqualTo(token(a, "A"));
        assertThat(window[1]).isEqualTo(a.tokens().size());
        List<List<String>> f = features.argumentFeatures(a, cue, cue, window);
        assertThat(f).hasSize(window[1] - window[0]);
        assertThat(f.get(cue - window[0])).contains("a:d=0");
        assertThat(f.get(token(a, "spokesman") - window[0])).contains("a:d=-3-4");
    }
}
