package org.herodotus.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;

/**
 * Turns the mentions of one article into events: repeated mentions of the same event ("attacks on
 * US bases" … "the attacks" … "a wave of attacks on US military bases") become one event with
 * several mentions; a death or injury with no named agent joins the attack told next to it
 * ({@link OutcomeFolding}); events that name no participant, or lack what their type needs, are
 * dropped. A passive verb that leaves its agent unsaid ("was released") stands in for the actor.
 */
final class EventMerger {

    private final PloverCodebook codebook;
    private final OutcomeFolding outcomes;

    /** A merger that knows no outcome triggers: every death or injury is an event of its own. */
    EventMerger(PloverCodebook codebook) {
        this(codebook, lemma -> false);
    }

    /**
     * A merger where an agentless mention whose head lemma {@code outcome} accepts ("killed",
     * "wounded") joins the attack told next to it ({@link OutcomeFolding}).
     */
    EventMerger(PloverCodebook codebook, java.util.function.Predicate<String> outcome) {
        this.codebook = codebook;
        this.outcomes = new OutcomeFolding(outcome);
    }

    /** An event being assembled from its mentions. */
    private static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        final Set<String> actorKeys = new LinkedHashSet<>();
        final Set<String> recipientKeys = new LinkedHashSet<>();

        Group(Mention m) {
            add(m);
        }

        Mention first() {
            return mentions.get(0);
        }

        Mention last() {
            return mentions.get(mentions.size() - 1);
        }

        void add(Mention m) {
            mentions.add(m);
            m.actors().forEach(p -> actorKeys.addAll(p.keys()));
            m.recipients().forEach(p -> recipientKeys.addAll(p.keys()));
        }

        /** Whether one of the mentions has {@code lemma} as its head word. */
        boolean toldWith(String lemma) {
            return mentions.stream().anyMatch(x -> x.headLemma().equals(lemma));
        }

