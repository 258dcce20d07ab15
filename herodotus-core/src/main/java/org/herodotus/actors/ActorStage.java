package org.herodotus.actors;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;

/**
 * The actors stage: resolves every mention of a person, group, government or country to an
 * {@link Actor} with a country (ISO 3166-1 alpha-3, or IGO/NGO/IMG) and a PLOVER sector. Reads, in
 * this order, what the text says (titles, appositions, country adjectives and possessives), the
 * country table, the agents lexicon and the named-actor dictionary. Holds only an immutable
 * {@link ActorDictionary}, so one instance serves all threads.
 */
public final class ActorStage implements Stage, SpanResolver {

    private final ActorDictionary dictionary;
    private final ActorFinder finder;
    private final DictionaryHits dictionaryHits;
    private final PhraseDescriber describer;

    /** The stage with the bundled dictionaries. */
    public ActorStage() {
        this(ActorDictionary.defaults());
    }

    /** The stage with {@code dictionary} (for instance the defaults plus imported CAMEO dictionaries). */
    public ActorStage(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.finder = new ActorFinder(dictionary);
        this.dictionaryHits = new DictionaryHits(dictionary);
        this.describer = new PhraseDescriber(dictionary);
    }

    /** The dictionary this stage resolves with. */
    public ActorDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public StageContract contract() {
        // a group the text places nowhere takes the country of the story's places
        return StageContract.requires(DocPart.PARSE).reads(DocPart.PLACES).assigns(DocPart.ACTORS);
    }

    @Override
    public Doc apply(Doc doc) {
        return doc.withActors(finder.find(doc.text(), doc.parse(), doc.article().published(), doc.places()));
    }

    /**
     * The actor {@code [start, end)} refers to. A span that overlaps a known mention resolves to
     * that mention's actor; any other span ("US soldiers", "a military source", "local partners")
     * becomes a new actor whose country and sector come from its words, added to the document.
     */
    @Override
    public Resolution resolve(Doc doc, int start, int end) {
        if (start < 0 || end > doc.text().length() || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for a text of "
                    + doc.text().length() + " characters");
        }
        Actor known = doc.actorAt(start, end);
        if (known != null) {
            return new Resolution(known, doc);
        }
        PhraseDescription d = describeSpan(doc, start, end);
        String country = d == null ? null : d.country;
        String sector = d == null ? null : d.sector();
        if (d != null && d.org != null && country == null) {
            country = d.org.roleOn(doc.article().published()).country();
        }
        if (d != null && d.head != null && d.head.kinds().contains(AgentTerm.Kind.FACILITY) && country == null) {
            sector = null;  // "our bases": a place, and its words do not say whose
        }
        // Without a name or a named organisation inside, the span only describes someone.
        boolean generic = d == null || d.org == null && d.personInside == null;
        Actor actor = new Actor(nextId(doc.actors()), doc.text().substring(start, end).strip(), country, sector,
                List.of(new Span(start, end)), generic);
        List<Actor> all = new ArrayList<>(doc.actors());
        all.add(actor);
        return new Resolution(actor, doc.withActors(all));
    }

    @Override
    public boolean namesSomeone(Doc doc, int start, int end) {
        if (doc.actorAt(start, end) != null) {
            return true;
        }
        Sentence s = doc.parse().sentenceAt(start);
        if (s != null) {
            for (Token t : s.tokens()) {
                if (t.end() > start && t.start() < end && (t.pos().startsWith("NNP") || t.pos().startsWith("PRP"))) {
                    return true;
                }
            }
        }
        PhraseDescription d = describeSpan(doc, start, end);
        return d != null && (d.saysSomething() || d.personInside != null || d.country != null || d.ethnonym != null);
    }

    private PhraseDescription describeSpan(Doc doc, int start, int end) {
        Sentence s = doc.parse().sentenceAt(start);
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        if (first < 0) {
            return null;
        }
        List<DictionaryHit> hits = dictionaryHits.find(doc.text(), tokens, doc.article().published());
        return describer.describe(tokens, DictionaryHits.byToken(hits, tokens.size()), first, last + 1);
    }

    /**
     * The next free actor id after those of {@code actors} ("a7" after "a6"): one numbering for
     * every stage that adds actors, so ids never clash.
     */
    public static String nextId(List<Actor> actors) {
        int max = 0;
        for (Actor a : actors) {
            if (a.id() != null && a.id().startsWith("a")) {
                try {
                    max = Math.max(max, Integer.parseInt(a.id().substring(1)));
                } catch (NumberFormatException e) {
                    // an id in another scheme: numbering goes on after the "aN" ones
                }
            }
        }
        return "a" + (max + 1);
    }
}
