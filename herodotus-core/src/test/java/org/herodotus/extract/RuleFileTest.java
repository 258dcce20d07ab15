package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RuleFileTest {

    private static RuleFile parse(String text) throws Exception {
        return RuleFile.parse("test.rules", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsSectionsSkippingCommentsAndBlankLines() throws Exception {
        RuleFile f = parse("# header comment\n#\n[names]\nshare\n\n  related  \n# another\n[lines]\nBack to top\n");
        assertThat(f.section("names")).containsExactly("share", "related");
        assertThat(f.section("lines")).containsExactly("Back to top");
    }

    @Test
    void keepsCssIdAndAttributeSelectorsAsEntries() throws Exception {
        RuleFile f = parse("[article-body]\n#article-body\n[itemprop=articleBody]\n*[hidden]\n");
        assertThat(f.section("article-body")).containsExactly("#article-body", "[itemprop=articleBody]", "*[hidden]");
    }

    @Test
    void rejectsEntriesBeforeAnySection() {
        assertThatThrownBy(() -> parse("share\n[names]\n")).hasMessageContaining("test.rules:1");
    }

    @Test
    void namesTheMissingSection() throws Exception {
        assertThatThrownBy(() -> parse("[a]\nx\n").section("b")).hasMessageContaining("missing section [b]");
    }

    @Test
    void loadsEveryShippedRuleFile() {
        ExtractionRules rules = ExtractionRules.defaults();
        assertThat(rules.articleBody).isNotEmpty();
        assertThat(rules.isBoilerplateLine("Skip to Main Content")).isTrue();
        assertThat(rules.months.get("mai")).isEqualTo(5);
        assertThat(LanguageIdentifier.configured()).isNotEmpty();
    }
}
