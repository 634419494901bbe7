package org.xiaoqu.address.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A character trie for longest-match lookups in the folded text, with no per-lookup allocation. */
final class Trie<V> {
    private final Node<V> root = new Node<>();
    /** The root's children indexed by character: the first lookup at every position is the hot one. */
    private final @Nullable Node<V>[] first = Node.newArray(65536);

    void put(String key, V value) {
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) {
            n = n.childOrCreate(key.charAt(i));
            if (i == 0) {
                first[key.charAt(0)] = n;
            }
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** The end of the longest key starting at {@code from} that satisfies nothing more than existing; -1. */
    int longest(char[] s, int from, int to) {
        if (from >= to) {
            return -1;
        }
        Node<V> n = first[s[from]];
        if (n == null) {
            return -1;
        }
        int best = n.values != null ? from + 1 : -1;
        for (int i = from + 1; i < to; i++) {
            n = n.child(s[i]);
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = i + 1;
            }
        }
        return best;
    }

    /** The values of the key {@code s[from, to)}, empty when it is not a key. */
    List<V> get(char[] s, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        Node<V> n = first[s[from]];
        for (int i = from + 1; i < to && n != null; i++) {
            n = n.child(s[i]);
        }
        return n == null || n.values == null ? List.of() : n.values;
    }

    private static final class Node<V> {
        private char[] keys = new char[0];
        private @Nullable Node<V>[] kids = newArray(0);
        private @Nullable List<V> values;

        @SuppressWarnings("unchecked")
        private static <V> @Nullable Node<V>[] newArray(int n) {
            return (Node<V>[]) new Node<?>[n];
        }

        @Nullable
        Node<V> child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? kids[i] : null;
        }

        Node<V> childOrCreate(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                Node<V> k = kids[i];
                if (k != null) {
                    return k;
                }
            }
            int at = -i - 1;
            char[] nk = new char[keys.length + 1];
            @Nullable Node<V>[] nn = newArray(keys.length + 1);
            System.arraycopy(keys, 0, nk, 0, at);
            System.arraycopy(kids, 0, nn, 0, at);
            System.arraycopy(keys, at, nk, at + 1, keys.length - at);
            System.arraycopy(kids, at, nn, at + 1, keys.length - at);
            Node<V> created = new Node<>();
            nk[at] = c;
            nn[at] = created;
            keys = nk;
            kids = nn;
            return created;
        }
    }
}
