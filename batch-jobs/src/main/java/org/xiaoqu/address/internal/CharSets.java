package org.xiaoqu.address.internal;

import java.util.concurrent.ConcurrentHashMap;

/** Membership tables for the small fixed character sets the scanner tests at every position. */
final class CharSets {
    private static final ConcurrentHashMap<String, boolean[]> CACHE = new ConcurrentHashMap<>();

    private CharSets() {}

    /** A table with {@code true} at every character of {@code chars}; cached, never modified. */
    static boolean[] of(String chars) {
        boolean[] t = CACHE.get(chars);
        if (t == null) {
            t = new boolean[65536];
            for (int i = 0; i < chars.length(); i++) {
                t[chars.charAt(i)] = true;
            }
            CACHE.putIfAbsent(chars, t);
        }
        return t;
    }
}
