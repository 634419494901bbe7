package org.xiaoqu.samples;

import java.util.Locale;
import org.xiaoqu.common.XiaoquException;

/** How dirty the departments' extracts are; each {@link NoiseKind} has one documented rate per level. */
public enum NoiseLevel {
    LOW,
    MEDIUM,
    HIGH;

    /** Parses {@code low|medium|high} (any case); a user error names the accepted values. */
    public static NoiseLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw XiaoquException.usage("unknown noise level '" + text + "': use low, medium or high");
        }
    }
}
