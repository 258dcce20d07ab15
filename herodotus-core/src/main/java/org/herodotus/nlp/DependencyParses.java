package org.herodotus.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.List;
import java.util.Properties;

/**
 * The neural dependency parser, run the way CoreNLP's {@code depparse} annotator runs it (same
 * model, same defaults), but keeping only the one graph the later stages read: the enhanced++
 * Universal Dependencies. The annotator derives five graphs from each parse (basic, collapsed,
 * CC-processed, enhanced, enhanced++), and building the four unused ones cost about a fifth of
 * the parser's time. Thread-safe: one instance serves every worker thread.
 */
final class DependencyParses {

    private final DependencyParser parser;

    /** Loads CoreNLP's default English UD model, with the annotator's default options. */
    DependencyParses() {
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    }

    /**
     * Parses each of {@code sentences} (tokens, parts of speech and lemmas set) and stores its
     * enhanced++ graph in it. Like the annotator, stops with a {@link RuntimeInterruptedException}
     * when the calling thread is interrupted between two sentences.
     */
    void annotate(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            GrammaticalStructure structure = parser.predict(sentence);
            SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
                    SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
        }
    }
}
