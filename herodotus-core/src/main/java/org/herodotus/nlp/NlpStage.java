package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;

/**
 * The nlp stage: runs Stanford CoreNLP over the article text and turns its annotations into a
 * {@link Parse}. Cheap annotators run on every sentence (tokens, sentences, parts of speech,
 * lemmas, one CRF named-entity model); the dependency parser runs only on the sentences a
 * {@link ParseFilter} asks for, and SUTime ({@link DatePass}) only around the words that can start
 * a date. Everything is loaded once per instance; the annotators are shared by all threads, each call
 * annotating its own document (docs/nlp.md has the measured cost of each choice).
 */
public final class NlpStage implements Stage {

    private final StanfordCoreNLP corenlp;
    private final DependencyParses depparse;
    private final DatePass dates;
    private final ParseFilter filter;
    private final NlpLimits limits;

    /** Loads CoreNLP with the default Herodotus configuration, parsing every sentence. */
    public NlpStage() {
        this(defaultProperties(), ParseFilter.ALL);
    }

    /** Loads CoreNLP with the default configuration; only sentences {@code filter} accepts are parsed. */
    public NlpStage(ParseFilter filter) {
        this(defaultProperties(), filter);
    }

    /**
     * Loads CoreNLP with {@code properties} for the annotators that run on every sentence (which
     * must not include depparse: this stage runs the parser itself, on the sentences {@code filter}
     * selects).
     */
    public NlpStage(Properties properties, ParseFilter filter) {
        this(properties, filter, NlpLimits.DEFAULT);
    }

    /**
     * As {@link #NlpStage(Properties, ParseFilter)}, with the bounds on sentence and article length
     * given instead of {@link NlpLimits#DEFAULT}.
     */
    public NlpStage(Properties properties, ParseFilter filter, NlpLimits limits) {
        String annotators = properties.getProperty("annotators", "");
        if (annotators.contains("depparse") || annotators.matches(".*\\bparse\\b.*")) {
            throw new IllegalArgumentException("the nlp stage runs the parser itself: leave depparse out of \"annotators\"");
        }
        this.corenlp = new StanfordCoreNLP(properties);
        this.depparse = new DependencyParses();
        this.dates = new DatePass();
        this.filter = filter == null ? ParseFilter.ALL : filter;
        this.limits = limits;
    }

    /** The CoreNLP configuration Herodotus uses by default for the annotators run on every sentence. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // A line break ends a sentence: headlines, datelines and bylines stand on lines of their
        // own in news text and must not run into the lead's first sentence ("Larisa Sayenko MINSK
        // A senior politician accused …" made the byline the accuser).
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // One CRF model instead of three, no fine-grained or numeric classifiers, no SUTime inside
        // NER (run below only where a date can be): the bulk of the speed-up, see docs/nlp.md.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /** Which sentences get a dependency parse. */
    public ParseFilter filter() {
        return filter;
    }

    @Override
    public String name() {
        return "nlp";
    }

    @Override
    public StageContract contract() {
        // the parse every later stage reads
        return StageContract.requires().assigns(DocPart.PARSE);
    }

    @Override
    public Doc apply(Doc doc) {
        // Hostile input (one endless sentence, a page of two million paragraphs) is cut to bounds
        // CoreNLP and the later stages handle in seconds; ordinary articles pass untouched.
        NlpLimits.Bounded bounded = limits.bound(doc.text());
        Doc parsed = doc.withParse(parse(bounded.text(), doc.article().published()));
        if (bounded.truncated() != null) {
            parsed = parsed.withError(doc.article().id() + ": " + bounded.truncated());
        }
        return bounded.cut() == null ? parsed : parsed.withNote(doc.article().id() + ": " + bounded.cut());
    }

    /** Parses {@code text}; relative dates are normalised against {@code published}, and stay unresolved without it. */
    public Parse parse(String text, LocalDate published) {
        Annotation annotation = new Annotation(text);
        corenlp.annotate(annotation);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return Parse.EMPTY;
        }
        List<CoreMap> toParse = new ArrayList<>();
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            if (filter.needsParse(sentence(si, cs, false))) {
                toParse.add(cs);
            }
        }
        depparse.annotate(toParse);
        List<Sentence> sentences = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        String docDate = published == null ? null : published.toString();
        SUTime.TimeIndex timeIndex = new SUTime.TimeIndex();
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap cs = coreSentences.get(si);
            sentences.add(sentence(si, cs, true));
            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    entities.add(new Entity(si, mt.get(0).index() - 1, mt.get(mt.size() - 1).index(),
                            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                            m.get(CoreAnnotations.TextAnnotation.class)));
                }
            }
            times.addAll(dates.times(si, cs, docDate, timeIndex));
        }
        return new Parse(sentences, entities, times);
    }

    private static Sentence sentence(int si, CoreMap cs, boolean withDependencies) {
        List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int ti = 0; ti < labels.size(); ti++) {
            CoreLabel l = labels.get(ti);
            tokens.add(new Token(ti, l.beginPosition(), l.endPosition(), l.word(), l.tag(), l.lemma(),
                    l.ner() == null ? "O" : l.ner()));
        }
        SemanticGraph graph = withDependencies
                ? cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) : null;
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
        return new Sentence(si, start, end, tokens, deps, graph != null);
    }

}
