package org.herodotus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Recognises near-duplicate articles (a wire story re-published by many outlets): finds, for each
 * article of a batch, the earlier article it repeats, by the hash of its normalised text or by
 * MinHash over the stored articles' bands, so that repeats count as one source. Runs inside the
 * writer's transaction.
 */
final class DuplicateFinder {

    /**
     * An article on its way into the store, as duplicate finding sees it.
     *
     * @param id        its row id
     * @param textHash  hash of its normalised text
     * @param signature its MinHash signature
     * @param url       its address, for the outlet, or null
     */
    record Article(long id, String textHash, MinHash.Signature signature, String url) {
    }

    /**
     * What duplicate finding decided for one article.
     *
     * @param copyOf the original it repeats, or null
     * @param group  its source group: the original's, else its outlet, else itself
     */
    record Verdict(Long copyOf, String group) {
    }

    /** A stored article that may be the original of one of the batch. */
    private record Known(long id, MinHash.Signature signature, Long copyOf, String group, String textHash, Set<Long> buckets) {
    }

    /** Reads one row. */
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static final String COLUMNS = "a.id, a.minhash, a.shingles, a.copy_of, a.source_group, a.text_hash";

    /** Band buckets looked up per statement. */
    private static final int BUCKETS = 5000;

    private final StatementCache sql;
    private final Rules rules;

    DuplicateFinder(StatementCache sql, Rules rules) {
        this.sql = sql;
        this.rules = rules;
    }

    /**
     * The copy-of link and source group of each article of {@code work}, in order: the earlier
     * article, stored or earlier in this batch, whose text it repeats (same normalised text, or
     * MinHash estimate above the thresholds); otherwise its own outlet.
     */
    List<Verdict> find(List<Article> work) throws SQLException {
        List<Verdict> verdicts = new ArrayList<>(work.size());
        Set<String> hashes = new LinkedHashSet<>();
        Set<Long> buckets = new LinkedHashSet<>();
        Set<Long> own = new HashSet<>();
        for (Article item : work) {
            hashes.add(item.textHash());
            own.add(item.id());
            if (item.signature().shingles() > 0) {
                for (long b : item.signature().buckets()) {
                    buckets.add(b);
                }
            }
        }
        List<Known> known = new ArrayList<>();
        Set<Long> read = new HashSet<>(own);
        RowReader keep = rs -> {
            long id = rs.getLong("id");
            if (read.add(id)) {
                MinHash.Signature s = MinHash.Signature.of(rs.getBytes("minhash"), rs.getInt("shingles"));
                known.add(new Known(id, s, Sql.longOrNull(rs, "copy_of"), rs.getString("source_group"),
                        rs.getString("text_hash"), bucketSet(s)));
            }
        };
        // Two lookups rather than one statement OR-ing them: each can use its own index (or, on
        // DuckDB, scan one narrow column), where the disjunction made every statement read every
        // article; and the buckets go in chunks of thousands, written as numbers, so a batch of
        // thousands of articles reads the bands a few times instead of once per 500 buckets.
        PreparedStatement byHash = sql.get("SELECT " + COLUMNS + " FROM articles a WHERE " + sql.isIn("a.text_hash"));
        sql.setTexts(byHash, 1, hashes);
        readAll(byHash, keep);
        List<Long> bucketList = new ArrayList<>(buckets);
        for (int from = 0; from < bucketList.size(); from += BUCKETS) {
            List<Long> bs = bucketList.subList(from, Math.min(bucketList.size(), from + BUCKETS));
            try (PreparedStatement p = sql.connection().prepareStatement("SELECT " + COLUMNS + " FROM articles a WHERE a.id IN "
                    + "(SELECT article_id FROM article_bands WHERE bucket IN (" + Sql.literals(bs) + "))")) {
                readAll(p, keep);
            }
        }
        known.sort(java.util.Comparator.comparingLong(Known::id));
        for (Article item : work) {
            Set<Long> mine = bucketSet(item.signature());
            Known best = null;
            double bestScore = 0;
            for (Known k : known) {
                if (k.copyOf() != null && k.copyOf() == item.id()) {
                    // A copy of this very article (stored after it, now being re-stored): this one
                    // is the original, never a copy of itself.
                    continue;
                }
                double score;
                if (k.textHash().equals(item.textHash())) {
                    score = 3;
                } else if (!intersects(mine, k.buckets())) {
                    continue;
                } else {
                    double j = item.signature().jaccard(k.signature());
                    double contained = item.signature().containment(k.signature());
                    score = j >= rules.duplicateJaccard() || contained >= rules.duplicateContainment() ? j + contained : 0;
                }
                if (score > bestScore || score == bestScore && best != null && k.id() < best.id()) {
                    bestScore = score;
                    best = k;
                }
            }
            String outlet = ArticleKeys.outlet(item.url());
            Long copyOf = null;
            String group;
            if (best != null && bestScore > 0) {
                copyOf = best.copyOf() != null ? best.copyOf() : best.id();
                group = best.group();
            } else {
                group = outlet != null ? outlet : "article:" + item.id();
            }
            verdicts.add(new Verdict(copyOf, group));
            // Later articles of this batch may copy this one.
            known.add(new Known(item.id(), item.signature(), copyOf, group, item.textHash(), mine));
        }
        return verdicts;
    }

    private static void readAll(PreparedStatement p, RowReader reader) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    private static Set<Long> bucketSet(MinHash.Signature s) {
        Set<Long> out = new HashSet<>();
        if (s.shingles() > 0) {
            for (long b : s.buckets()) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean intersects(Set<Long> a, Set<Long> b) {
        for (Long x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
