package org.xiaoqu.vote;

import org.xiaoqu.common.XiaoquException;

/**
 * A share a ratio must reach: {@code >= 2/3} ("以上", which includes the number, Civil Code art. 1259) or
 * {@code > 1/2} ("过半数", which does not).
 *
 * @param share the share
 * @param inclusive whether reaching the share exactly is enough
 */
public record Threshold(Ratio share, boolean inclusive) {
    /** 三分之二以上: participation, every matter. */
    public static final Threshold TWO_THIRDS = new Threshold(Ratio.of(2, 3), true);
    /** 四分之三以上: approval of items 6–8. */
    public static final Threshold THREE_QUARTERS = new Threshold(Ratio.of(3, 4), true);
    /** 过半数: approval of every other item. */
    public static final Threshold MORE_THAN_HALF = new Threshold(Ratio.of(1, 2), false);

    /** Whether {@code r} meets this threshold. */
    public boolean metBy(Ratio r) {
        int c = r.compareTo(share);
        return inclusive ? c >= 0 : c > 0;
    }

    /** Whether this threshold asks at least as much as {@code other}: every ratio meeting it meets the other. */
    public boolean atLeastAsStrictAs(Threshold other) {
        int c = share.compareTo(other.share);
        return c > 0 || (c == 0 && (!inclusive || other.inclusive));
    }

    /** Parses {@code ">= 2/3"}, {@code "> 1/2"}. */
    public static Threshold parse(String text) {
        String t = text.strip();
        if (t.startsWith(">=") || t.startsWith("≥")) {
            return new Threshold(Ratio.parse(t.substring(t.startsWith(">=") ? 2 : 1)), true);
        }
        if (t.startsWith(">")) {
            return new Threshold(Ratio.parse(t.substring(1)), false);
        }
        throw XiaoquException.usage("threshold '" + text + "': write '>= 2/3' (at least) or '> 1/2' (more than)");
    }

    @Override
    public String toString() {
        return (inclusive ? ">= " : "> ") + share;
    }
}
