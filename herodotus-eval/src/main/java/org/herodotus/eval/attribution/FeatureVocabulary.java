package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Feature names and ids, with counts, so that rare features can be dropped. */
final class FeatureVocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureVocabulary.class);

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[]> counts = new ArrayList<>();
    private List<String> kept;

    int[][] ids(List<List<String>> features) {
        int[][] out = new int[features.size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> f = features.get(i);
            int[] row = new int[f.size()];
            for (int k = 0; k < row.length; k++) {
                Integer id = ids.get(f.get(k));
                if (id == null) {
                    id = names.size();
                    ids.put(f.get(k), id);
                    names.add(f.get(k));
                    counts.add(new int[1]);
                }
                counts.get(id)[0]++;
                row[k] = id;
            }
            out[i] = row;
        }
        return out;
    }

    /** Keeps the features seen at least {@code min} times, renumbered in name order; rewrites the sequences' ids. */
    List<TrainingSequence> prune(List<TrainingSequence> sequences, int min) {
        List<String> keep = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (counts.get(i)[0] >= min) {
                keep.add(names.get(i));
            }
        }
        Collections.sort(keep);
        int[] map = new int[names.size()];
        java.util.Arrays.fill(map, -1);
        for (int i = 0; i < keep.size(); i++) {
            map[ids.get(keep.get(i))] = i;
        }
        for (TrainingSequence s : sequences) {
            int[][] f = s.features();
            for (int i = 0; i < f.length; i++) {
                f[i] = java.util.Arrays.stream(f[i]).map(x -> map[x]).filter(x -> x >= 0).toArray();
            }
        }
        kept = keep;
        ids.clear();
        names.clear();
        counts.clear();
        LOG.info("{} features seen at least {} times", keep.size(), min);
        return sequences;
    }

    int size() {
        return kept.size();
    }

    String name(int id) {
        return kept.get(id);
    }
}
