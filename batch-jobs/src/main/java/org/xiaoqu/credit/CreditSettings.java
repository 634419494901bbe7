package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.config.ConfigFile;
import org.xiaoqu.config.XiaoquConfig;

/**
 * The {@code credit:} section of xiaoqu.yaml, validated.
 *
 * @param scheme the credit scheme file
 * @param ledger the id of the ledger's source
 * @param asOf the default as-of date, null for today
 * @param precedence every credit source id, the one that wins a field first
 * @param covers per source id, the item codes (or prefixes ending in *) it reports
 * @param dateDays event dates this many days apart agree
 * @param points points this far apart agree
 */
public record CreditSettings(
        Path scheme,
        String ledger,
        @Nullable LocalDate asOf,
        List<String> precedence,
        Map<String, List<String>> covers,
        int dateDays,
        BigDecimal points) {

    public CreditSettings {
        precedence = List.copyOf(precedence);
        covers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(covers));
    }

    /** Whether {@code source} reports events of {@code item}: the ledger covers everything. */
    public boolean covers(String source, String item) {
        if (source.equals(ledger)) {
            return true;
        }
        for (String c : covers.getOrDefault(source, List.of())) {
            if (c.equals(item) || (c.endsWith("*") && item.startsWith(c.substring(0, c.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Rank of a source in the precedence (0 wins). */
    public int rank(String source) {
        int i = precedence.indexOf(source);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The credit sources: every source of kind credit-record, in precedence order. */
    public static CreditSettings of(XiaoquConfig config) {
        String name = config.file() == null ? "xiaoqu.yaml" : config.file().toString();
        ConfigFile.Credit c = config.credit();
        if (c == null) {
            throw XiaoquException.usage(name + ": no 'credit:' section; declare at least 'credit: {scheme: FILE,"
                    + " ledger: SOURCE}' (see samples/city/xiaoqu.yaml)");
        }
        if (c.scheme() == null || c.scheme().isBlank()) {
            throw XiaoquException.usage(name + ": credit.scheme is required (the credit scheme file)");
        }
        List<String> credit = new ArrayList<>();
        for (XiaoquConfig.Source s : config.sources()) {
            if (s.kind().equals("credit-record")) {
                credit.add(s.id());
            }
        }
        if (c.ledger() == null || !credit.contains(c.ledger())) {
            throw XiaoquException.usage(name + ": credit.ledger must name a source of kind credit-record (" + credit
                    + "), not '" + c.ledger() + "'");
        }
        List<String> precedence = new ArrayList<>();
        for (String p : c.precedence() == null ? List.<String>of() : c.precedence()) {
            if (!credit.contains(p)) {
                throw XiaoquException.usage(
                        name + ": credit.precedence names '" + p + "', not a credit-record source " + credit);
            }
            precedence.add(p);
        }
        for (String s : credit) {
            if (!precedence.contains(s)) {
                precedence.add(s);
            }
        }
        Map<String, List<String>> covers = new LinkedHashMap<>();
        if (c.covers() != null) {
            for (Map.Entry<String, List<String>> e : c.covers().entrySet()) {
                if (!credit.contains(e.getKey())) {
                    throw XiaoquException.usage(
                            name + ": credit.covers names '" + e.getKey() + "', not a credit-record source " + credit);
                }
                covers.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }
        LocalDate asOf = null;
        if (c.asOf() != null) {
            try {
                asOf = LocalDate.parse(c.asOf().trim());
            } catch (DateTimeParseException e) {
                throw XiaoquException.usage(name + ": credit.asOf '" + c.asOf() + "' is not a date like 2026-11-27");
            }
        }
        int days = 0;
        BigDecimal points = BigDecimal.ZERO;
        if (c.tolerance() != null) {
            if (c.tolerance().eventDateDays() != null) {
                days = c.tolerance().eventDateDays();
            }
            if (c.tolerance().points() != null) {
                points = BigDecimal.valueOf(c.tolerance().points());
            }
            if (days < 0 || points.signum() < 0) {
                throw XiaoquException.usage(name + ": credit.tolerance values must not be negative");
            }
        }
        return new CreditSettings(
                config.baseDir().resolve(c.scheme()), c.ledger(), asOf, precedence, covers, days, points);
    }
}
