package org.xiaoqu.link.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.xiaoqu.common.XiaoquException;

/**
 * One blocking key: a list of terms {@code field|transform|…}; two records are candidates under the key when
 * every term agrees. Transforms: {@code lower}, {@code prefixN}, {@code suffixN}, {@code soundex},
 * {@code pinyin}, {@code digits}, {@code address}, {@code sorted} (tokens sorted and joined), {@code tokens}
 * (one key value per word of three characters or more: the only transform giving several values).
 */
public final class BlockingKey {
    private final String text;
    private final List<String> fields = new ArrayList<>();
    private final List<String[]> transforms = new ArrayList<>();

    public BlockingKey(List<String> terms) {
        this.text = String.join(" & ", terms);
        for (String term : terms) {
            String[] parts = term.split("\\|");
            fields.add(parts[0].trim());
            String[] t = Arrays.stream(parts).skip(1).map(String::trim).toArray(String[]::new);
            for (String x : t) {
                if (!x.matches("lower|prefix\\d+|suffix\\d+|soundex|pinyin|digits|address|sorted|tokens")) {
                    throw XiaoquException.usage("link configuration: blocking term '" + term
                            + "' has unknown transform '" + x
                            + "'; use lower, prefixN, suffixN, soundex, pinyin, digits, address, sorted or tokens");
                }
            }
            transforms.add(t);
        }
    }

    public String text() {
        return text;
    }

    /** The sorted distinct key values of a record (raw field values by name); empty when a term is empty. */
    public String[] values(Map<String, String> record) {
        List<String> acc = List.of("");
        for (int i = 0; i < fields.size(); i++) {
            String raw = record.getOrDefault(fields.get(i), "");
            List<String> vals = apply(raw.trim().toLowerCase(Locale.ROOT), transforms.get(i));
            if (vals.isEmpty()) {
                return new String[0];
            }
            List<String> next = new ArrayList<>();
            for (String prefix : acc) {
                for (String v : vals) {
                    next.add(prefix.isEmpty() && i == 0 ? v : prefix + '\u001f' + v);
                }
            }
            acc = next;
        }
        return new TreeSet<>(acc).toArray(String[]::new);
    }

    private static List<String> apply(String value, String[] transforms) {
        List<String> vals = value.isEmpty() ? List.of() : List.of(value);
        for (String t : transforms) {
            List<String> next = new ArrayList<>();
            for (String v : vals) {
                if (t.equals("tokens")) {
                    for (String w : v.split("[^\\p{L}\\p{N}]+")) {
                        if (w.length() >= 3) {
                            next.add(w);
                        }
                    }
                } else {
                    String r = one(v, t);
                    if (!r.isEmpty()) {
                        next.add(r);
                    }
                }
            }
            vals = next;
        }
        return vals;
    }

    private static String one(String v, String t) {
        if (t.startsWith("prefix")) {
            int n = Integer.parseInt(t.substring(6));
            return v.length() <= n ? v : v.substring(0, n);
        }
        if (t.startsWith("suffix")) {
            int n = Integer.parseInt(t.substring(6));
            return v.length() <= n ? v : v.substring(v.length() - n);
        }
        return switch (t) {
            case "lower" -> v;
            case "soundex" -> Similarity.soundex(v);
            case "pinyin" -> ChineseText.pinyin(v).replace(" ", "");
            case "digits" -> v.replaceAll("\\D", "");
            case "address" -> ChineseText.normaliseAddress(v);
            case "sorted" ->
                String.join(" ", new TreeSet<>(Arrays.asList(v.split("[^\\p{L}\\p{N}]+"))))
                        .trim();
            default -> throw new IllegalStateException(t);
        };
    }

    /** True when the two sorted value arrays share a value that is not excluded. */
    public static boolean share(String[] a, String[] b, java.util.Set<String> excluded) {
        return firstShared(a, b, excluded) != null;
    }

    /** The smallest value two sorted arrays share that is not excluded (an oversize block), or null. */
    public static @org.jspecify.annotations.Nullable String firstShared(
            String[] a, String[] b, java.util.Set<String> excluded) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                if (!excluded.contains(a[i])) {
                    return a[i];
                }
                i++;
                j++;
                continue;
            }
            if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return null;
    }
}
