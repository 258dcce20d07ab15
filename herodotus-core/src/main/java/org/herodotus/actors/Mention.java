package org.herodotus.actors;

import java.util.List;
import org.herodotus.nlp.Token;

/**
 * A candidate mention of an actor in one sentence: tokens {@code [first, end)}, characters
 * {@code [start, endChar)} (a title before a name widens {@code start}), what kind of words they
 * are and what they say. Made by {@link SentenceMentions}; {@link MentionGrouper} gives it the
 * {@link #key} of the actor it joins.
 */
final class Mention {

    /** What kind of words name the actor. */
    enum Kind {
        /** A country name, adjective or capital of the country table ("Iran", "Iraqi", "Tehran"). */
        COUNTRY,
        /** A named actor of the dictionaries ("Kataib Hezbollah", "Mark Esper"). */
        NAMED,
        /** A person the named-entity recogniser finds and no dictionary knows. */
        PERSON,
        /** An organisation the named-entity recogniser finds and no dictionary knows. */
        ORG,
        /** A noun phrase headed by an agent word ("Iraqi forces", "a military source"). */
        AGENT,
        /** A definite singular title ("the US DoD secretary"), which may be a person named before. */
        TITLE_NP,
        /** A personal pronoun ("he", "her"). */
        PRONOUN
    }

    final Kind type;
    final int sentence;
    int first;
    int end;
    int start;
    int endChar;
    String nameText;
    CountryRef country;
    NamedActor named;
    PhraseDescription description;
    boolean nerPerson;
    boolean definite;
    boolean plural;
    /** Swallowed by another mention's title or apposition; dropped at the end of the sentence. */
    boolean absorbed;
    /** The mention this one repeats (an acronym in brackets, an apposition), else null. */
    Mention owner;
    /** For a pronoun that is a verb's subject or object: that verb's token index, else -1. */
    int verb = -1;
    /** For a pronoun: whether it is its verb's subject. */
    boolean subject;
    /** A country mention that is a person named by nationality ("the 48-year-old Australian"). */
    boolean national;
    String key;

    Mention(Kind type, int sentence, int first, int end, List<Token> tokens) {
        this.type = type;
        this.sentence = sentence;
        this.first = first;
        this.end = end;
        this.start = tokens.get(first).start();
        this.endChar = tokens.get(end - 1).end();
    }

    /** Whether the mention names a person (by the recogniser or the dictionaries). */
    boolean person() {
        return type == Kind.PERSON || type == Kind.NAMED && named.person();
    }
}
