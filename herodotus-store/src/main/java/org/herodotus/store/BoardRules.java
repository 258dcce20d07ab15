package org.herodotus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attribution boards without a database: from the {@link BoardFacts} of an incident's articles to
 * its board. The store calls it with facts read from its tables; herodotus-spark's incidents job
 * with facts derived from a run's analyses. The weights are in {@code board.properties}.
 *
 * <p>Every claim that names who did it and is about one of the incident's events counts for or
 * against its candidate, weighted by certainty. Each claimant counts once per candidate, with its
 * strongest claim; an unnamed claimant ("a military source") counts once per independent source,
 * since two outlets' anonymous sources may be two people. A claim with no event counts for the
 * incident when its article reports no other incident, or when the article's other attributions
 * are mostly about this incident. The article's own narrative naming a perpetrator counts as a
 * claim by the outlet, unless a claim in the same article about this incident already names that
 * perpetrator.
 */
public final class BoardRules {

    /** Claim ids ("c2" before "c10") in the order the pipeline numbers them. */
    private static final Comparator<String> BY_NUMBER = Comparator.nullsFirst(
            Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));

    private final Rules rules;

    BoardRules(Rules rules) {
        this.rules = rules;
    }

    /** The weights shipped with Herodotus. */
    public static BoardRules bundled() {
        return new BoardRules(Rules.load());
    }

    /** One claim or report as a vote for (weight ≥ 0) or against one candidate. */
    private record Vote(String candidateKey, String name, String country, String sector, String claimantKey,
                        double weight, String certainty, AttributionBoard.Entry entry, String group, LocalDate when,
                        long article, int offset) {
    }

    /**
     * The board of incident {@code incident} from the facts of its articles; articles none of
     * whose events joined it are ignored. Articles are taken in storage order, an article's claims
     * in id order and its participants in event order; the participants of one event in the order
     * given, which breaks ties between candidates named by the same event.
     */
    public AttributionBoard board(long incident, List<BoardFacts.ArticleFacts> articles) {
        List<BoardFacts.ArticleFacts> mine = new ArrayList<>();
        for (BoardFacts.ArticleFacts f : articles) {
            if (f.incidents().contains(incident)) {
                mine.add(f);
            }
        }
        mine.sort(Comparator.comparingLong(f -> f.article().order()));
        // Every claim before every report, as candidates tied on support, sources and first date
        // keep the order they were first met in.
        List<Vote> votes = new ArrayList<>();
        for (BoardFacts.ArticleFacts f : mine) {
            claims(incident, f, votes);
        }
        for (BoardFacts.ArticleFacts f : mine) {
            reports(incident, f, votes);
        }
        return rank(incident, votes);
    }

    private void claims(long incident, BoardFacts.ArticleFacts f, List<Vote> votes) {
        List<BoardFacts.Claim> claims = new ArrayList<>(f.claims());
        claims.sort(Comparator.comparing(BoardFacts.Claim::key, BY_NUMBER));
        // Which incident the article's attributions are mostly about: most linked claims, then the
        // older incident (the smaller id).
        Map<Long, Integer> linkedTo = new HashMap<>();
        for (BoardFacts.Claim c : claims) {
            if (c.linked() && c.incident() != null) {
                linkedTo.merge(c.incident(), 1, Integer::sum);
            }
        }
        Long mostly = linkedTo.entrySet().stream()
                .min(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        boolean onlyThis = f.incidents().size() == 1;
        BoardFacts.Article a = f.article();
        for (BoardFacts.Claim c : claims) {
            boolean about = c.linked() ? Long.valueOf(incident).equals(c.incident())
                    : onlyThis || Long.valueOf(incident).equals(mostly);
            if (!about) {
                continue;
            }
            String target = c.name();
            String speaker = c.speaker();
            boolean self = speaker != null && speaker.equalsIgnoreCase(target);
            double w = weight(c.type(), c.certainty(), self);
            String claimant = speaker != null ? speaker : c.speakerText() != null ? c.speakerText() : "unnamed source";
            String claimantKey = speaker != null ? "actor:" + speaker.toLowerCase(Locale.ROOT) : "unnamed@" + a.group();
            votes.add(new Vote(target.toLowerCase(Locale.ROOT), target, c.country(), c.sector(), claimantKey, w,
                    c.certainty(), new AttributionBoard.Entry(claimant, c.type(), c.certainty(), w < 0, c.cue(), c.content(),
                            a.when(), a.outlet(), a.url(), a.title(), a.document(), a.key(), a.group()),
                    a.group(), a.when(), a.order(), c.cueStart() == null ? 0 : c.cueStart()));
        }
    }

    private void reports(long incident, BoardFacts.ArticleFacts f, List<Vote> votes) {
        // A perpetrator a claim of this article about this incident names is counted as that claim.
        Set<String> claimed = new HashSet<>();
        for (BoardFacts.Claim c : f.claims()) {
            if (!c.linked() || Long.valueOf(incident).equals(c.incident())) {
                claimed.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        List<BoardFacts.Participant> participants = new ArrayList<>(f.participants());
        participants.sort(Comparator.comparingLong(BoardFacts.Participant::event));
        BoardFacts.Article a = f.article();
        // A wire copy's narrative is the original outlet's.
        String claimant = !a.group().startsWith("article:") ? a.group() : a.outlet() != null ? a.outlet() : "the article";
        Set<String> named = new HashSet<>();
        for (BoardFacts.Participant p : participants) {
            String key = p.name().toLowerCase(Locale.ROOT);
            if (p.incident() != incident || claimed.contains(key) || !named.add(key)) {
                continue;
            }
            // "Gunmen", "a pro-Iran militia": a description, not an identified party. Rows stored
            // before participants recorded it fall back to "no country known".
            boolean unidentified = p.generic() == null ? p.country() == null : p.generic();
            double w = unidentified ? rules.weight("report.unidentified") : rules.weight("report");
            votes.add(new Vote(key, p.name(), p.country(), p.sector(), "report@" + a.group(), w, "asserted",
                    new AttributionBoard.Entry(claimant, "report", "asserted", false, p.trigger(), p.sentence(), a.when(),
                            a.outlet(), a.url(), a.title(), a.document(), a.key(), a.group()),
                    a.group(), a.when(), a.order(), p.offset() == null ? 0 : p.offset()));
        }
    }

    private AttributionBoard rank(long incident, List<Vote> votes) {
        Map<String, List<Vote>> byCandidate = new LinkedHashMap<>();
        for (Vote v : votes) {
            byCandidate.computeIfAbsent(v.candidateKey(), k -> new ArrayList<>()).add(v);
        }
        List<AttributionBoard.Candidate> candidates = new ArrayList<>();
        Map<AttributionBoard.Candidate, LocalDate> firstClaim = new HashMap<>();
        for (List<Vote> claims : byCandidate.values()) {
            claims.sort(Comparator.comparing(Vote::when).thenComparingLong(Vote::article).thenComparingInt(Vote::offset));
            Map<String, Vote> strongest = new LinkedHashMap<>();
            for (Vote v : claims) {
                strongest.merge(v.claimantKey(), v, (x, y) -> Math.abs(y.weight()) >= Math.abs(x.weight()) ? y : x);
            }
            double forSum = 0;
            double against = 0;
            Vote bestFor = null;
            Vote bestAgainst = null;
            for (Vote v : strongest.values()) {
                if (v.weight() >= 0) {
                    forSum += v.weight();
                    bestFor = bestFor == null || v.weight() > bestFor.weight() ? v : bestFor;
                } else {
                    against -= v.weight();
                    bestAgainst = bestAgainst == null || v.weight() < bestAgainst.weight() ? v : bestAgainst;
                }
            }
            Set<String> sourcesFor = new HashSet<>();
            Set<String> sources = new HashSet<>();
            for (Vote v : claims) {
                sources.add(v.group());
                if (v.weight() > 0) {
                    sourcesFor.add(v.group());
                }
            }
            double support = forSum - against + rules.weight("corroboration") * Math.max(0, sourcesFor.size() - 1);
            String verdict = support < 0 || bestFor == null ? bestAgainst.certainty() : bestFor.certainty();
            Vote first = claims.get(0);
            AttributionBoard.Candidate candidate = new AttributionBoard.Candidate(first.name(), first.country(),
                    first.sector(), verdict, Math.round(support * 1000) / 1000.0, strongest.size(), sources.size(),
                    claims.stream().map(Vote::entry).toList());
            candidates.add(candidate);
            firstClaim.put(candidate, first.when());
        }
        candidates.sort(Comparator.comparingDouble(AttributionBoard.Candidate::support).reversed()
                .thenComparing(Comparator.comparingInt(AttributionBoard.Candidate::sources).reversed())
                .thenComparing(firstClaim::get));
        return new AttributionBoard(incident, candidates);
    }

    /** The signed weight of one claim for its candidate. */
    double weight(String type, String certainty, boolean self) {
        String key = certainty == null ? "unknown" : certainty;
        double w = rules.board().containsKey("certainty." + key) ? rules.weight("certainty." + key) : rules.weight("certainty.unknown");
        if ("denial".equals(type)) {
            w = -Math.abs(w);
            if (self) {
                w *= rules.weight("denial.self.factor");
            }
        }
        return w;
    }
}
