package org.xiaoqu.link.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of character n-grams, estimated from all values of an address field, so
 * that grams every address shares (路, 号, 小区, 花园) weigh little and rare ones (an estate's own name) weigh
 * much. The similarity is the cosine of the IDF-weighted gram sets.
 */
public final class AddressIdf {
    static final AddressIdf EMPTY = new AddressIdf(Map.of(), 0);

    private final Map<String, Integer> documentFrequency;
    private final long documents;

    public AddressIdf(Map<String, Integer> documentFrequency, long documents) {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /** Accumulates document frequencies; not thread-safe. */
    public static final class Builder {
        private final Map<String, Integer> df = new HashMap<>();
        private final int n;
        private long documents;

        public Builder(int n) {
            this.n = n;
        }

        public void add(String prepared) {
            if (prepared.isEmpty()) {
                return;
            }
            documents++;
            for (String g : Similarity.grams(prepared, n)) {
                df.merge(g, 1, Integer::sum);
            }
        }

        public AddressIdf build() {
            return new AddressIdf(df, documents);
        }
    }

    double weight(String gram) {
        int df = documentFrequency.getOrDefault(gram, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1;
    }

    /** IDF-weighted cosine of the n-gram sets of two normalised addresses. */
    public double cosine(String a, String b, int n) {
        Set<String> ga = Similarity.grams(a, n);
        Set<String> gb = Similarity.grams(b, n);
        double inter = 0;
        double na = 0;
        double nb = 0;
        for (String g : ga) {
            double w = weight(g);
            na += w * w;
            if (gb.contains(g)) {
                inter += w * w;
            }
        }
        for (String g : gb) {
            double w = weight(g);
            nb += w * w;
        }
        return na == 0 || nb == 0 ? 0 : inter / Math.sqrt(na * nb);
    }
}
