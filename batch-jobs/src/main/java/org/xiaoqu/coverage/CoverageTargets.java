package org.xiaoqu.coverage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;

/**
 * The targets and which estates qualify. Defaults: {@link Indicator#defaultTarget()}; every estate with at least
 * {@code minHouseholds} households (default 0: all) qualifies. A targets file (YAML) may set
 * {@code minHouseholds: 100} and {@code targets: {party-org: 95%, professional-service: 0.8}}.
 *
 * @param targets the target share (0–1) of each indicator that has one
 * @param minHouseholds the households an estate needs to qualify
 */
public record CoverageTargets(Map<Indicator, BigDecimal> targets, long minHouseholds) {
    public CoverageTargets {
        targets = Map.copyOf(targets);
    }

    /** The defaults. */
    public static CoverageTargets defaults() {
        Map<Indicator, BigDecimal> t = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i.defaultTarget() != null) {
                t.put(i, i.defaultTarget());
            }
        }
        return new CoverageTargets(t, 0);
    }

    public @Nullable BigDecimal target(Indicator i) {
        return targets.get(i);
    }

    /** These targets with one changed ({@code party-org=95%}, as the command line gives it). */
    public CoverageTargets with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw XiaoquException.usage("--target " + assignment + ": write KEY=SHARE, e.g. party-org=95%");
        }
        return with(
                assignment.substring(0, eq).strip(),
                assignment.substring(eq + 1).strip(),
                "--target");
    }

    private CoverageTargets with(String key, String value, String where) {
        Indicator indicator = null;
        for (Indicator i : Indicator.values()) {
            if (i.key().equals(key)) {
                indicator = i;
            }
        }
        if (indicator == null) {
            throw XiaoquException.usage(where + ": unknown target '" + key + "' (one of "
                    + java.util.Arrays.stream(Indicator.values())
                            .map(Indicator::key)
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        BigDecimal share;
        try {
            share = value.endsWith("%")
                    ? new BigDecimal(value.substring(0, value.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw XiaoquException.usage(where + ": " + key + ": '" + value + "' is not a share such as 90% or 0.9");
        }
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw XiaoquException.usage(where + ": " + key + ": a share between 0% and 100%, not " + value);
        }
        Map<Indicator, BigDecimal> t = new EnumMap<>(Indicator.class);
        t.putAll(targets);
        t.put(indicator, share);
        return new CoverageTargets(t, minHouseholds);
    }

    /** The defaults changed by a targets file. */
    public static CoverageTargets read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readTree(file.toFile());
        } catch (IOException e) {
            throw XiaoquException.usage(file + ": cannot read the targets file: " + e.getMessage());
        }
        CoverageTargets t = defaults();
        if (root == null || root.isNull() || root.isMissingNode()) {
            return t;
        }
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String k = keys.next();
            if (!k.equals("targets") && !k.equals("minHouseholds")) {
                throw XiaoquException.usage(file + ": unknown key '" + k + "' (targets, minHouseholds)");
            }
        }
        if (root.has("minHouseholds")) {
            t = new CoverageTargets(t.targets(), root.get("minHouseholds").asLong());
        }
        JsonNode targets = root.path("targets");
        for (Iterator<Map.Entry<String, JsonNode>> it = targets.fields(); it.hasNext(); ) {
            var e = it.next();
            t = t.with(e.getKey(), e.getValue().asText(), file.toString());
        }
        return t;
    }

    /** A stable text of the targets, part of the job's identity. */
    public String describe() {
        StringBuilder b = new StringBuilder("min-households=").append(minHouseholds);
        for (Indicator i : Indicator.values()) {
            BigDecimal t = targets.get(i);
            if (t != null) {
                b.append(';')
                        .append(i.key())
                        .append('=')
                        .append(t.stripTrailingZeros().toPlainString());
            }
        }
        return b.toString();
    }

    /** Parses {@link #describe()}. */
    public static CoverageTargets parse(String text) {
        CoverageTargets t = new CoverageTargets(Map.of(), 0);
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("min-households")) {
                t = new CoverageTargets(t.targets(), Long.parseLong(kv[1]));
            } else {
                t = t.with(kv[0], kv[1], "targets");
            }
        }
        return t;
    }
}
