package org.herodotus.events;

import java.util.Set;
import org.herodotus.model.Modality;
import org.herodotus.nlp.Dependency;

/**
 * Reads the modality and negation of a trigger: walks up the dependency graph from it (or from the
 * verb reporting a noun trigger) through complement clauses, auxiliaries, negators and markers,
 * using the word classes of {@link ModalityLexicon}.
 */
final class ModalityReader {

    private final EventLexicon lexicon;
    private final ModalityLexicon modality;

    ModalityReader(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.modality = lexicon.modality();
    }

    /** Modality and negation while walking up from a trigger. */
    static final class State {
        Modality modality = Modality.ASSERTED;
        /** The trigger is in a purpose clause ("to neutralize the drones"): never coded, whatever its modality. */
        boolean purpose;
        boolean negated;
        boolean would;
        boolean reported;
        boolean prepared;
        /** The future comes from a word of commitment ("promised to", "threatened to"), not a tense. */
        boolean committed;

        /** Raises the modality to {@code m} when that is the stronger where they combine. */
        void raise(Modality m) {
            if (rank(m) > rank(modality)) {
                modality = m;
            }
        }

        private static int rank(Modality m) {
            return switch (m) {
                case INTENDED -> 3;
                case HYPOTHETICAL -> 2;
                case FUTURE -> 1;
                case ASSERTED -> 0;
            };
        }
    }

    /** The modality and negation of a matched trigger. */
    State read(SentenceGraph g, TriggerMatch m) {
        State st = new State();
        if (!m.entry().verb()) {
            if (g.hasChild(m.head(), "det", l -> modality.is("negator", l))) {
                st.negated = true;
            }
            Dependency up = g.head(m.head());
            if (up != null && up.relation().equals("nmod:for") && modality.is("purpose-noun", g.lemma(up.governor()))) {
                st.raise(Modality.INTENDED);  // "a campaign for sanctions", "an appeal for the release of": asked, not done
                return st;
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
                    st.raise(Modality.FUTURE);
                    st.prepared = true;
                } else if (modality.is("commit", l)) {
                    st.raise(Modality.FUTURE);
                    st.committed = true;
                } else if (modality.is("desire", l)) {
                    st.raise(Modality.INTENDED);
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
                if (g.hasMark(cur, "to") && g.children(cur, "nsubj").isEmpty() && g.children(cur, "aux").isEmpty()) {
                    st.purpose = true;  // a bare infinitive standing alone: "On the other, to neutralize …"
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
            String marker = base.equals("advcl") || base.equals("acl") ? g.markerOf(rel, cur) : null;
            boolean complement = base.equals("xcomp") || base.equals("ccomp")
                    || (marker != null && COMPLEMENT_MARKERS.contains(marker) && classed(gl))
                    || ((base.equals("obj") || base.equals("nsubj") || base.equals("dep"))
                        && g.token(cur).pos().equals("VBG"));
            if (complement) {
                if (base.equals("xcomp") && controlledByAim(g, cur)) {
                    st.raise(Modality.INTENDED);  // "dismissed an appeal from X to lay down their arms"
                }
                if (modality.is("future-adj", gl) && !g.token(gov).pos().startsWith("VB")) {
                    st.raise(Modality.FUTURE);
                } else if (modality.is("prepare", gl)) {
                    st.raise(Modality.FUTURE);
                    st.prepared = true;
                } else if (modality.is("commit", gl)) {
                    st.raise(Modality.FUTURE);
                    st.committed = true;
                } else if (modality.is("desire", gl)) {
                    st.raise(Modality.INTENDED);
                } else if (modality.is("epistemic", gl)) {
                    st.raise(Modality.HYPOTHETICAL);
                } else if (modality.is("negative", gl)) {
                    st.negated = !st.negated;
                } else if (modality.is("transparent", gl) && !base.equals("xcomp")) {
                    st.reported = true;
                }
                if (purposeSubject(g, gov)) {
                    st.raise(Modality.INTENDED);
                }
                local(g, gov, st);
                cur = gov;
                continue;
            }
            if (base.equals("advcl")) {
                String sub = SentenceGraph.subtype(rel);
                String mark = sub != null ? sub : g.firstMark(cur);
                boolean gerund = g.token(cur).pos().equals("VBG") && !g.hasMark(cur, "to");
                if (mark != null && modality.is("condition", mark)) {
                    st.raise(Modality.HYPOTHETICAL);
                } else if (mark != null && modality.is("purpose", mark) && !gerund) {
                    st.purpose = true;  // "to neutralize"; but "resorted to throwing stones" is done
                } else if (gerund && mark != null && COMPLEMENT_MARKERS.contains(mark)) {
                    // "could lead to Turkey reneging": the gerund shares its governor's modality
                    local(g, gov, st);
                    cur = gov;
                    continue;
                }
                break;
            }
            if (base.equals("acl")) {
                String sub = SentenceGraph.subtype(rel);
                if (!"relcl".equals(sub) && ("to".equals(sub) || g.hasMark(cur, "to"))) {
                    st.purpose = true;
                } else if (!"relcl".equals(sub) && modality.is("purpose-noun", gl)) {
                    st.raise(Modality.INTENDED);  // "an agreement on carrying out a protest", "the decision of sending troops"
                }
                break;
            }
            break;
        }
        if (st.would) {
            st.raise(st.reported ? Modality.FUTURE : Modality.HYPOTHETICAL);
        }
    }


    /** Markers of a subordinate clause that complements its verb ("accused X of violating"). */
    private static final Set<String> COMPLEMENT_MARKERS = EventWords.of("complement-markers");

    private boolean classed(String lemma) {
        return modality.is("commit", lemma) || modality.is("prepare", lemma) || modality.is("desire", lemma)
                || modality.is("epistemic", lemma) || modality.is("negative", lemma);
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
        String mark = g.firstMark(v);
        if (mark != null && modality.is("condition", mark)) {
            st.raise(Modality.HYPOTHETICAL);
        }
        if ("to".equals(mark) && g.hasChild(v, "advmod", l -> modality.is("future-adj", l))) {
            st.raise(Modality.FUTURE);  // "is about to restore", parsed with "about" as an adverb
        }
    }

    private void aux(SentenceGraph g, int v, State st) {
        for (int a : g.children(v, "aux")) {
            String l = g.lemma(a);
            String w = g.word(a);
            if (modality.is("future-aux", l) || modality.is("future-aux", w)) {
                st.raise(Modality.FUTURE);
            } else if (modality.is("would-aux", l) || modality.is("would-aux", w)) {
                st.would = true;
            } else if (modality.is("hedge-aux", l) || modality.is("hedge-aux", w)) {
                st.raise(Modality.HYPOTHETICAL);
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

}
