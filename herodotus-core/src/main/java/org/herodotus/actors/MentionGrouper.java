package org.herodotus.actors;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Span;

/**
 * Groups the mentions of an article into actors, in one pass in text order: a surname joins the
 * full name, an acronym or apposition joins its name, a definite title ("the US DoD secretary")
 * joins the person who was introduced with it, "the group" joins the group named last, a pronoun
 * joins the only person in sight; groups named by what they are join by country and sector.
 */
final class MentionGrouper {

    private final ActorDictionary dict;

    MentionGrouper(ActorDictionary dict) {
        this.dict = dict;
    }

    /**
     * The actors of {@code mentions} (sorted by start), by key, in order of first grouping; sets
     * each mention's {@link Mention#key}, left null for a pronoun without a referent.
     */
    Map<String, ActorDraft> group(String text, List<Mention> mentions, LocalDate date) {
        Map<String, ActorDraft> actors = new LinkedHashMap<>();
        Map<String, Set<String>> surnames = new HashMap<>();
        // where the family name comes first ("Wang Donghai" ... "Wang"), a lone name is the
        // first word of a full name; asked only when no full name ends with it
        Map<String, Set<String>> firstWords = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Mention c : mentions) {
            if (c.person() && c.owner == null) {
                String[] words = c.nameText.trim().split("\\s+");
                if (words.length >= 2) {
                    surnames.computeIfAbsent(PhraseIndex.fold(words[words.length - 1]), k -> new LinkedHashSet<>())
                            .add(personKey(c));
                    if (words.length <= 3) {
                        firstWords.computeIfAbsent(PhraseIndex.fold(words[0]), k -> new LinkedHashSet<>())
                                .add(personKey(c));
                    }
                }
            }
        }
        for (Mention c : mentions) {
            String key = switch (c.type) {
                case COUNTRY -> {
                    String person = c.national ? nationalReferent(c, mentions, actors) : null;
                    yield person != null ? person : "C:" + c.country.code();
                }
                case NAMED -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    // "Blair" after "Jonathan P. Blair" is that man, not the office holder of the
                    // dictionary whose surname it also is
                    String[] words = c.nameText == null ? new String[0] : c.nameText.trim().split("\\s+");
                    Set<String> keys = c.named.person() && words.length == 1 ? fullName(words[0], surnames, firstWords) : null;
                    String own = "N:" + c.named.name();
                    yield keys != null && keys.size() == 1 && !keys.contains(own) ? keys.iterator().next() : own;
                }
                case PERSON -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    String[] words = c.nameText.trim().split("\\s+");
                    Set<String> keys = words.length == 1 ? fullName(words[0], surnames, firstWords) : null;
                    yield keys != null && keys.size() == 1 ? keys.iterator().next() : personKey(c);
                }
                case ORG -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    String k = acronyms.get(c.nameText);
                    yield k != null ? k : "O:" + PhraseIndex.fold(c.nameText);
                }
                case TITLE_NP -> {
                    String k = titleReferent(c, actors);
                    yield k != null ? k : agentKey(c);
                }
                case PRONOUN -> pronounReferent(c, mentions, actors);
                case AGENT -> {
                    if (c.named != null) {
                        yield "N:" + c.named.name();
                    }
                    String k = groupReferent(c, mentions, actors);
                    yield k != null ? k : agentKey(c);
                }
            };
            if (key == null) {
                continue;
            }
            c.key = key;
            if (c.owner != null && c.endChar - c.start <= 8 && c.type != Mention.Kind.COUNTRY) {
                acronyms.put(text.substring(c.start, c.endChar), key);
            }
            ActorDraft a = actors.computeIfAbsent(key, ActorDraft::new);
            a.absorb(c, date, dict);
            if ((c.type == Mention.Kind.AGENT || c.type == Mention.Kind.TITLE_NP) && key.startsWith("G:")) {
                a.generic = true;
                a.external |= c.description != null && c.description.external;
                a.local |= c.description != null && c.description.local;
            }
            if (a.firstMention == null || c.start < a.firstMention.start) {
                a.firstMention = c;
                a.firstSentence = c.sentence;
            }
            a.mentions.add(new Span(c.start, c.endChar));
            a.firstStart = Math.min(a.firstStart, c.start);
            a.lastStart = Math.max(a.lastStart, c.start);
        }
        return actors;
    }

    /** The full names a lone name may be short for: by their last word, else by their first. */
    private static Set<String> fullName(String word, Map<String, Set<String>> surnames,
                                        Map<String, Set<String>> firstWords) {
        Set<String> keys = surnames.get(PhraseIndex.fold(word));
        return keys != null ? keys : firstWords.get(PhraseIndex.fold(word));
    }

    private static String personKey(Mention c) {
        return c.type == Mention.Kind.NAMED ? "N:" + c.named.name() : "P:" + PhraseIndex.fold(c.nameText);
    }

    /** A group named by what it is: one actor per country and sector, or per sector and head word. */
    private static String agentKey(Mention c) {
        PhraseDescription d = c.description;
        String head = d.head == null ? "" : d.head.term();
        if (d.ethnonym != null) {
            return "G:E:" + d.ethnonym.replaceAll("s$", "");
        }
        if (d.country != null) {
            return "G:" + d.country + ":" + d.sector();
        }
        return "G:-:" + d.sector() + ":" + head.replaceAll("s$", "");
    }

    /** The person introduced earlier with this title, of a compatible country. */
    private static String titleReferent(Mention c, Map<String, ActorDraft> actors) {
        PhraseDescription d = c.description;
        String word = d.head.term();
        String[] parts = word.split(" ");
        String last = parts[parts.length - 1];
        ActorDraft best = null;
        for (ActorDraft a : actors.values()) {
            if (!a.person || !(a.titles.contains(word) || a.titles.contains(last))) {
                continue;
            }
            if (d.country != null && a.country != null && !d.country.equals(a.country)) {
                continue;
            }
            if (best == null || a.lastStart > best.lastStart) {
                best = a;
            }
        }
        return best == null ? null : best.key;
    }

    /**
     * The group a definite anaphor ("the group", "the militia") refers back to: the named group
     * (not a person, not a country) mentioned last before it, in its sentence or the three
     * before; null when the phrase says more (a country, another group), when none is named, or
     * when a phrase with the same head came after the name ("a group of students").
     */
    private static String groupReferent(Mention c, List<Mention> mentions, Map<String, ActorDraft> actors) {
        PhraseDescription d = c.description;
        if (!c.definite || d == null || d.head == null || !d.head.kinds().contains(AgentTerm.Kind.ANAPHOR)
                || d.country != null || d.org != null || d.personInside != null) {
            return null;
        }
        for (String w : c.nameText.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return null; // "the Kurdish militia" names whose it is, even when no table knows
            }
        }
        String best = null;
        int bestStart = -1;
        int described = -1;
        for (Mention other : mentions) {
            if (other.key == null || other.start >= c.start || other.sentence < c.sentence - 3) {
                continue;
            }
            if (other.type == Mention.Kind.AGENT && other.description != null && other.description.head != null
                    && other.description.head.term().equals(d.head.term())) {
                described = Math.max(described, other.start); // "a group of students ... the group"
            }
            if (!(other.key.startsWith("N:") || other.key.startsWith("O:"))) {
                continue;
            }
            ActorDraft a = actors.get(other.key);
            if (a != null && !a.person && other.start > bestStart) {
                best = other.key;
                bestStart = other.start;
            }
        }
        return described > bestStart ? null : best;
    }

    /**
     * The person a pronoun stands for, from the nearest sentence (its own, then the two before)
     * that mentions any ("Zuma appeared in court. The charges stem from an arms deal. He is
     * accused of …"). With several persons there, a subject pronoun ("he", "she") in a later
     * sentence is the one named first, the subject the story follows ("Lukashenko met Sharetsky.
     * He accused him …"); an object pronoun ("him") is then the other of two, once its own
     * sentence's subject pronoun took the first. Otherwise it stays unresolved.
     */
    private static String pronounReferent(Mention p, List<Mention> mentions, Map<String, ActorDraft> actors) {
        for (int sentence = p.sentence; sentence >= Math.max(0, p.sentence - 2); sentence--) {
            Set<String> persons = new LinkedHashSet<>();
            for (Mention c : mentions) {
                if (c.sentence != sentence || c.key == null || c.start >= p.start || coArgument(c, p)) {
                    continue;
                }
                ActorDraft a = actors.get(c.key);
                if (a != null && a.person) {
                    persons.add(c.key);
                }
            }
            if (persons.size() == 1) {
                return persons.iterator().next();
            }
            if (persons.size() > 1) {
                return sentence < p.sentence ? following(p, persons, mentions) : null;
            }
        }
        return null;
    }

    /**
     * The person "the 48-year-old Australian" stands for: the last person named by a full name in
     * its sentence or the two before, when the text gives that person no other country. Null otherwise (then it
     * is the country, as before).
     */
    private static String nationalReferent(Mention c, List<Mention> mentions, Map<String, ActorDraft> actors) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start >= c.start) {
                break;
            }
            if (m.key != null && m.sentence >= c.sentence - 2 && m.type != Mention.Kind.PRONOUN) {
                ActorDraft a = actors.get(m.key);
                // a full name: a lone capitalised word the recogniser took for a person may be a town
                if (a != null && a.person && a.name != null && a.name.trim().contains(" ")) {
                    last = m;
                }
            }
        }
        if (last == null) {
            return null;
        }
        ActorDraft a = actors.get(last.key);
        if (a.country != null && !a.country.equals(c.country.code())) {
            return null;
        }
        a.country = c.country.code();
        return last.key;
    }

    /** Whether {@code c} is the subject of the verb whose object {@code p} is: "she accused him" are two. */
    private static boolean coArgument(Mention c, Mention p) {
        return c.sentence == p.sentence && p.verb >= 0 && !p.subject && c.verb == p.verb && c.subject;
    }

    private static String following(Mention p, Set<String> persons, List<Mention> mentions) {
        String word = p.nameText == null ? "" : p.nameText.trim().toLowerCase(java.util.Locale.ROOT);
        String first = persons.iterator().next();
        if (word.equals("he") || word.equals("she")) {
            return first;
        }
        if (persons.size() == 2 && (word.equals("him") || word.equals("her"))) {
            for (Mention c : mentions) {
                if (c.sentence == p.sentence && c.start < p.start && c.type == Mention.Kind.PRONOUN
                        && first.equals(c.key)) {
                    return persons.stream().filter(k -> !k.equals(first)).findFirst().orElse(null);
                }
            }
        }
        return null;
    }
}
