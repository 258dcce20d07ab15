package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
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
            "The union wants talks with the employers, not strikes, according to a statement released on Friday.");

    @Test
    void buildsTheSameEnhancedGraphAsCoreNlpsOwnAnnotator() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        Annotation annotation = new Annotation(TEXT);
        new StanfordCoreNLP(p).annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(5);

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
