package org.xiaoqu.credit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * A credit scheme (YAML; JSON Schema {@code schemas/config/credit-scheme.schema.json}): score = base + min(goodCap,
 * good points) + bad points (negative); a counted veto item forces {@link #vetoGrade}; grade bands with explicit
 * open or closed bounds.
 *
 * @param states per record state ({@code active, objection, revoked, repaired, expired}): {@code count} or
 *     {@code ignore}
 */
public record CreditScheme(
        String name,
        BigDecimal base,
        BigDecimal goodCap,
        int defaultValidityMonths,
        Map<String, String> states,
        List<Item> items,
        String vetoGrade,
        List<Band> grades) {

    /** One item of the catalogue. */
    public record Item(
            String code, String name, String category, BigDecimal points, @Nullable Integer validityMonths) {}

    /** One grade band; a missing bound is open to infinity, a given bound states whether it is inclusive. */
    public record Band(
            String grade,
            @Nullable BigDecimal min,
            @Nullable Boolean minInclusive,
            @Nullable BigDecimal max,
            @Nullable Boolean maxInclusive) {
        boolean contains(BigDecimal score) {
            if (min != null) {
                int c = score.compareTo(min);
                if (c < 0 || (c == 0 && !Boolean.TRUE.equals(minInclusive))) {
                    return false;
                }
            }
            if (max != null) {
                int c = score.compareTo(max);
                return c < 0 || (c == 0 && Boolean.TRUE.equals(maxInclusive));
            }
            return true;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Loads and validates a scheme file (usage error, exit 2, naming the file). */
    public static CreditScheme load(Path file) {
        CreditScheme s;
        try {
            s = YAML.readValue(file.toFile(), CreditScheme.class);
        } catch (IOException e) {
            throw XiaoquException.usage("credit scheme " + file + ": "
                    + e.getMessage().lines().findFirst().orElse("cannot be read"));
        }
        if (s == null
                || s.base() == null
                || s.goodCap() == null
                || s.items() == null
                || s.grades() == null
                || s.vetoGrade() == null) {
            throw XiaoquException.usage(
                    "credit scheme " + file + ": base, goodCap, items, grades and vetoGrade are required");
        }
        s.validate(file);
        return s;
    }

    private void validate(Path file) {
        String at = "credit scheme " + file + ": ";
        Set<String> seen = new java.util.HashSet<>();
        for (Item i : items) {
            if (!seen.add(i.code())) {
                throw XiaoquException.usage(at + "item " + i.code() + " is declared twice");
            }
            if (!Set.of("good", "bad", "veto").contains(i.category())) {
                throw XiaoquException.usage(at + "item " + i.code() + ": category must be good, bad or veto");
            }
        }
        for (Band b : grades) {
            if ((b.min() != null && b.minInclusive() == null) || (b.max() != null && b.maxInclusive() == null)) {
                throw XiaoquException.usage(at + "grade " + b.grade()
                        + ": say whether each bound is inclusive (minInclusive / maxInclusive: true or false)");
            }
        }
        if (grades.stream().noneMatch(b -> b.grade().equals(vetoGrade))) {
            throw XiaoquException.usage(at + "vetoGrade " + vetoGrade + " is not one of the grades");
        }
        for (Map.Entry<String, String> e : states().entrySet()) {
            boolean known = java.util.Arrays.stream(RecordState.values()).anyMatch(r -> r.id().equals(e.getKey()));
            if (!known || !Set.of("count", "ignore").contains(e.getValue())) {
                throw XiaoquException.usage(at + "states: " + e.getKey() + ": " + e.getValue()
                        + " (states are active, objection, revoked, repaired, expired; each count or ignore)");
            }
        }
    }

    public CreditScheme {
        states = states == null ? Map.of("active", "count") : new LinkedHashMap<>(states);
        items = items == null ? null : List.copyOf(items);
        grades = grades == null ? null : List.copyOf(grades);
    }

    /** Whether records in this state count. */
    public boolean counts(RecordState state) {
        return "count".equals(states.getOrDefault(state.id(), state == RecordState.ACTIVE ? "count" : "ignore"));
    }

    /** The item of that code, or null. */
    public @Nullable Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** The grade of a score (no veto), or null when no band holds it. */
    public @Nullable String grade(BigDecimal score) {
        return grades.stream()
                .filter(b -> b.contains(score))
                .map(Band::grade)
                .findFirst()
                .orElse(null);
    }
}
