package org.herodotus.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.actors.ActorStage;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Actor;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * The actors of one article as the claims stage sees them while it reads the claims: those the
 * actors stage found, plus the speakers and parties that only a claim names ("a military source",
 * "government forces" in "accused government forces of looting"). One instance per article; not
 * thread-safe.
 */
final class ClaimActors {

    private static final Set<String> RELATIVE_PRONOUNS = ClaimWords.of("relative-pronouns");
    private static final Set<String> QUANTIFIERS = ClaimWords.of("quantifiers");

    private final ClaimLexicon lexicon;
    private final SpanResolver resolver;
    private Doc doc;
    /** Anonymous speakers by their normalised description ("military source"), so that two mentions are one actor. */
    private final Map<String, String> anonymous = new LinkedHashMap<>();

    ClaimActors(ClaimLexicon lexicon, SpanResolver resolver, Doc doc) {
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.doc = doc;
    }

    /** The document with every actor found so far. */
    Doc doc() {
        return doc;
    }

    /** The actor with {@code id}, or null. */
    Actor byId(String id) {
        if (id == null) {
            return null;
        }
        for (Actor a : doc.actors()) {
            if (id.equals(a.id())) {
                return a;
            }
        }
        return null;
    }

    /**
     * The actor a speaker span names: a known actor, else the noun a relative pronoun refers to
     * ("Esper, who said …"), else an anonymous source of its own ("a military source",
     * "officials") when a source word of the lexicon heads the span; null when it names nobody.
     */
    String speaker(Span span) {
        Actor known = doc.actorAt(span.start(), span.end());
        if (known != null) {
            return known.id();
        }
        String antecedent = antecedent(span);
        return antecedent != null ? antecedent : anonymousSource(span);
    }

    /**
     * The actor a span naming a party refers to ("government forces", "Moslem guerrillas"): a
     * known actor, else a new one whose country and sector its words give; null when the span
     * names no one (no noun, or only a pronoun the actors stage did not resolve).
     */
    String party(Span span) {
        if (span == null) {
            return null;
        }
        Actor known = doc.actorAt(span.start(), span.end());
        if (known != null) {
            return known.id();
        }
        List<Token> tokens = ParseSpans.tokensIn(doc.parse(), span);
        boolean noun = false;
        for (Token t : tokens) {
            noun |= t.pos().startsWith("NN");
        }
        if (!noun || resolver == null || !resolver.namesSomeone(doc, span.start(), span.end())) {
            return null; // "condemned the coup": the deed, not who did it
        }
        SpanResolver.Resolution r = resolver.resolve(doc, span.start(), span.end());
        doc = r.doc();
        return r.actor().id();
    }

    /**
     * The actor of the noun a relative pronoun speaker refers back to ("Esper, who said …",
     * "Houthi forces, who said …"): the noun of the parse's {@code ref} edge, else the noun the
     * pronoun's clause is a relative clause of, else an actor named right before ", who"; null when
     * the span is no relative pronoun or names nobody.
     */
    private String antecedent(Span span) {
        Sentence s = doc.parse().sentenceAt(span.start());
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        Token word = s.tokenAt(span.start());
        if (word == null || word.end() != span.end() || !RELATIVE_PRONOUNS.contains(word.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int pronoun = word.index();
        int noun = -1;
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("ref") && d.dependent() == pronoun && d.governor() >= 0) {
                noun = d.governor();
            }
        }
        if (noun < 0) {
            for (Dependency up : s.heads(pronoun)) {
                for (Dependency d : s.dependencies()) {
                    if (d.baseRelation().equals("acl") && d.dependent() == up.governor() && d.governor() >= 0) {
                        noun = d.governor();
                    }
                }
            }
        }
        if (noun >= 0) {
            Actor a = doc.actorAt(tokens.get(noun).start(), tokens.get(noun).end());
            for (Dependency m : s.children(noun)) {
                if (a == null && m.dependent() < noun) {
                    a = doc.actorAt(tokens.get(m.dependent()).start(), tokens.get(m.dependent()).end());
                }
            }
            if (a != null) {
                return a.id();
            }
        }
        // No parse of the clause: an actor named just before the comma ("Houthi forces, who").
        String text = doc.text();
        for (Actor a : doc.actors()) {
            for (Span m : a.mentions()) {
                if (m.end() <= span.start() && text.substring(m.end(), span.start()).matches("\\s*,\\s*")) {
                    return a.id();
                }
            }
        }
        return null;
    }

    /** An anonymous source ("a military source"), one actor per description; null without a source word. */
    private String anonymousSource(Span span) {
        List<Token> tokens = ParseSpans.tokensIn(doc.parse(), span);
        Token head = null;
        String sector = null;
        String country = null;
        StringBuilder name = new StringBuilder();
        for (Token t : tokens) {
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (w != null && w.head()) {
                head = t;
                if (sector == null) {
                    sector = w.sector();
                }
            } else if (w != null && w.sector() != null) {
                sector = w.sector();
            }
            Actor inner = doc.actorAt(t.start(), t.end());
            if (inner != null && inner.country() != null) {
                country = inner.country();
            }
            if (!t.pos().equals("DT") && !t.pos().equals("CD") && !QUANTIFIERS.contains(t.word().toLowerCase(Locale.ROOT))) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(t == head || t.pos().startsWith("NNS") ? t.lemma().toLowerCase(Locale.ROOT) : t.word());
            }
        }
        if (head == null) {
            return null;
        }
        String key = name.toString();
        String id = anonymous.get(key);
        List<Actor> actors = new ArrayList<>(doc.actors());
        if (id == null) {
            id = ActorStage.nextId(actors);
            anonymous.put(key, id);
            actors.add(new Actor(id, key, country, sector, List.of(span), true));
        } else {
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                if (a.id().equals(id)) {
                    List<Span> mentions = new ArrayList<>(a.mentions());
                    mentions.add(span);
                    actors.set(i, a.withMentions(mentions));
                }
            }
        }
        doc = doc.withActors(actors);
        return id;
    }
}
