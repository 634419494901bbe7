package org.xiaoqu.address;

import org.xiaoqu.address.internal.CharFold;
import org.xiaoqu.address.internal.Estates;

/**
 * The normalised key an estate is matched on: the name folded (half-width, simplified, no spaces or
 * punctuation), without a generic suffix such as 小区 — which is set apart in {@link #suffix()}, not
 * forgotten. 金色家园 and 金色家园小区 share a key; 东方花园 and 东方华园 do not.
 *
 * @param key the matching key
 * @param suffix the generic suffix that was set apart, empty when none
 */
public record EstateKey(String key, String suffix) {
    public EstateKey {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("an estate key cannot be empty");
        }
    }

    /** The key of an estate name as written. */
    public static EstateKey of(String name) {
        String folded = CharFold.fold(name);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String clean = b.toString();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("not an estate name: '" + name + "'");
        }
        String suffix = Estates.genericSuffix(clean);
        return new EstateKey(clean.substring(0, clean.length() - suffix.length()), suffix);
    }

    /** The key with its suffix, as the estate would be named in full. */
    public String fullName() {
        return key + suffix;
    }
}
