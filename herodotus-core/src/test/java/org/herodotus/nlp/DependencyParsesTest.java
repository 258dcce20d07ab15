package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DependencyParsesTest {

    /** Sentences with coordination, relative clauses, passives and prepositions: what enhanced++ rewrites. */
    private static final String TEXT = String.join("\n",
            "Rebels and soldiers clashed near the border town on Sunday, and at least twelve people were killed.",
            "The minister, who resigned last month, said the police had arrested protesters in front of the parliament.",
            "Officials in Baghdad said nobody was hurt when the rockets, fired by a militia backed by Tehran, hit the airport.",
            "Ships carrying grain from Odesa and Mykolaiv were searched by inspectors but allowed to continue to Istanbul.",
            "The union wants talks with the employers, not strikes, according to a statement released on Friday.",
            // Words the model does not know, symbols, a one-word sentence, a headline in capitals,
            // a long list: states the feature template reaches less often.
            "Why?",
            "The @UN_News account posted https://example.org/x?id=7 at 10:45 GMT+3, citing Zaporizhzhia's governor.",
            "EXPLOSIONS ROCK KHARTOUM AS TRUCE COLLAPSES",
            "Delegates from France, Germany, Italy, Spain, Poland, the Netherlands, Belgium, Sweden, Austria and"
                    + " Ireland met in Brussels on 3 March 2024, agreed on a 12.5 % tariff, and left before noon.");

    @Test
    void buildsTheSameEnhancedGraphAsCoreNlpsOwnAnnotator() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation annotation = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(9);

        new DependencyParseAnnotator().annotate(annotation);
        List<List<String>> expected = new ArrayList<>();
        for (CoreMap s : sentences) {
            expected.add(edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
            s.remove(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        }

        new DependencyParses().annotate(sentences);
        List<List<String>> actual = new ArrayList<>();
        for (CoreMap s : sentences) {
            actual.add(edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
        }
        assertThat(actual).isEqualTo(expected);
        // enhanced++ edges, not basic ones: the conjoined subject is spread over the verb
        assertThat(actual.get(0)).contains("clashed -nsubj-> Rebels", "clashed -nsubj-> soldiers", "clashed -conj:and-> killed");
    }

    @Test
    void makesTheArcsOfCoreNlpsOwnParser() {
        List<CoreMap> sentences = tagged(TEXT);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
        ArcStandardParser ours = new ArcStandardParser(ParserWeights.load(ParserWeights.ENGLISH_UD));
        for (CoreMap s : sentences) {
            List<String> expected = new ArrayList<>();
            coreNlp.predict(s).typedDependencies().stream()
                    .sorted(Comparator.comparingInt(td -> td.dep().index()))
                    .forEach(td -> expected.add(td.dep().index() + " <-" + td.reln().getShortName() + "- " + td.gov().index()));
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> actual = new ArrayList<>();
            DependencyParses.structure(tokens, ours.parse(tokens)).typedDependencies().stream()
                    .sorted(Comparator.comparingInt(td -> td.dep().index()))
                    .forEach(td -> actual.add(td.dep().index() + " <-" + td.reln().getShortName() + "- " + td.gov().index()));
            assertThat(actual).as(s.toString()).isEqualTo(expected);
        }
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        Annotation annotation = new Annotation("Protesters gathered outside the embassy.");
        new StanfordCoreNLP(p).annotate(annotation);
        DependencyParses parses = new DependencyParses();
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> parses.annotate(annotation.get(CoreAnnotations.SentencesAnnotation.class)))
                .isInstanceOf(RuntimeInterruptedException.class);
    }

    private static List<CoreMap> tagged(String text) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation annotation = new Annotation(text);
        new StanfordCoreNLP(p).annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class);
    }

    /** The graph's roots and edges, in the order NlpStage reads them. */
    private static List<String> edges(SemanticGraph g) {
        List<String> out = new ArrayList<>();
        g.getRoots().forEach(r -> out.add("root " + r.word() + "-" + r.index()));
        for (SemanticGraphEdge e : g.edgeIterable()) {
            out.add(e.getGovernor().word() + " -" + e.getRelation() + "-> " + e.getDependent().word());
        }
        return out;
    }
}
