package org.herodotus.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;

/**
 * The neural dependency parser of CoreNLP's {@code depparse} annotator: same model, same parses
 * to the arc, but faster ({@link ParserWeights} says why and how), and keeping only the one graph
 * the later stages read: the enhanced++ Universal Dependencies. The annotator derives five graphs
 * from each parse (basic, collapsed, CC-processed, enhanced, enhanced++), and building the four
 * unused ones cost about a fifth of the parser's time. Thread-safe: one instance serves every
 * worker thread.
 */
final class DependencyParses {

    private final ArcStandardParser parser;

    /** Loads CoreNLP's default English UD model. */
    DependencyParses() {
        this.parser = new ArcStandardParser(ParserWeights.load(ParserWeights.ENGLISH_UD));
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
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            GrammaticalStructure structure = structure(tokens, parser.parse(tokens));
            SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
                    SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
        }
    }

    /** The parse as CoreNLP's parser hands it on: basic dependencies, from which the graphs are made. */
    static GrammaticalStructure structure(List<CoreLabel> tokens, ArcStandardParser.Arcs arcs) {
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = arcs.heads()[i];
            IndexedWord word = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(arcs.labels()[i]);
            dependencies.add(new TypedDependency(relation, governor, word));
        }
        return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null ? known
                : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
    }
}
