package org.herodotus.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Actor;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.TimeExpression;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * Reads the event mentions of one parsed sentence: finds triggers, their arguments in the
 * dependency graph, their modality, negation and date. One instance per document.
 */
final class SentenceCoder {

    /** Modality values, strongest first where they combine. */
    static final String ASSERTED = "asserted";
    static final String FUTURE = "future";
    static final String HYPOTHETICAL = "hypothetical";
    static final String INTENDED = "intended";
    /** Internal: a purpose clause ("to neutralize the drones"), never coded. */
    static final String PURPOSE = "purpose";

    private static final Set<String> NON_ACTOR_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY", "SET");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "them", "he", "him", "she", "her", "we", "us",
            "i", "me", "you", "its", "their", "his", "our", "this", "that", "these", "those", "which", "who",
            "whom", "itself", "themselves", "himself", "herself", "one", "some", "others", "all", "both");
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "he", "she", "we", "its", "their",
            "his", "her", "our");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:$|T)");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final EventLexicon lexicon;
    private final ModalityLexicon modality;
    private final SpanResolver resolver;
    private final LocalDate published;
    /** The document, with the actors resolved from arguments added as coding goes. */
    private Doc doc;

    SentenceCoder(EventLexicon lexicon, Doc doc, SpanResolver resolver) {
        this.lexicon = lexicon;
        this.modality = lexicon.modality();
        this.resolver = resolver;
        this.doc = doc;
        this.published = doc.article().published();
    }

    /** The document with every actor the arguments resolved to. */
    Doc doc() {
        return doc;
    }

    /** A trigger entry matched at a head token, covering tokens [first, last]. */
    private record Match(TriggerEntry entry, int head, int first, int last, int support) {
    }

    /** "French mediation in peace negotiations with Syria": the inner noun only qualifies the outer one. */
    private boolean nestedInEventNoun(SentenceGraph g, int noun) {
        Dependency h = g.head(noun);
        return h != null && h.baseRelation().equals("nmod") && (eventNouns.contains(h.governor())
                || !lexicon.nounEntries(g.lemma(h.governor())).isEmpty());
    }

    /** Heads of the noun triggers of the sentence being coded. */
    private Set<Integer> eventNouns = Set.of();
    /** Time expressions of the sentence being coded. */
    private List<TimeExpression> sentenceTimes = List.of();

    /** The event mentions of one sentence. */
    List<Mention> code(SentenceGraph g, List<TimeExpression> times) {
        sentenceTimes = times;
        List<Match> matches = findTriggers(g);
        eventNouns = new LinkedHashSet<>();
        for (Match m : matches) {
            if (!m.entry().verb()) {
                eventNouns.add(m.head());
            }
        }
        Set<Integer> verbArguments = new LinkedHashSet<>();
        Set<Integer> consumed = new LinkedHashSet<>();
        for (Match m : matches) {
            if (m.entry().verb()) {
                for (Dependency d : g.out(m.head())) {
                    String b = d.baseRelation();
                    if (b.equals("obj") || b.equals("obl") || d.relation().equals("nsubj:pass")) {
                        verbArguments.add(d.dependent());
                    }
                }
                consumed.addAll(consumed(g, m));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Match m : matches) {
            PloverCodebook.Type type = lexicon.codebook().type(m.entry().type());
            if (!m.entry().verb() && consumed.contains(m.head())) {
                continue;  // "lifted the embargo": the noun is part of the verb's trigger
            }
            if (!m.entry().verb() && (type.quad() == 1 || type.quad() == 3) && (verbArguments.contains(m.head())
                    || nestedInEventNoun(g, m.head()))) {
                // "rejected calls for talks", "conceded to demands": the noun is what the verb acts
                // on, not an event of its own.
                continue;
            }
            Mention mention = mention(g, m, times);
            if (mention != null) {
                out.add(mention);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- imported CAMEO verbs

    /**
     * The event mentions of one sentence coded with an imported CAMEO verb dictionary, as PETRARCH
     * codes: the patterns decide the event, the source is the subject (or the {@code $} position),
     * the target the object or the first actor after the verb (or the {@code +} position); a code
     * pair "a:b" also codes the reverse event; {@code %} codes every pair of a compound actor.
     */
    List<Mention> codeCameo(SentenceGraph g, List<TimeExpression> times, CameoVerbDictionary dict) {
        sentenceTimes = times;
        eventNouns = Set.of();
        if (dict.discardsSentence(g.sentence.tokens())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (CameoVerbDictionary.Match cm : dict.match(g)) {
            String[] codes = cm.code().split(":");
            String forward = dict.plover(codes[0]);
            String reverse = codes.length > 1 ? dict.plover(codes[1]) : null;
            if (forward == null && reverse == null) {
                continue;
            }
            List<Mention.Participant> sources = cm.source() >= 0 ? actorNear(g, cm.source(), -1)
                    : argumentActors(g, contextVerb(g, cm), List.of("subj"));
            if (sources.isEmpty()) {
                sources = actorNear(g, cm.first() - 1, -1);
            }
            List<Mention.Participant> targets = cm.target() >= 0 ? actorNear(g, cm.target(), cm.target() < cm.verb() ? -1 : 1)
                    : argumentActors(g, cm.verb(), List.of("obj", "iobj"));
            final List<Mention.Participant> src = sources;
            targets = new ArrayList<>(targets);
            targets.removeIf(p -> src.stream().anyMatch(a -> a.key().equals(p.key())));
            if (targets.isEmpty() && cm.target() < 0) {
                targets = new ArrayList<>(actorNear(g, cm.last() + 1, 1, sources));
            }
            if (!placeable(targets)) {
                targets = new ArrayList<>();
            }
            if (!placeable(sources) || targets.isEmpty()) {
                // PETRARCH codes an event only between actors it knows: a source with a code and a target
                if (!(cm.compound() || targets.isEmpty()) || sources.size() < 2 || !placeable(sources)) {
                    continue;
                }
            }
            Span trigger = new Span(g.token(cm.first()).start(), g.token(cm.last()).end());
            Span sentence = new Span(g.sentence.start(), g.sentence.end());
            String date = date(g, cm.verb(), -1, times, ASSERTED);
            if ((cm.compound() || targets.isEmpty()) && sources.size() > 1) {
                // a compound actor with no one else: every member acts on every other
                for (Mention.Participant a : sources) {
                    for (Mention.Participant b : sources) {
                        if (a != b && forward != null) {
                            out.add(cameoMention(forward, g, trigger, sentence, List.of(a), List.of(b), date));
                        }
                    }
                }
                continue;
            }
            if (forward != null) {
                out.add(cameoMention(forward, g, trigger, sentence, sources, targets, date));
            }
            if (reverse != null) {
                out.add(cameoMention(reverse, g, trigger, sentence, targets, sources, date));
            }
        }
        return out;
    }

    private Mention cameoMention(String type, SentenceGraph g, Span trigger, Span sentence,
                                 List<Mention.Participant> actors, List<Mention.Participant> recipients, String date) {
        List<Mention.Participant> r = new ArrayList<>(recipients);
        r.removeIf(p -> actors.stream().anyMatch(a -> a.key().equals(p.key())));
        return new Mention(type, null, g.sentence.index(), trigger, sentence, actors, r, ASSERTED, false, date, false,
                false, g.lemma(g.sentence.tokenAt(trigger.start()).index()), false, false);
    }

    private static boolean placeable(List<Mention.Participant> ps) {
        return ps.stream().anyMatch(p -> p.country() != null);
    }

    /**
     * The verb whose subject is the source: the matched verb, or a verb of the pattern's context
     * that governs it ("Falastur noted that Cirith Ungol regretted …" with the pattern NOTED + *).
     */
    private int contextVerb(SentenceGraph g, CameoVerbDictionary.Match cm) {
        for (int c : cm.context()) {
            if (g.token(c).isVerb() && governs(g, c, cm.verb())) {
                return c;
            }
        }
        return cm.verb();
    }

    private static boolean governs(SentenceGraph g, int gov, int t) {
        int cur = t;
        for (int depth = 0; depth < 6; depth++) {
            Dependency h = g.head(cur);
            if (h == null) {
                return false;
            }
            if (h.governor() == gov) {
                return true;
            }
            cur = h.governor();
        }
        return false;
    }

    /** The actors a verb's arguments in {@code roles} resolve to, with coordinated ones. */
    private List<Mention.Participant> argumentActors(SentenceGraph g, int verb, List<String> roles) {
        List<Mention.Participant> out = new ArrayList<>();
        for (String role : roles) {
            for (int t : verbRole(g, verb, role, false)) {
                if (g.token(t).pos().startsWith("PRP")) {
                    continue;  // as PETRARCH: a pronoun names no one the dictionaries know
                }
                List<Integer> tokens = new ArrayList<>(expand(g, t));
                for (int a : List.copyOf(tokens)) {
                    tokens.addAll(coordinatedModifiers(g, a));
                    tokens.addAll(innerConjuncts(g, a));
                }
                for (int a : tokens) {
                    Mention.Participant p = participant(g, a, true);
                    if (p != null && out.stream().noneMatch(x -> x.key().equals(p.key()))) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "The ambassadors of Arnor, Osgiliath and Gondor", "officials in Fornost and Gondor": a noun that
     * is no actor itself stands for each of the coordinated actors it is of (or in).
     */
    private List<Integer> innerConjuncts(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        if (actorAt(g, t) != null) {
            return r;
        }
        for (Dependency d : g.out(t)) {
            String rel = d.relation();
            if (rel.equals("nmod:of") || rel.equals("nmod:in") || rel.equals("nmod:from")) {
                r.add(d.dependent());
                for (Dependency c : g.out(d.dependent())) {
                    if (c.baseRelation().equals("conj")) {
                        r.add(c.dependent());
                    }
                }
            }
        }
        return r.size() > 1 ? r : List.of();
    }

    /** The first actor from {@code position} on, leftwards ({@code step} -1) or rightwards (+1). */
    private List<Mention.Participant> actorNear(SentenceGraph g, int position, int step) {
        return actorNear(g, position, step, List.of());
    }

    /** As {@link #actorNear(SentenceGraph, int, int)}, passing over the actors {@code except}. */
    private List<Mention.Participant> actorNear(SentenceGraph g, int position, int step,
                                                List<Mention.Participant> except) {
        for (int i = position; i >= 0 && i < g.size(); i += step) {
            if (!g.token(i).isNoun() && !g.token(i).pos().equals("JJ")) {
                continue;  // pronouns are no evidence of who is meant
            }
            Mention.Participant p = participant(g, i, true);
            if (p != null && except.stream().noneMatch(x -> x.key().equals(p.key()))) {
                List<Mention.Participant> out = new ArrayList<>();
                out.add(p);
                for (int a : expand(g, headOf(g, i))) {
                    Mention.Participant q = participant(g, a, true);
                    if (q != null && out.stream().noneMatch(x -> x.key().equals(q.key()))) {
                        out.add(q);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The head noun of the phrase a modifier belongs to ("Gondor" in "Gondor police" → "police"). */
    private static int headOf(SentenceGraph g, int t) {
        int cur = t;
        for (int depth = 0; depth < 3; depth++) {
            Dependency h = g.head(cur);
            if (h == null || !(h.relation().equals("compound") || h.relation().equals("amod")
                    || h.relation().equals("flat") || h.relation().equals("nmod:poss"))) {
                return cur;
            }
            cur = h.governor();
        }
        return cur;
    }

    // ---------------------------------------------------------------- triggers

    private List<Match> findTriggers(SentenceGraph g) {
        List<Match> found = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.startsWith("NNP")) {
                continue;  // names: "the Battle of the Bulge" is not a battle the article reports
            }
            // a verb the tagger took for a noun ("they would blockade Paris"): the parse gives it away
            boolean verb = pos.startsWith("VB") || (pos.startsWith("NN") && (!g.children(i, "aux").isEmpty()
                    || !g.children(i, "obj").isEmpty()));
            boolean noun = pos.equals("NN") || pos.equals("NNS") || (pos.equals("VBG") && nominalUse(g, i));
            List<TriggerEntry> candidates = new ArrayList<>();
            if (verb) {
                candidates.addAll(lexicon.verbEntries(g.lemma(i)));
                if (!g.word(i).equals(g.lemma(i))) {
                    candidates.addAll(lexicon.verbEntries(g.word(i)));
                }
            }
            if (noun) {
                candidates.addAll(lexicon.nounEntries(g.lemma(i)));
                if (!g.word(i).equals(g.lemma(i))) {
                    candidates.addAll(lexicon.nounEntries(g.word(i)));
                }
            }
            Match best = null;
            for (TriggerEntry e : candidates) {
                Match m = align(g, e, i);
                if (m != null && satisfied(g, m) && (best == null
                        || e.specificity() > best.entry().specificity())) {
                    best = m;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        // One trigger per token: the most specific wins ("air strike" over "strike").
        found.sort(Comparator.comparingInt((Match m) -> -m.entry().specificity()).thenComparingInt(Match::head));
        boolean[] used = new boolean[g.size()];
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            boolean free = true;
            for (int k = m.first(); k <= m.last(); k++) {
                free &= !used[k];
            }
            if (free) {
                for (int k = m.first(); k <= m.last(); k++) {
                    used[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::head));
        return kept;
    }

    private static boolean nominalUse(SentenceGraph g, int i) {
        for (Dependency d : g.out(i)) {
            String r = d.relation();
            if (r.equals("det") || r.equals("nmod:poss") || r.equals("amod") || r.startsWith("nmod:")) {
                return true;
            }
        }
        return false;
    }

    private Match align(SentenceGraph g, TriggerEntry e, int head) {
        int first = head - e.head();
        int last = first + e.words().size() - 1;
        if (first < 0 || last >= g.size()) {
            return null;
        }
        for (int k = 0; k < e.words().size(); k++) {
            if (!g.is(first + k, e.words().get(k))) {
                return null;
            }
        }
        int support = e.verb() ? -1 : supportVerb(g, head, e.symmetric());
        return new Match(e, head, first, last, support);
    }

    /**
     * The verb that reports an event noun and lends it its subject: "launched attacks", "held talks",
     * "promised aid", or the verb a meeting noun is the setting of ("in a telephone call, he said").
     */
    private int supportVerb(SentenceGraph g, int noun, boolean symmetric) {
        Dependency h = g.head(noun);
        if (h == null) {
            return -1;
        }
        int v = h.governor();
        if (!g.token(v).pos().startsWith("VB")) {
            return -1;
        }
        String r = h.relation();
        if (r.equals("obj") || r.equals("nsubj:pass")) {
            String l = g.lemma(v);
            for (int prt : g.children(v, "compound:prt")) {
                if (lexicon.isSupport(l + "_" + g.lemma(prt))) {
                    return v;
                }
            }
            if (lexicon.isSupport(l)) {
                return v;
            }
            // "promised aid", "wants talks", "refused aid"; but "the attack was planned" was carried out
            if (r.equals("obj") && (modality.is("commit", l) || modality.is("prepare", l)
                    || modality.is("desire", l) || modality.is("negative", l))) {
                return v;
            }
        }
        if (symmetric && (r.equals("obl:in") || r.equals("obl:during") || r.equals("obl:after"))) {
            return v;
        }
        if (r.equals("obl:for") && modality.is("desire", g.lemma(v))) {
            return v;  // "called for sanctions", "pressed for talks": wanted, not done
        }
        return -1;
    }

    private boolean satisfied(SentenceGraph g, Match m) {
        for (TriggerEntry.Need n : m.entry().needs()) {
            if (!holds(g, m, n)) {
                return false;
            }
        }
        for (TriggerEntry.Need n : m.entry().withouts()) {
            if (holds(g, m, n)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(SentenceGraph g, Match m, TriggerEntry.Need need) {
        for (TriggerEntry.Alt a : need.alts()) {
            List<Integer> tokens = role(g, m, a.role(), true);
            if (a.lemmas().isEmpty()) {
                if (!tokens.isEmpty()) {
                    return true;
                }
                continue;
            }
            for (int t : tokens) {
                if (named(g, t, a.lemmas())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an argument is one of {@code lemmas}: its head word, the noun a quantity stands for
     * ("part of a program"), a noun before it ("mediation efforts") or what it is "of" ("a state
     * of emergency"); an upper-case entry names a named-entity type ("PERSON", "LOCATION").
     */
    private boolean named(SentenceGraph g, int t, Set<String> lemmas) {
        List<Integer> look = new ArrayList<>();
        look.add(t);
        look.add(lookThrough(g, t));
        look.addAll(g.children(t, "compound"));
        look.addAll(g.children(t, "amod"));
        look.addAll(g.children(t, "nmod:of"));
        for (int k : look) {
            if (lemmas.contains(g.lemma(k)) || lemmas.contains(g.word(k)) || lemmas.contains(g.token(k).ner())) {
                return true;
            }
        }
        // ACTOR: the argument names someone ("met the president", not "met his fiscal rules")
        return lemmas.contains("ACTOR") && (actorAt(g, t) != null || named(g, t));
    }

    /** Whether the argument's own words name an actor: its head, or a name or adjective in front of it. */
    private boolean named(SentenceGraph g, int t) {
        for (Dependency d : g.out(t)) {
            String r = d.relation();
            if ((r.equals("compound") || r.equals("amod") || r.equals("flat")) && actorAt(g, d.dependent()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The tokens that make a verb trigger what it is ("lift" + "embargo"): no event of their own. */
    private Set<Integer> consumed(SentenceGraph g, Match m) {
        Set<Integer> r = new LinkedHashSet<>();
        for (TriggerEntry.Need n : m.entry().needs()) {
            for (TriggerEntry.Alt a : n.alts()) {
                if (a.lemmas().isEmpty()) {
                    continue;
                }
                for (int t : role(g, m, a.role(), true)) {
                    if (named(g, t, a.lemmas())) {
                        r.add(t);
                        r.add(lookThrough(g, t));
                        r.addAll(g.children(t, "nmod:of"));
                    }
                }
            }
        }
        return r;
    }

    // ---------------------------------------------------------------- roles

    private List<Integer> role(SentenceGraph g, Match m, String role, boolean forNeed) {
        if (m.entry().verb()) {
            return verbRole(g, m.head(), role, forNeed);
        }
        return nounRole(g, m, role, forNeed);
    }

    private List<Integer> verbRole(SentenceGraph g, int v, String role, boolean forNeed) {
        List<Integer> r = new ArrayList<>();
        switch (role) {
            case "subj" -> {
                if (g.passive(v)) {
                    r.addAll(g.children(v, "obl:agent"));
                    r.addAll(g.children(v, "obl:by"));
                } else {
                    r.addAll(g.children(v, "nsubj"));
                    r.addAll(g.children(v, "nsubj:xsubj"));
                    if (r.isEmpty()) {
                        r.addAll(inheritedSubject(g, v));
                    }
                }
            }
            case "obj" -> r.addAll(g.passive(v) ? g.children(v, "nsubj:pass") : g.children(v, "obj"));
            case "iobj" -> r.addAll(g.children(v, "iobj"));
            case "by" -> {
                r.addAll(g.children(v, "obl:agent"));
                r.addAll(g.children(v, "obl:by"));
            }
            case "comp" -> {
                r.addAll(g.children(v, "ccomp"));
                r.addAll(g.children(v, "xcomp"));
            }
            case "compsubj" -> {
                for (int c : verbRole(g, v, "comp", forNeed)) {
                    r.addAll(g.children(c, "nsubj"));
                    r.addAll(g.children(c, "nsubj:pass"));
                }
            }
            case "compaux" -> {
                for (int c : g.children(v, "ccomp")) {
                    r.addAll(g.children(c, "aux"));
                }
            }
            case "where" -> {
                // where the action took place, as a last resort for its recipient: "invaded South
                // Lebanon", "reimposed blockades in the West Bank", "deploy peacekeepers in Iraq"
                for (String prep : PLACE_PREPOSITIONS) {
                    r.addAll(g.children(v, "obl:" + prep));
                    for (int o : g.children(v, "obj")) {
                        r.addAll(g.children(o, "nmod:" + prep));
                        for (Dependency d : g.out(o)) {
                            if (d.relation().equals("acl") && g.token(d.dependent()).pos().equals("VBN")) {
                                // "shortened the curfew imposed in Sudan"
                                r.addAll(g.children(d.dependent(), "obl:" + prep));
                            }
                        }
                    }
                }
            }
            case "comprecipient" -> {
                // "offered to hand over to Great Britain", "threatened to impose restrictions against
                // German goods", "refused to meet Jordan's King": the promised, threatened or refused
                // action's recipient
                List<Integer> complements = new ArrayList<>(g.children(v, "xcomp"));
                complements.addAll(g.children(v, "ccomp"));
                for (int c : complements) {
                    for (String inner : COMPLEMENT_RECIPIENTS) {
                        r.addAll(verbRole(g, c, inner, forNeed));
                    }
                }
                for (int o : g.childrenBase(v, "obl")) {
                    if (g.children(v, "obl:for").contains(o)) {
                        for (Dependency d : g.out(o)) {
                            if (d.relation().equals("nmod:against") || d.relation().equals("nmod:on")) {
                                r.add(d.dependent());  // "called for sanctions against Nigeria"
                            }
                        }
                    }
                }
            }
            case "purpose" -> r.addAll(purposeTarget(g, purposeClauses(g, v)));
            case "condition" -> {
                // "threatened to strike unless Israel rescinded the annexation": who must act
                List<Integer> heads = new ArrayList<>(List.of(v));
                heads.addAll(g.children(v, "xcomp"));
                heads.addAll(g.children(v, "ccomp"));
                for (int h : heads) {
                    for (Dependency d : g.out(h)) {
                        if (d.baseRelation().equals("advcl")) {
                            String mark = markerOf(g, d.relation(), d.dependent());
                            if (mark != null && modality.is("condition", mark)) {
                                r.addAll(g.children(d.dependent(), "nsubj"));
                            }
                        }
                    }
                }
            }
            case "poss", "mod", "targeting" -> {
            }
            default -> {
                prepositional(g, v, "obl:", role, forNeed, r);
                if (r.isEmpty()) {
                    // a prepositional phrase the parser hung on the object instead of the verb:
                    // "broke off relations with Congo", "spoke about the issue with the premier"
                    for (int o : g.children(v, "obj")) {
                        r.addAll(g.children(o, "nmod:" + role));
                        int real = lookThrough(g, o);
                        if (real != o) {
                            r.addAll(g.children(real, "nmod:" + role));  // "suspended part of a program for Bosnia"
                        }
                    }
                    if (r.isEmpty()) {
                        for (int o : g.childrenBase(v, "obl")) {
                            r.addAll(g.children(o, "nmod:" + role));
                        }
                    }
                }
            }
        }
        return r;
    }

    /**
     * The subject a verb without one shares with the clause it hangs from: "blocked roads demanding
     * that …", "issued a declaration demanding that …", "resorted to throwing stones".
     */
    private List<Integer> inheritedSubject(SentenceGraph g, int v) {
        String pos = g.token(v).pos();
        Dependency h = g.head(v);
        if (h == null) {
            return List.of();
        }
        boolean finiteConjunct = h.baseRelation().equals("conj") && pos.startsWith("VB");
        if (!(pos.equals("VBG") || pos.equals("VBN") || pos.equals("VB") || finiteConjunct)) {
            return List.of();
        }
        String b = h.baseRelation();
        int gov = h.governor();
        if (b.equals("acl") && !h.relation().equals("acl:relcl")) {
            if (v < gov && resolve(g, gov) != null) {
                return List.of(gov);  // "Jordan's visiting King": the king visits
            }
            Dependency nh = g.head(gov);  // "issued a declaration demanding …": the declaration's author
            if (nh == null || !g.token(nh.governor()).isVerb() || g.passive(nh.governor())) {
                return List.of();
            }
            gov = nh.governor();
        } else if (!(b.equals("advcl") || b.equals("xcomp") || b.equals("conj") || b.equals("dep"))) {
            return List.of();
        }
        if (!g.token(gov).isVerb() || g.passive(gov)) {
            return List.of();
        }
        List<Integer> r = new ArrayList<>(g.children(gov, "nsubj"));
        r.addAll(g.children(gov, "nsubj:xsubj"));
        return r;
    }

    private List<Integer> nounRole(SentenceGraph g, Match m, String role, boolean forNeed) {
        int n = m.head();
        int sv = m.support();
        List<Integer> r = new ArrayList<>();
        switch (role) {
            case "subj" -> {
                if (sv >= 0) {
                    r.addAll(verbRole(g, sv, "subj", forNeed));
                }
            }
            case "obj", "iobj", "compaux" -> {
            }
            case "poss" -> r.addAll(g.children(n, "nmod:poss"));
            case "by" -> {
                r.addAll(g.children(n, "nmod:by"));
                r.addAll(g.children(n, "nmod:agent"));
                if (sv >= 0) {
                    r.addAll(verbRole(g, sv, "subj", forNeed));
                }
            }
            case "mod" -> {
                for (Dependency d : g.out(n)) {
                    String rel = d.relation();
                    int c = d.dependent();
                    if ((rel.equals("compound") || rel.equals("amod")) && (c < m.first() || c > m.last())) {
                        r.add(c);
                    }
                }
            }
            case "comp" -> {
                r.addAll(g.children(n, "ccomp"));
                for (Dependency d : g.out(n)) {
                    if (d.baseRelation().equals("acl") && !d.relation().equals("acl:relcl")) {
                        r.add(d.dependent());
                    }
                }
            }
            case "compsubj" -> {
                for (int c : nounRole(g, m, "comp", forNeed)) {
                    r.addAll(g.children(c, "nsubj"));
                    r.addAll(g.children(c, "nsubj:pass"));
                }
            }
            case "where" -> {
                for (String prep : PLACE_PREPOSITIONS) {
                    r.addAll(g.children(n, "nmod:" + prep));
                    if (sv >= 0) {
                        r.addAll(g.children(sv, "obl:" + prep));
                    }
                }
            }
            case "purpose" -> {
                List<Integer> clauses = new ArrayList<>(purposeClauses(g, n));
                if (sv >= 0) {
                    clauses.addAll(purposeClauses(g, sv));
                }
                r.addAll(purposeTarget(g, clauses));
            }
            case "targeting" -> {
                for (Dependency d : g.out(n)) {
                    if (d.baseRelation().equals("acl") && g.lemma(d.dependent()).equals("target")) {
                        r.addAll(g.children(d.dependent(), "obj"));
                    }
                }
            }
            default -> {
                prepositional(g, n, "nmod:", role, forNeed, r);
                if (sv >= 0) {
                    prepositional(g, sv, "obl:", role, forNeed, r);
                }
            }
        }
        return r;
    }

    private static void prepositional(SentenceGraph g, int head, String prefix, String prep, boolean forNeed,
                                      List<Integer> r) {
        r.addAll(g.children(head, prefix + prep));
        for (Dependency d : g.out(head)) {
            String rel = d.relation();
            int c = d.dependent();
            if ((rel.equals("compound:prt") || rel.equals("advmod")) && g.lemma(c).equals(prep)) {
                r.add(c);
            } else if (forNeed && (rel.equals("acl:" + prep) || rel.equals("advcl:" + prep))) {
                r.add(c);
            }
        }
    }

    /**
     * The clauses that say what an act is for: a to-infinitive ("staged demonstrations to demand
     * reforms") or a participle ("demonstrated on Sunday calling for independence") hanging from
     * {@code head}.
     */
    private static List<Integer> purposeClauses(SentenceGraph g, int head) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : g.out(head)) {
            String b = d.baseRelation();
            int c = d.dependent();
            if (!(b.equals("advcl") || b.equals("acl") || b.equals("xcomp") || b.equals("dep"))
                    || d.relation().equals("acl:relcl") || !g.token(c).pos().startsWith("VB")) {
                continue;
            }
            if (hasMark(g, c, "to") || g.token(c).pos().equals("VBG") && g.children(c, "mark").isEmpty()) {
                r.add(c);
            }
        }
        return r;
    }

    /** Relations followed from a purpose clause to whom it is aimed at. */
    private static final Set<String> PURPOSE_PATH = Set.of("obj", "obl", "nsubj:pass", "xcomp", "ccomp", "nmod",
            "acl", "amod", "compound", "appos");

    /**
     * Whom a purpose clause is aimed at: the nearest actor with a country in it, breadth first
     * through objects, prepositions and what things are of or by: "to protest President Assad's
     * failure" (Assad), "to show their disapproval of the United States' policies" (the United
     * States), "to demand the return of property seized by Algerian forces" (the forces).
     */
    private List<Integer> purposeTarget(SentenceGraph g, List<Integer> clauses) {
        List<Integer> level = new ArrayList<>(clauses);
        Set<Integer> seen = new LinkedHashSet<>(clauses);
        for (int depth = 0; depth < 5 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (Dependency d : g.out(t)) {
                    int c = d.dependent();
                    String b = d.baseRelation();
                    if (!PURPOSE_PATH.contains(b) && !d.relation().equals("nmod:poss") || !seen.add(c)) {
                        continue;
                    }
                    if (d.relation().equals("obl:tmod") || d.relation().equals("nmod:tmod")) {
                        continue;
                    }
                    next.add(c);
                }
            }
            next.sort(Comparator.naturalOrder());
            for (int c : next) {
                Token tok = g.token(c);
                if (tok.pos().startsWith("PRP") || inTimeExpression(tok)) {
                    continue;
                }
                Actor a = resolve(g, c);
                if (a != null && a.country() != null) {
                    return List.of(c);
                }
            }
            level = next;
        }
        return List.of();
    }

    /** Follows "a wave of attacks", "a column of reinforcements" to the noun that matters. */
    private int lookThrough(SentenceGraph g, int t) {
        int cur = t;
        for (int depth = 0; depth < 3 && lexicon.isQuantity(g.lemma(cur)); depth++) {
            List<Integer> of = g.children(cur, "nmod:of");
            if (of.isEmpty()) {
                break;
            }
            cur = of.get(0);
        }
        return cur;
    }

    // ---------------------------------------------------------------- mention

    private Mention mention(SentenceGraph g, Match m, List<TimeExpression> times) {
        TriggerEntry e = m.entry();
        State st = modality(g, m);
        if (st.modality.equals(PURPOSE) || st.modality.equals(INTENDED)) {
            return null;  // aims and purposes are not events
        }
        List<Mention.Participant> actors = participants(g, m, lexicon.actorRoles(e));
        List<Mention.Participant> recipients = participants(g, m, lexicon.recipientRoles(e));
        recipients.removeIf(p -> actors.stream().anyMatch(a -> a.span().equals(p.span())));
        boolean symmetric = e.symmetric();
        String type = e.type();
        String mode = e.mode();
        String mod = st.modality;
        if (mod.equals(FUTURE) && !st.negated) {
            symmetric = false;  // who promises acts; who it is promised to receives
            PloverCodebook.Type t = lexicon.codebook().type(type);
            if (st.prepared && t.quad() == 4) {
                // preparing to use force is a military move short of it
                type = "MOBILIZE";
                mode = "troops";
                mod = ASSERTED;
            } else if (t.promiseType() != null) {
                // The codebook codes promised cooperation as AGREE and announced conflict as THREATEN:
                // the promise or threat is what happened.
                PloverCodebook.Type promised = lexicon.codebook().type(t.promiseType());
                String pm = t.promiseMode();
                mode = pm == null ? null : pm.equals("=") ? (promised.modes().contains(mode) ? mode : null) : pm;
                type = promised.name();
                mod = ASSERTED;
            }
        }
        if (symmetric) {
            for (Mention.Participant p : recipients) {
                if (actors.stream().noneMatch(a -> a.key().equals(p.key()))) {
                    actors.add(p);
                }
            }
            recipients.clear();
        }
        Token first = g.token(m.first());
        Token last = g.token(m.last());
        Span trigger = new Span(first.start(), last.end());
        Span sentence = new Span(g.sentence.start(), g.sentence.end());
        boolean definite = !e.verb() && (g.hasChild(m.head(), "det", DEFINITE::contains)
                || !g.children(m.head(), "nmod:poss").isEmpty());
        return new Mention(type, mode, g.sentence.index(), trigger, sentence, actors, recipients, mod, st.negated,
                date(g, m, times, mod), !e.verb(), definite, g.lemma(m.head()), symmetric,
                e.verb() && actors.isEmpty() && actedOnIsActor(g, m.head(), recipients));
    }

    /**
     * Whether a passive verb's subject names an actor among the recipients ("Wang Dan was
     * released"): then someone unnamed acted on them. "Information is shared" acts on no one.
     */
    private static boolean actedOnIsActor(SentenceGraph g, int verb, List<Mention.Participant> recipients) {
        if (!g.passive(verb)) {
            return false;
        }
        for (int t : g.children(verb, "nsubj:pass")) {
            Token tok = g.token(t);
            if (recipients.stream().anyMatch(p -> p.actorId() != null && p.span().start() == tok.start())) {
                return true;
            }
        }
        return false;
    }

    private List<Mention.Participant> participants(SentenceGraph g, Match m, List<String> roles) {
        List<Mention.Participant> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (String role : roles) {
            if ((role.equals("comprecipient") || role.equals("condition"))
                    && out.stream().anyMatch(p -> p.actorId() != null)) {
                continue;  // the action's recipient stands in only when the act names none
            }
            if ((role.equals("where") || role.equals("purpose"))
                    && out.stream().anyMatch(p -> p.country() != null)) {
                continue;  // the place or the aim stands in only when no one named has a country
            }
            for (int t : role(g, m, role, false)) {
                for (int a : expand(g, t)) {
                    if (a >= m.first() && a <= m.last()) {
                        continue;
                    }
                    for (int real : eventNounLookThrough(g, a)) {
                        if (seen.add(real)) {
                            boolean placeLike = role.equals("where") || role.equals("purpose");
                            Mention.Participant p = participant(g, real, role.equals("mod") || placeLike);
                            if (p != null && placeLike && p.country() == null) {
                                continue;
                            }
                            if (p != null && out.stream().noneMatch(x -> x.key().equals(p.key()))) {
                                out.add(p);
                            }
                            for (int k : coordinatedModifiers(g, real)) {
                                Mention.Participant q = participant(g, k, true);
                                if (q != null && out.stream().noneMatch(x -> x.key().equals(q.key()))) {
                                    out.add(q);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Country words coordinated before a noun ("Hungarian and Romanian officials", "US and British
     * forces"): each names a participant of its own. The first is the noun's own modifier.
     */
    private List<Integer> coordinatedModifiers(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : g.out(t)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                for (Dependency c : g.out(d.dependent())) {
                    if (c.baseRelation().equals("conj") && c.dependent() < t) {
                        r.add(d.dependent());
                        r.add(c.dependent());
                    }
                }
            }
        }
        return r;
    }

    /** The argument and the arguments coordinated with it ("Jordan and Britain"). */
    private List<Integer> expand(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        int real = lookThrough(g, t);
        r.add(real);
        for (Dependency d : g.out(real)) {
            if (d.baseRelation().equals("conj")) {
                r.add(lookThrough(g, d.dependent()));
            }
        }
        return r;
    }

    /**
     * An argument that is itself an event ("condemned an attack by soldiers", "the raids killed")
     * stands for that event's agent.
     */
    private List<Integer> eventNounLookThrough(SentenceGraph g, int t) {
        if (!eventNouns.contains(t)) {
            return List.of(t);
        }
        List<Integer> agents = new ArrayList<>();
        agents.addAll(g.children(t, "nmod:poss"));
        agents.addAll(g.children(t, "nmod:by"));
        agents.addAll(g.children(t, "nmod:from"));  // "dismissed an appeal from President Gbagbo"
        for (Dependency d : g.out(t)) {
            if ((d.relation().equals("amod") || d.relation().equals("compound")) && resolve(g, d.dependent()) != null) {
                agents.add(d.dependent());
            }
        }
        return agents;
    }

    private Mention.Participant participant(SentenceGraph g, int t, boolean mustResolve) {
        Token tok = g.token(t);
        Actor a = resolve(g, t);
        if (a == null) {
            a = speaker(g, t);
        }
        Span span = new Span(tok.start(), tok.end());
        if (a == null && (NON_ACTOR_NER.contains(tok.ner()) || inTimeExpression(tok))) {
            return null;
        }
        if (a == null && !mustResolve && resolver != null && tok.isNoun() && !PRONOUNS.contains(g.lemma(t))) {
            a = newActor(g, t);
        }
        if (a != null) {
            return new Mention.Participant(a.id(), "a:" + a.id(), a.country(), g.lemma(t), span);
        }
        if (mustResolve || PRONOUNS.contains(g.lemma(t)) || !(tok.isNoun() || tok.pos().startsWith("PRP"))) {
            return null;
        }
        return new Mention.Participant(null, "w:" + g.lemma(t), null, g.lemma(t), span);
    }

    /**
     * An actor for a noun phrase no known actor covers ("local partners", "Islamic State militants"),
     * kept only when its words tell its country or sector.
     */
    private Actor newActor(SentenceGraph g, int head) {
        int first = head;
        int last = head;
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int cur = todo.remove(todo.size() - 1);
            for (Dependency d : g.out(cur)) {
                String r = d.relation();
                if (r.equals("amod") || r.equals("compound") || r.equals("nummod") || r.equals("flat")
                        || r.equals("nmod:poss")) {
                    first = Math.min(first, d.dependent());
                    last = Math.max(last, d.dependent());
                    todo.add(d.dependent());
                }
            }
        }
        SpanResolver.Resolution r = resolver.resolve(doc, g.token(first).start(), g.token(last).end());
        Actor a = r.actor();
        if (a == null || (a.country() == null && a.sector() == null)) {
            return null;
        }
        doc = r.doc();
        return a;
    }

    /**
     * The actor an argument names: its head word, else a name or adjective before it ("US bases"),
     * else its possessor, else what it is "of" ("leaders of Romania's government").
     */
    private Actor resolve(SentenceGraph g, int t) {
        return resolve(g, t, 0);
    }

    private Actor resolve(SentenceGraph g, int t, int depth) {
        Actor a = actorAt(g, t);
        if (a != null && a.country() == null) {
            // "leaders of Romania's new government": an actor of unknown country is less telling
            // than the country its words name
            Actor inner = resolveInside(g, t, depth);
            return inner != null && inner.country() != null ? inner : a;
        }
        if (a != null) {
            return a;
        }
        return resolveInside(g, t, depth);
    }

    private Actor resolveInside(SentenceGraph g, int t, int depth) {
        Actor a;
        for (Dependency d : g.out(t)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("flat")
                    || r.equals("appos")) {
                a = actorAt(g, d.dependent());
                if (a != null) {
                    return a;
                }
            }
        }
        if (depth < 2) {
            for (int of : g.children(t, "nmod:of")) {
                a = resolve(g, of, depth + 1);
                if (a != null) {
                    return a;
                }
            }
            // "an appeal from President Gbagbo", "demands by the rebels": whose the thing is
        }
        if (depth == 0) {
            List<Integer> authors = new ArrayList<>(g.children(t, "nmod:from"));
            authors.addAll(g.children(t, "nmod:by"));
            authors.addAll(g.children(t, "nmod:agent"));
            for (int by : authors) {
                a = resolve(g, by, depth + 1);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * A pronoun argument in reported speech names the speaker: "Syria says it is willing to
     * withdraw", "Bosnian Serbs said their forces had completed their withdrawal".
     */
    private Actor speaker(SentenceGraph g, int t) {
        int pronoun = -1;
        if (SPEAKER_PRONOUNS.contains(g.lemma(t))) {
            pronoun = t;
        } else {
            for (int p : g.children(t, "nmod:poss")) {
                if (SPEAKER_PRONOUNS.contains(g.lemma(p))) {
                    pronoun = p;
                }
            }
        }
        if (pronoun < 0) {
            return null;
        }
        if (pronoun != t) {
            // "the ILO reiterated its demand": a possessive on the verb's own object or complement
            Dependency h = g.head(t);
            if (h != null && g.token(h.governor()).isVerb() && (h.relation().equals("obj")
                    || h.baseRelation().equals("obl"))) {
                for (int s : g.children(h.governor(), "nsubj")) {
                    if (!PRONOUNS.contains(g.lemma(s))) {
                        Actor a = resolve(g, s);
                        if (a != null) {
                            return a;
                        }
                    }
                }
            }
        }
        // climb from the pronoun's clause to a reporting or committing verb and take its subject
        int cur = t;
        for (int depth = 0; depth < 6; depth++) {
            Dependency h = g.head(cur);
            if (h == null) {
                return null;
            }
            String b = h.baseRelation();
            int gov = h.governor();
            if ((b.equals("ccomp") || b.equals("xcomp")) && (modality.is("transparent", g.lemma(gov))
                    || modality.is("commit", g.lemma(gov)) || modality.is("prepare", g.lemma(gov)))) {
                for (int s : g.children(gov, "nsubj")) {
                    if (!PRONOUNS.contains(g.lemma(s))) {
                        return resolve(g, s);
                    }
                }
                return null;
            }
            if (!(b.equals("nsubj") || b.equals("nsubj:pass") || b.equals("obj") || b.startsWith("nmod")
                    || b.equals("xcomp") || b.equals("ccomp") || b.equals("conj"))) {
                return null;
            }
            cur = gov;
        }
        return null;
    }

    private boolean inTimeExpression(Token tok) {
        if (WEEKDAYS.contains(tok.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (TimeExpression te : sentenceTimes) {
            if (tok.start() >= te.start() && tok.end() <= te.end()) {
                return true;
            }
        }
        return false;
    }

    private Actor actorAt(SentenceGraph g, int t) {
        Token tok = g.token(t);
        return doc.actorAt(tok.start(), tok.end());
    }

    // ---------------------------------------------------------------- modality

    /** Modality and negation while walking up from a trigger. */
    private static final class State {
        String modality = ASSERTED;
        boolean negated;
        boolean would;
        boolean reported;
        boolean prepared;

        void raise(String m) {
            if (rank(m) > rank(modality)) {
                modality = m;
            }
        }

        private static int rank(String m) {
            return switch (m) {
                case PURPOSE -> 4;
                case INTENDED -> 3;
                case HYPOTHETICAL -> 2;
                case FUTURE -> 1;
                default -> 0;
            };
        }
    }

    private State modality(SentenceGraph g, Match m) {
        State st = new State();
        if (!m.entry().verb()) {
            if (g.hasChild(m.head(), "det", l -> modality.is("negator", l))) {
                st.negated = true;
            }
            int sv = m.support();
            if (sv < 0) {
                return st;  // a noun names an event the text takes for granted ("the attacks")
            }
            String l = g.lemma(sv);
            Dependency h = g.head(m.head());
            boolean setting = h != null && !h.relation().equals("obj") && !h.relation().equals("nsubj:pass")
                    && !h.relation().equals("obl:for");
            if (!setting && !lexicon.isSupport(l)) {
                // "promised aid", "wants talks"; but "undertook a mission" reports it done
                if (modality.is("prepare", l)) {
                    st.raise(FUTURE);
                    st.prepared = true;
                } else if (modality.is("commit", l)) {
                    st.raise(FUTURE);
                } else if (modality.is("desire", l)) {
                    st.raise(INTENDED);
                } else if (modality.is("negative", l)) {
                    st.negated = !st.negated;
                }
            }
            walk(g, sv, st);
            return st;
        }
        walk(g, m.head(), st);
        return st;
    }

    private void walk(SentenceGraph g, int v, State st) {
        local(g, v, st);
        int cur = v;
        for (int depth = 0; depth < 8; depth++) {
            Dependency h = g.head(cur);
            if (h == null) {
                if (hasMark(g, cur, "to") && g.children(cur, "nsubj").isEmpty() && g.children(cur, "aux").isEmpty()) {
                    st.raise(PURPOSE);  // a bare infinitive standing alone: "On the other, to neutralize …"
                }
                break;
            }
            int gov = h.governor();
            String rel = h.relation();
            String base = h.baseRelation();
            String gl = g.lemma(gov);
            if (base.equals("conj")) {
                if (g.children(cur, "aux").isEmpty()) {
                    aux(g, gov, st);
                }
                cur = gov;
                continue;
            }
            String marker = base.equals("advcl") || base.equals("acl") ? markerOf(g, rel, cur) : null;
            boolean complement = base.equals("xcomp") || base.equals("ccomp")
                    || (marker != null && COMPLEMENT_MARKERS.contains(marker) && classed(gl))
                    || ((base.equals("obj") || base.equals("nsubj") || base.equals("dep"))
                        && g.token(cur).pos().equals("VBG"));
            if (complement) {
                if (base.equals("xcomp") && controlledByAim(g, cur)) {
                    st.raise(INTENDED);  // "dismissed an appeal from X to lay down their arms"
                }
                if (modality.is("future-adj", gl) && !g.token(gov).pos().startsWith("VB")) {
                    st.raise(FUTURE);
                } else if (modality.is("prepare", gl)) {
                    st.raise(FUTURE);
                    st.prepared = true;
                } else if (modality.is("commit", gl)) {
                    st.raise(FUTURE);
                } else if (modality.is("desire", gl)) {
                    st.raise(INTENDED);
                } else if (modality.is("epistemic", gl)) {
                    st.raise(HYPOTHETICAL);
                } else if (modality.is("negative", gl)) {
                    st.negated = !st.negated;
                } else if (modality.is("transparent", gl) && !base.equals("xcomp")) {
                    st.reported = true;
                }
                if (purposeSubject(g, gov)) {
                    st.raise(INTENDED);
                }
                local(g, gov, st);
                cur = gov;
                continue;
            }
            if (base.equals("advcl")) {
                String sub = subtype(rel);
                String mark = sub != null ? sub : firstMark(g, cur);
                boolean gerund = g.token(cur).pos().equals("VBG") && !hasMark(g, cur, "to");
                if (mark != null && modality.is("condition", mark)) {
                    st.raise(HYPOTHETICAL);
                } else if (mark != null && modality.is("purpose", mark) && !gerund) {
                    st.raise(PURPOSE);  // "to neutralize"; but "resorted to throwing stones" is done
                } else if (gerund && mark != null && COMPLEMENT_MARKERS.contains(mark)) {
                    // "could lead to Turkey reneging": the gerund shares its governor's modality
                    local(g, gov, st);
                    cur = gov;
                    continue;
                }
                break;
            }
            if (base.equals("acl")) {
                String sub = subtype(rel);
                if (!"relcl".equals(sub) && ("to".equals(sub) || hasMark(g, cur, "to"))) {
                    st.raise(PURPOSE);
                } else if (!"relcl".equals(sub) && modality.is("purpose-noun", gl)) {
                    st.raise(INTENDED);  // "an agreement on carrying out a protest", "the decision of sending troops"
                }
                break;
            }
            break;
        }
        if (st.would) {
            st.raise(st.reported ? FUTURE : HYPOTHETICAL);
        }
    }

    /** Where the recipient of an action in a complement clause is found. */
    private static final List<String> COMPLEMENT_RECIPIENTS = List.of("obj", "iobj", "to", "against", "with", "on",
            "where");
    /** Prepositions that name where an action took place. */
    private static final List<String> PLACE_PREPOSITIONS = List.of("in", "into", "inside", "across", "throughout");

    /** Markers of a subordinate clause that complements its verb ("accused X of violating"). */
    private static final Set<String> COMPLEMENT_MARKERS = Set.of("of", "to", "that", "for", "about", "on");

    private boolean classed(String lemma) {
        return modality.is("commit", lemma) || modality.is("prepare", lemma) || modality.is("desire", lemma)
                || modality.is("epistemic", lemma) || modality.is("negative", lemma);
    }

    private static String markerOf(SentenceGraph g, String rel, int cur) {
        String sub = subtype(rel);
        return sub != null && !sub.equals("relcl") ? sub : firstMark(g, cur);
    }

    /** Negation, auxiliaries and condition marks on the verb itself. */
    private void local(SentenceGraph g, int v, State st) {
        for (Dependency d : g.out(v)) {
            String r = d.relation();
            String l = g.lemma(d.dependent());
            if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && modality.is("negator", l)) {
                st.negated = !st.negated;
            }
        }
        aux(g, v, st);
        String mark = firstMark(g, v);
        if (mark != null && modality.is("condition", mark)) {
            st.raise(HYPOTHETICAL);
        }
        if ("to".equals(mark) && g.hasChild(v, "advmod", l -> modality.is("future-adj", l))) {
            st.raise(FUTURE);  // "is about to restore", parsed with "about" as an adverb
        }
    }

    private void aux(SentenceGraph g, int v, State st) {
        for (int a : g.children(v, "aux")) {
            String l = g.lemma(a);
            String w = g.word(a);
            if (modality.is("future-aux", l) || modality.is("future-aux", w)) {
                st.raise(FUTURE);
            } else if (modality.is("would-aux", l) || modality.is("would-aux", w)) {
                st.would = true;
            } else if (modality.is("hedge-aux", l) || modality.is("hedge-aux", w)) {
                st.raise(HYPOTHETICAL);
            }
        }
    }

    /** Whether a complement's understood subject is an aim or a request ("an appeal … to lay down"). */
    private boolean controlledByAim(SentenceGraph g, int clause) {
        for (int s : g.children(clause, "nsubj:xsubj")) {
            String l = g.lemma(s);
            if (modality.is("purpose-noun", l) || modality.is("desire", l)) {
                return true;
            }
        }
        return false;
    }

    /** "The objective … is to …": the governing clause's subject names an aim. */
    private boolean purposeSubject(SentenceGraph g, int gov) {
        for (int s : g.children(gov, "nsubj")) {
            if (modality.is("purpose-noun", g.lemma(s))) {
                return true;
            }
        }
        return false;
    }

    private static String subtype(String rel) {
        int c = rel.indexOf(':');
        return c < 0 ? null : rel.substring(c + 1).toLowerCase(Locale.ROOT);
    }

    private static String firstMark(SentenceGraph g, int v) {
        List<Integer> marks = g.children(v, "mark");
        return marks.isEmpty() ? null : g.lemma(marks.get(0));
    }

    private static boolean hasMark(SentenceGraph g, int v, String w) {
        for (int mk : g.children(v, "mark")) {
            if (g.lemma(mk).equals(w)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- date

    /** A date from a time expression attached to the trigger (or its support verb), else null. */
    private String date(SentenceGraph g, Match m, List<TimeExpression> times, String mod) {
        return date(g, m.head(), m.support(), times, mod);
    }

    private String date(SentenceGraph g, int head, int support, List<TimeExpression> times, String mod) {
        Set<Integer> anchors = new LinkedHashSet<>();
        anchors.add(head);
        if (support >= 0) {
            anchors.add(support);
        }
        for (TimeExpression te : times) {
            String value = calendar(te.value());
            if (value == null) {
                continue;
            }
            for (int i = 0; i < g.size(); i++) {
                Token t = g.token(i);
                if (t.start() < te.start() || t.end() > te.end()) {
                    continue;
                }
                Dependency h = g.head(i);
                if (h != null && anchors.contains(h.governor())) {
                    return pastWeekday(value, te, g.token(support >= 0 ? support : head), mod);
                }
            }
        }
        return null;
    }

    /** The calendar part of a normalised time value ("2019-12-14", "2019-12", "2019"), else null. */
    static String calendar(String value) {
        if (value == null) {
            return null;
        }
        Matcher mt = ISO_DATE.matcher(value);
        if (!mt.find()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(mt.group(1));
        if (mt.group(2) != null) {
            sb.append('-').append(mt.group(2));
            if (mt.group(3) != null) {
                sb.append('-').append(mt.group(3));
            }
        }
        return sb.toString();
    }

    /**
     * A weekday normalised into the week after publication although the verb is in the past
     * ("attacked on Monday") means the Monday before.
     */
    private String pastWeekday(String value, TimeExpression te, Token verb, String mod) {
        if (published == null || value.length() != 10 || !mod.equals(ASSERTED)) {
            return value;
        }
        String text = te.text().toLowerCase(Locale.ROOT);
        boolean weekday = WEEKDAYS.stream().anyMatch(text::contains);
        boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
        if (!weekday || !past) {
            return value;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(published)) {
                DayOfWeek dow = d.getDayOfWeek();
                LocalDate back = published;
                while (back.getDayOfWeek() != dow) {
                    back = back.minusDays(1);
                }
                return back.toString();
            }
        } catch (DateTimeParseException ignored) {
            // not a plain date: keep it as normalised
        }
        return value;
    }
}