        String mode() {
            for (Mention m : mentions) {
                if (m.mode() != null) {
                    return m.mode();
                }
            }
            return null;
        }
    }

    List<Event> merge(List<Mention> mentions, LocalDate published) {
        return merge(mentions, published, 0);
    }

    /**
     * The events of {@code mentions}, in text order. {@code bodyStart} is where the body begins
     * after the headline: an event the headline and the body both name takes its trigger, sentence,
     * negation and modality from the body's first mention, which is the one that says where and
     * when; the headline's mention stays among its {@code mentions}.
     */
    List<Event> merge(List<Mention> mentions, LocalDate published, int bodyStart) {
        List<Group> groups = new ArrayList<>();
        Map<Mention, Mention> hosts = outcomes.hosts(mentions);
        Map<Mention, Group> groupOf = new IdentityHashMap<>();
        List<Mention> headline = new ArrayList<>();
        for (Mention m : mentions) {
            if (hosts.containsKey(m)) {
                continue;  // placed with its attack below
            }
            if (m.trigger().start() < bodyStart) {
                headline.add(m);
                continue;  // placed with the body's telling of it below
            }
            Group target = null;
            for (int i = groups.size() - 1; i >= 0; i--) {
                Group g = groups.get(i);
                if (sameEvent(g, m) && (target == null || prefer(g, target, m))) {
                    target = g;
                }
            }
            if (target != null) {
                target.add(m);
                groupOf.put(m, target);
            } else if (!m.argless() || m.definite()) {
                // an indefinite bare noun ("attributing raids to Isis is easy") names no event of its own
                Group g = new Group(m);
                groups.add(g);
                groupOf.put(m, g);
            }
        }
        List<Group> headlineOnly = new ArrayList<>();
        for (Mention m : headline) {
            Group g = bodyTelling(groups, m);
            if (g != null) {
                g.add(m);
            } else {
                // told only in the headline, or the headline's own mentions of one event
                g = headlineOnly.stream().filter(h -> sameEvent(h, m)).findFirst().orElse(null);
                if (g != null) {
                    g.add(m);
                } else if (!m.argless() || m.definite()) {
                    g = new Group(m);
                    headlineOnly.add(g);
                }
            }
            if (g != null) {
                groupOf.put(m, g);
            }
        }
        groups.addAll(0, headlineOnly);
        for (Mention m : mentions) {
            Mention host = hosts.get(m);
            if (host == null) {
                continue;
            }
            Group g = groupOf.get(host);
            if (g == null) {
                // "A car bomb exploded": an attack naming no one, which its toll makes an event
                g = new Group(host);
                groups.add(g);
                groupOf.put(host, g);
            }
            g.add(m);
        }
        List<Event> events = new ArrayList<>();
        for (Group g : groups) {
            Event e = event(g, published, events.size() + 1, bodyStart);
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    /**
     * The body's event that a headline mention sums up, or null. A headline tells in a few words
     * what the body tells in full ("Chad government closes university" over "The government of
     * Chad has closed N'Djamena University"), so its participants are often other words for the
     * body's: the same type, mode and negation suffice. Among several, the one sharing a
     * participant wins, else the first told, which is the story's news.
     */
    private static Group bodyTelling(List<Group> groups, Mention m) {
        Group first = null;
        for (Group g : groups) {
            if (!sameKind(g, m)) {
                continue;
            }
            if (intersects(g.actorKeys, keys(m.actors())) || intersects(g.recipientKeys, keys(m.recipients()))) {
                return g;
            }
            if (first == null) {
                first = g;
            }
        }
        return first;
    }

    /** Among two candidate events for a mention, the one with the same trigger word wins, then the latest. */
    private static boolean prefer(Group candidate, Group current, Mention m) {
        boolean c = candidate.toldWith(m.headLemma());
        boolean k = current.toldWith(m.headLemma());
        return c && !k;
    }

    /** Whether the mention is of the event's type and negation, with no other mode. */
    private static boolean sameKind(Group g, Mention m) {
        Mention f = g.first();
        String mode = g.mode();
        return f.type().equals(m.type()) && f.negated() == m.negated()
                && (mode == null || m.mode() == null || mode.equals(m.mode()));
    }

    private boolean sameEvent(Group g, Mention m) {
        if (!sameKind(g, m)) {
            return false;
        }
        Set<String> ma = keys(m.actors());
        Set<String> mr = keys(m.recipients());
        if (!g.first().modality().equals(m.modality()) && !hedgedRetelling(g, m, ma, mr)) {
            return false;
        }
        int quad = codebook.type(m.type()).quad();
        boolean verbal = quad == 1 || quad == 3;
        boolean retold = verbal && retold(g, m, ma);
        if (verbal && !retold && !m.nominal() && g.mentions.stream().noneMatch(x -> x.sentence() == m.sentence())) {
            // words are said on an occasion: "Britain accused Russia" and, later, "May blamed the
            // Kremlin" are two statements, where two tellings of one attack are one attack
            return false;
        }
        // what a retold statement is about may be worded anew ("agreed to defer the decision",
        // "agreed to defer the painful issue"); only a different party makes it another statement
        boolean recipientConflict = retold
                ? conflict(strong(g.recipientKeys), strong(mr))
                : conflict(g.recipientKeys, mr);
        if (conflict(g.actorKeys, ma) || recipientConflict) {
            return false;
        }
        Set<String> ga = ids(g.actorKeys);
        Set<String> gr = ids(g.recipientKeys);
        Set<String> ia = ids(ma);
        Set<String> ir = ids(mr);
        if (!m.symmetric() && (intersects(ga, ia) || intersects(gr, ir))
                && !intersects(ga, ir) && !intersects(gr, ia) && !disjoint(ga, ia) && !disjoint(gr, ir)) {
            // the same actor on the same side: "Vassell was killed" … "officers fatally shot
            // Vassell", though the officers share the victim's country
            return true;
        }
        if (!m.symmetric() && (intersects(g.actorKeys, mr) || intersects(g.recipientKeys, ma))) {
            return false;  // "A attacked B" and "B attacked A" are two events
        }
        if (m.symmetric() && separateMeetings(strong(g.actorKeys), strong(ma))) {
            return false;
        }
        if (intersects(g.actorKeys, ma) || intersects(g.recipientKeys, mr)) {
            return true;
        }
        if (m.argless()) {
            // "the attacks", "these attacks": a definite noun refers back; an indefinite one
            // ("attributing raids to Isis") only within the sentence that introduced the event.
            return m.nominal() && (m.definite() || g.last().sentence() == m.sentence());
        }
        Mention last = g.last();
        return last.sentence() == m.sentence() || (isArgless(g) && m.sentence() - last.sentence() <= 1);
    }

    /**
     * Whether one of the two tells as only possible what the other tells as done, of the same
     * party: "the child who was raped" and "it is unknown whether she was raped there". A hedge
     * on a told event adds doubt about a detail, not another event.
     */
    private static boolean hedgedRetelling(Group g, Mention m, Set<String> ma, Set<String> mr) {
        Modality a = g.first().modality();
        Modality b = m.modality();
        boolean pair = (a == Modality.ASSERTED && b == Modality.HYPOTHETICAL)
                || (a == Modality.HYPOTHETICAL && b == Modality.ASSERTED);
        if (!pair) {
            return false;
        }
        if (intersects(ids(g.actorKeys), ids(ma)) || intersects(ids(g.recipientKeys), ids(mr))) {
            return true;
        }
        // a pronoun the resolver took for someone else ("whether she was raped"): the same verb
        // of a party of the same country will do
        return g.toldWith(m.headLemma())
                && (intersects(strong(g.actorKeys), strong(ma)) || intersects(strong(g.recipientKeys), strong(mr)));
    }

    /**
     * Whether a verbal mention retells the event in the words of its first telling: the same verb
     * with the same doer ("Lebed said he and Maskhadov agreed to defer …", and in a later
     * paragraph "Lebed said he and Maskhadov agreed to defer by more than five years …"). Wire copy
     * restates its lead this way; a new statement has a new verb or a new speaker.
     */
    private static boolean retold(Group g, Mention m, Set<String> ma) {
        Set<String> ia = ids(ma);
        return !ia.isEmpty() && ids(g.actorKeys).containsAll(ia) && g.toldWith(m.headLemma());
    }

    /**
     * Two meetings with one party in common and a different counterpart each are two meetings:
     * Nyerere meeting Dini and Nyerere holding talks with Wolpe. One telling that names a subset
     * of the other's parties ("Dini meets Nyerere" over "Dini met Nyerere and his aides") is the
     * same meeting.
     */
    private static boolean separateMeetings(Set<String> group, Set<String> mention) {
        return group.size() >= 2 && mention.size() >= 2
                && !group.containsAll(mention) && !mention.containsAll(group);
    }

    private static boolean isArgless(Group g) {
        return g.actorKeys.isEmpty() && g.recipientKeys.isEmpty();
    }

    private static Set<String> keys(List<Mention.Participant> ps) {
        Set<String> s = new LinkedHashSet<>();
        ps.forEach(p -> s.addAll(p.keys()));
        return s;
    }

    /**
     * Two argument sets conflict when both are known and share nothing. Arguments resolved to
     * actors are compared with each other; bare words ("dollars") only with bare words.
     */
    private static boolean conflict(Set<String> a, Set<String> b) {
        Set<String> sa = strong(a);
        Set<String> sb = strong(b);
        if (!sa.isEmpty() && !sb.isEmpty()) {
            return !intersects(sa, sb);
        }
        if (sa.isEmpty() && sb.isEmpty()) {
            return !a.isEmpty() && !b.isEmpty() && !intersects(a, b);
        }
        return false;
    }

    private static Set<String> strong(Set<String> keys) {
        Set<String> s = new LinkedHashSet<>();
        for (String k : keys) {
            if (!k.startsWith("w:")) {
                s.add(k);
            }
        }
        return s;
    }

    /** Both name actors, and none in common. */
    private static boolean disjoint(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !intersects(a, b);
    }

    /** The keys naming resolved actors, not countries or bare words. */
    private static Set<String> ids(Set<String> keys) {
        Set<String> s = new LinkedHashSet<>();
        for (String k : keys) {
            if (k.startsWith("a:")) {
                s.add(k);
            }
        }
        return s;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** The group's first mention in the body, else its first (a headline's only mention). */
    private static Mention primary(Group g, int bodyStart) {
        for (Mention m : g.mentions) {
            if (m.trigger().start() >= bodyStart) {
                return m;
            }
        }
        return g.first();
    }

    private Event event(Group g, LocalDate published, int n, int bodyStart) {
        Mention f = primary(g, bodyStart);
        PloverCodebook.Type type = codebook.type(f.type());
        Set<String> actors = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        for (Mention m : g.mentions) {
            m.actors().stream().map(Mention.Participant::actorId).filter(Objects::nonNull).forEach(actors::add);
            m.recipients().stream().map(Mention.Participant::actorId).filter(Objects::nonNull)
                    .forEach(recipients::add);
        }
        recipients.removeAll(actors);
        if (g.mentions.stream().allMatch(Mention::argless)) {
            return null;  // no one the text names: not event data
        }
        // "Wang was released", "was sentenced to three years": someone acted, unnamed
        // a material act needs no named doer; a verbal one is nothing without its speaker ("he is
        // accused of fraud" reports a charge, not who made it)
        boolean unsaidAgent = (type.quad() == 2 || type.quad() == 4)
                && g.mentions.stream().anyMatch(Mention::agentless);
        // "tribal elders thanked the army": a doer the text names counts, with or without a country
        boolean namedDoer = g.mentions.stream().anyMatch(m -> !m.actors().isEmpty());
        if ((type.needsActor() && actors.isEmpty() && !unsaidAgent && !namedDoer)
                || (type.needsRecipient() && recipients.isEmpty())) {
            return null;
        }
        String date = null;
        String dateSource = null;
        for (Mention m : g.mentions) {
            if (m.date() != null) {
                date = m.date();
                dateSource = "text";
                break;
            }
        }
        if (date == null && published != null) {
            date = published.toString();
            dateSource = "published";
        }
        List<Span> spans = new ArrayList<>();
        g.mentions.forEach(m -> spans.add(m.trigger()));
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return new Event("e" + n, type.name(), g.mode(), new ArrayList<>(actors), new ArrayList<>(recipients), null,
                date, f.negated(), f.modality(), type.quad(), type.intensity(), f.trigger(), f.sentenceSpan(),
                List.of(), dateSource, spans);
    }
}
