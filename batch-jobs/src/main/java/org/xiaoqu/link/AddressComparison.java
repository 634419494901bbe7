package org.xiaoqu.link;

import org.xiaoqu.link.internal.AddressIdf;
import org.xiaoqu.link.internal.ChineseText;

/**
 * The engine's Chinese address comparison on its own: both addresses normalised (width, punctuation,
 * Chinese numerals, 栋/幢/座/号楼), then the cosine of their character n-gram sets weighted by inverse
 * document frequency over a corpus of addresses — so the grams every address shares (路, 号, 小区) weigh
 * little and an estate's own name weighs much. The {@code address} comparator of a link configuration uses
 * it with the corpus of the field's values.
 */
public final class AddressComparison {
    private final AddressIdf idf;
    private final int n;

    private AddressComparison(AddressIdf idf, int n) {
        this.idf = idf;
        this.n = n;
    }

    /** Estimates the gram weights from a corpus of raw addresses (no labels are needed). */
    public static AddressComparison fit(Iterable<String> corpus, int n) {
        AddressIdf.Builder b = new AddressIdf.Builder(n);
        for (String s : corpus) {
            b.add(ChineseText.normaliseAddress(s));
        }
        return new AddressComparison(b.build(), n);
    }

    /** The similarity of two raw addresses in [0, 1]. */
    public double similarity(String a, String b) {
        String na = ChineseText.normaliseAddress(a);
        String nb = ChineseText.normaliseAddress(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return 0;
        }
        return na.equals(nb) ? 1 : idf.cosine(na, nb, n);
    }

    /** Normalises an address as the comparison does (exposed for blocking keys and tests). */
    public static String normalise(String address) {
        return ChineseText.normaliseAddress(address);
    }
}
