package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Stage;

/**
 * The nlp stage: runs Stanford CoreNLP over the article text and turns its annotations into a
 * {@link Parse}. The CoreNLP pipeline is loaded once per instance and is safe to share between
 * threads, each call annotating its own document.
 */
public final class NlpStage implements Stage {

    private final StanfordCoreNLP corenlp;

    /** Loads CoreNLP with the default Herodotus configuration. */
    public NlpStage() {
        this(defaultProperties());
    }

    /** Loads CoreNLP with {@code properties}. */
    public NlpStage(Properties properties) {
        this.corenlp = new StanfordCoreNLP(properties);
    }

    /** The CoreNLP configuration Herodotus uses by default. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.options", "invertible=true");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public Doc apply(Doc doc) {
        return doc.withParse(parse(doc.text(), doc.article().published()));
    }

    /** Parses {@code text}; relative dates are normalised against {@code published} when given. */
    public Parse parse(String text, LocalDate published) {
        Annotation annotation = new Annotation(text);
        if (published != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        corenlp.annotate(annotation);
        return convert(annotation);
    }

    private static Parse convert(Annotation annotation) {
        List<Sentence> sentences = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                tokens.add(new Token(ti, l.beginPosition(), l.endPosition(), l.word(), l.tag(), l.lemma(),
                        l.ner() == null ? "O" : l.ner()));
            }
            SemanticGraph graph = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    deps.add(new Dependency(-1, root.index() - 1, "root"));
                }
                for (SemanticGraphEdge e : graph.edgeIterable()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
            }
            int start = labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                    : labels.get(0).beginPosition();
            int end = labels.isEmpty() ? cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                    : labels.get(labels.size() - 1).endPosition();
            sentences.add(new Sentence(si, start, end, tokens, deps, graph != null));

            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    int first = mt.get(0).index() - 1;
                    int last = mt.get(mt.size() - 1).index();
                    String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                    int ms = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int me = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (timex != null) {
                        times.add(new TimeExpression(si, ms, me, m.get(CoreAnnotations.TextAnnotation.class),
                                timex.value()));
                    }
                    entities.add(new Entity(si, first, last, ms, me, type, m.get(CoreAnnotations.TextAnnotation.class)));
                }
            }
        }
        return new Parse(sentences, entities, times);
    }
}
