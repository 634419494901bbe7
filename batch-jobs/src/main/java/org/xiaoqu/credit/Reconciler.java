package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * Reconciles credit records of several sources against the ledger. Enterprises are the connected components of
 * valid codes linked by the names they carry (so one name with two codes, or one code with two names, is one
 * enterprise and a reported discrepancy); a record without a valid code joins its enterprise by normalised name,
 * else by document number. Within an enterprise, two records are one event when their items are equal and their
 * document numbers are equal (both present) or their dates are within the tolerance (one absent).
 *
 * <p>{@link #reconcile(List)} holds every record in memory (tests, small cities); the job gives it one partition
 * of enterprises at a time ({@link PartitionedReconcile}).
 */
public final class Reconciler {
    private final CreditSettings settings;
    private final LocalDate asOf;
    private final @Nullable CreditScheme scheme;

    /** @param scheme fills points and validity no source states (null: leave them empty) */
    public Reconciler(CreditSettings settings, LocalDate asOf, @Nullable CreditScheme scheme) {
        this.settings = settings;
        this.asOf = asOf;
        this.scheme = scheme;
    }

    /**
     * What reconciliation found.
     *
     * @param discrepancies sorted by enterprise, class, source, record, field
     * @param ledger the reconciled ledger sorted by enterprise, date, item, document, key
     * @param names the enterprise name per code
     * @param unresolved records no enterprise could be found for
     */
    public record Result(
            List<Discrepancy> discrepancies, List<LedgerEntry> ledger, Map<String, String> names, long unresolved) {}

    /** Reconciles the records of every source (the ledger's among them), all held in memory. */
    public Result reconcile(List<CreditRecord> records) {
        Enterprises.Builder builder = new Enterprises.Builder(settings);
        records.forEach(builder::add);
        Enterprises enterprises = builder.build();
        Partition p = reconcile(records, enterprises);
        return new Result(p.discrepancies(), p.ledger(), enterprises.names(), p.unresolved());
    }

    /**
     * What one partition of the records gave: sorted as {@link Result}'s lists are.
     *
     * @param unresolved records no enterprise could be found for
     */
    record Partition(List<Discrepancy> discrepancies, List<LedgerEntry> ledger, long unresolved) {}

    /**
     * Reconciles one partition: every record of the enterprises it holds (and, in the first partition, every record
     * without an enterprise). Partitions cut by enterprise code give, one after another, the sorted lists the whole
     * would.
     */
    Partition reconcile(List<CreditRecord> records, Enterprises enterprises) {
        return reconcile(records, records.stream().map(enterprises::assign).toList(), enterprises);
    }

    /**
     * As {@link #reconcile(List, Enterprises)}, with each record's enterprise found already.
     *
     * @param assignments the enterprise of each record, in the records' order
     */
    Partition reconcile(List<CreditRecord> records, List<Enterprises.Assignment> assignments, Enterprises enterprises) {
        Map<String, String> names = enterprises.names();
        List<Discrepancy> out = new ArrayList<>();
        Map<String, List<CreditRecord>> groups = new HashMap<>();
        long unresolved = 0;
        for (int i = 0; i < records.size(); i++) {
            CreditRecord r = records.get(i);
            Enterprises.Assignment a = assignments.get(i);
            String code = a.code();
            String how = a.how();
            if (!a.resolved()) {
                unresolved++;
            }
            String name = code.isEmpty() ? r.name() : names.getOrDefault(code, r.name());
            if (r.normalisedCode()) {
                out.add(record(
                        CreditDiscrepancy.NORMALISED_CODE,
                        r,
                        "credit_code",
                        code,
                        name,
                        r.rawCode(),
                        r.code(),
                        "",
                        "",
                        "written with spaces, lower case or full-width characters"));
            }
            if (!r.code().isEmpty() && !r.validCode()) {
                String problem =
                        Objects.requireNonNull(CreditCode.check(r.code()).problem());
                out.add(record(
                        CreditDiscrepancy.INVALID_CODE,
                        r,
                        "credit_code",
                        code,
                        name,
                        r.code(),
                        code,
                        "",
                        "",
                        problem + "; matched by " + how));
            }
            if (r.validCode() && !r.code().equals(code)) {
                out.add(record(
                        CreditDiscrepancy.CODE_MISMATCH,
                        r,
                        "credit_code",
                        code,
                        name,
                        r.code(),
                        code,
                        "",
                        "",
                        "the name " + r.name() + " is carried by " + code + " elsewhere"));
            }
            if (r.validCode()
                    && r.code().equals(code)
                    && !r.name().isEmpty()
                    && !r.name().equals(name)
                    && !enterprises.nameKey(r.name()).equals(enterprises.nameKey(name))) {
                out.add(record(
                        CreditDiscrepancy.NAME_MISMATCH,
                        r,
                        "enterprise_name",
                        code,
                        name,
                        r.name(),
                        name,
                        "",
                        "",
                        "the code " + code + " is carried by another name"));
            }
            String group =
                    code.isEmpty() ? "?" + (r.code().isEmpty() ? enterprises.nameKey(r.name()) : r.code()) : code;
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(r);
        }
        List<LedgerEntry> ledger = new ArrayList<>();
        List<Map.Entry<String, List<CreditRecord>>> byCode = new ArrayList<>(groups.entrySet());
        byCode.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, List<CreditRecord>> g : byCode) {
            String code = g.getKey().startsWith("?") ? "" : g.getKey();
            String name = names.getOrDefault(code, g.getValue().get(0).name());
            new Enterprise(code, name, enterprises.present(), out, ledger).reconcile(g.getValue());
        }
        out.sort(DISCREPANCY_ORDER);
        ledger.sort(LEDGER_ORDER);
        return new Partition(out, ledger, unresolved);
    }

    /** Enterprise, class, source, record, field (written out: a chain of key extractors cost 3% of a run). */
    static final Comparator<Discrepancy> DISCREPANCY_ORDER = (a, b) -> {
        int c = a.creditCode().compareTo(b.creditCode());
        if (c == 0) {
            c = a.kind().compareTo(b.kind());
        }
        if (c == 0) {
            c = a.source().compareTo(b.source());
        }
        if (c == 0) {
            c = a.recordId().compareTo(b.recordId());
        }
        return c != 0 ? c : a.field().compareTo(b.field());
    };

    /** Enterprise, date, item, document, key. */
    static final Comparator<LedgerEntry> LEDGER_ORDER = (a, b) -> {
        int c = a.creditCode().compareTo(b.creditCode());
        if (c == 0) {
            c = a.eventDate().compareTo(b.eventDate());
        }
        if (c == 0) {
            c = a.item().compareTo(b.item());
        }
        if (c == 0) {
            c = a.documentNo().compareTo(b.documentNo());
        }
        return c != 0 ? c : a.eventKey().compareTo(b.eventKey());
    };

    /** The events of one enterprise. */
    private final class Enterprise {
        final String code;
        final String name;
        final Set<String> present;
        final List<Discrepancy> out;
        final List<LedgerEntry> ledger;

        Enterprise(String code, String name, Set<String> present, List<Discrepancy> out, List<LedgerEntry> ledger) {
            this.code = code;
            this.name = name;
            this.present = present;
            this.out = out;
            this.ledger = ledger;
        }

        void reconcile(List<CreditRecord> records) {
            Map<String, List<CreditRecord>> kept =
                    new TreeMap<>(Comparator.comparingInt(settings::rank).thenComparing(Comparator.naturalOrder()));
            List<CreditRecord> sorted = new ArrayList<>(records);
            sorted.sort((a, b) -> {
                int c = a.source().compareTo(b.source());
                return c != 0 ? c : Long.compare(a.line(), b.line());
            });
            Map<String, EventIndex<CreditRecord>> keptEvents = new HashMap<>();
            for (CreditRecord r : sorted) {
                List<CreditRecord> mine = kept.computeIfAbsent(r.source(), k -> new ArrayList<>());
                EventIndex<CreditRecord> events =
                        keptEvents.computeIfAbsent(r.source(), k -> new EventIndex<>(settings.dateDays()));
                CreditRecord first = events.first(r, o -> true);
                if (first != null) {
                    out.add(record(
                            CreditDiscrepancy.DUPLICATE_IN_SOURCE,
                            r,
                            "",
                            code,
                            name,
                            r.recordId(),
                            first.recordId(),
                            r.source(),
                            first.recordId(),
                            "the same event as line " + first.line()));
                } else {
                    mine.add(r);
                    events.add(r, r);
                }
            }
            List<CreditRecord> ledgerRecords = kept.getOrDefault(settings.ledger(), List.of());
            EventIndex<CreditRecord> ledgerEvents =
                    keptEvents.getOrDefault(settings.ledger(), new EventIndex<>(settings.dateDays()));
            EventIndex<List<CreditRecord>> orphanEvents = new EventIndex<>(settings.dateDays());
            Map<CreditRecord, List<CreditRecord>> support = new IdentityHashMap<>();
            ledgerRecords.forEach(l -> support.put(l, new ArrayList<>(List.of(l))));
            List<List<CreditRecord>> orphans = new ArrayList<>();
            for (Map.Entry<String, List<CreditRecord>> e : kept.entrySet()) {
                for (CreditRecord r : e.getValue()) {
                    if (r.state() == RecordState.ACTIVE
                            && r.validUntil() != null
                            && r.validUntil().isBefore(asOf)) {
                        out.add(record(
                                CreditDiscrepancy.EXPIRED_BUT_ACTIVE,
                                r,
                                "status",
                                code,
                                name,
                                String.valueOf(r.status()),
                                "valid until " + r.validUntil(),
                                "",
                                "",
                                "written as active though its validity ended before " + asOf));
                    }
                }
                if (e.getKey().equals(settings.ledger())) {
                    continue;
                }
                Set<CreditRecord> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (CreditRecord r : e.getValue()) {
                    CreditRecord l = bestMatch(r, ledgerEvents, used);
                    if (l == null) {
                        out.add(record(
                                CreditDiscrepancy.MISSING_IN_LEDGER,
                                r,
                                "",
                                code,
                                name,
                                r.item() + " " + r.date(),
                                "",
                                settings.ledger(),
                                "",
                                "the ledger has no such event"));
                        // the first event only sources report that no record of this source has joined yet
                        List<CreditRecord> cluster = orphanEvents.first(
                                r, o -> o.stream().noneMatch(x -> x.source().equals(r.source())));
                        if (cluster == null) {
                            List<CreditRecord> created = new ArrayList<>(List.of(r));
                            orphans.add(created);
                            orphanEvents.add(r, created);
                        } else {
                            cluster.add(r);
                        }
                    } else {
                        used.add(l);
                        support.get(l).add(r);
                        compare(l, r);
                    }
                }
            }
            for (CreditRecord l : ledgerRecords) {
                List<String> lacking = new ArrayList<>();
                for (String s : present) {
                    if (!s.equals(settings.ledger())
                            && settings.covers(s, l.item())
                            && support.get(l).stream().noneMatch(x -> x.source().equals(s))) {
                        lacking.add(s);
                    }
                }
                if (!lacking.isEmpty()) {
                    out.add(record(
                            CreditDiscrepancy.UNSUPPORTED_IN_LEDGER,
                            l,
                            "",
                            code,
                            name,
                            l.item() + " " + l.date(),
                            "",
                            String.join("|", lacking),
                            "",
                            "not reported by " + String.join(", ", lacking) + ", which cover " + l.item()));
                }
                ledger.add(entry(l.recordId(), true, support.get(l)));
            }
            for (List<CreditRecord> o : orphans) {
                ledger.add(entry(o.get(0).source() + ":" + o.get(0).recordId(), false, o));
            }
        }

        private void compare(CreditRecord l, CreditRecord r) {
            if (Math.abs(l.date().toEpochDay() - r.date().toEpochDay()) > settings.dateDays()) {
                field(l, r, "event_date", l.date().toString(), r.date().toString());
            }
            if (l.points() != null
                    && r.points() != null
                    && l.points().subtract(r.points()).abs().compareTo(settings.points()) > 0) {
                field(l, r, "points", l.points().toPlainString(), r.points().toPlainString());
            }
            if (l.validUntil() != null
                    && r.validUntil() != null
                    && !l.validUntil().equals(r.validUntil())) {
                field(
                        l,
                        r,
                        "valid_until",
                        l.validUntil().toString(),
                        r.validUntil().toString());
            }
            if (l.category() != null && r.category() != null && !l.category().equals(r.category())) {
                field(l, r, "category", l.category(), r.category());
            }
            if (l.state() != null && r.state() != null && l.state() != r.state()) {
                out.add(record(
                        CreditDiscrepancy.STATUS_MISMATCH,
                        r,
                        "status",
                        code,
                        name,
                        r.state().id() + " (" + r.status() + ")",
                        l.state().id() + " (" + l.status() + ")",
                        l.source(),
                        l.recordId(),
                        "the ledger says " + l.state().id()));
            }
        }

        private void field(CreditRecord l, CreditRecord r, String field, String ledgerValue, String value) {
            out.add(record(
                    CreditDiscrepancy.FIELD_MISMATCH,
                    r,
                    field,
                    code,
                    name,
                    value,
                    ledgerValue,
                    l.source(),
                    l.recordId(),
                    field + " differs from the ledger"));
        }

        /**
         * The ledger record {@code r} reports: an unused one with the same document number, else the unused one
         * closest in date within the tolerance among those where either lacks a number; the earliest on a tie.
         */
        private @Nullable CreditRecord bestMatch(
                CreditRecord r, EventIndex<CreditRecord> ledgerEvents, Set<CreditRecord> used) {
            EventIndex.Entry<CreditRecord> byDocument = null;
            EventIndex.Entry<CreditRecord> byDate = null;
            long bestGap = Long.MAX_VALUE;
            for (EventIndex.Entry<CreditRecord> e : ledgerEvents.candidates(r)) {
                CreditRecord l = e.value();
                if (used.contains(l)) {
                    continue;
                }
                if (l.documentNo() != null && r.documentNo() != null) { // equal numbers: a candidate
                    if (byDocument == null || e.order() < byDocument.order()) {
                        byDocument = e;
                    }
                    continue;
                }
                long gap = Math.abs(l.date().toEpochDay() - r.date().toEpochDay());
                if (byDate == null || gap < bestGap || gap == bestGap && e.order() < byDate.order()) {
                    byDate = e;
                    bestGap = gap;
                }
            }
            return byDocument != null ? byDocument.value() : byDate == null ? null : byDate.value();
        }

        private LedgerEntry entry(String key, boolean inLedger, List<CreditRecord> support) {
            List<CreditRecord> s = new ArrayList<>(support);
            s.sort(Comparator.comparingInt((CreditRecord x) -> settings.rank(x.source()))
                    .thenComparing(CreditRecord::source)
                    .thenComparing(CreditRecord::recordId));
            Map<String, List<String>> provenance = new LinkedHashMap<>();
            CreditRecord date = pick(s, "event_date", x -> x.date(), provenance);
            CreditRecord points = pick(s, "points", CreditRecord::points, provenance);
            CreditRecord until = pick(s, "valid_until", CreditRecord::validUntil, provenance);
            CreditRecord state = pick(s, "status", CreditRecord::state, provenance);
            CreditRecord category = pick(s, "category", CreditRecord::category, provenance);
            CreditRecord doc = pick(s, "document_no", CreditRecord::documentNo, provenance);
            CreditRecord itemName = pick(s, "item_name", CreditRecord::itemName, provenance);
            LocalDate validUntil = until == null ? null : until.validUntil();
            BigDecimal pointValue = points == null ? null : points.points();
            CreditScheme.Item known =
                    scheme == null ? null : scheme.item(s.get(0).item());
            if (known != null && validUntil == null) {
                int months = known.validityMonths() != null ? known.validityMonths() : scheme.defaultValidityMonths();
                validUntil =
                        Objects.requireNonNull(date).date().plusMonths(months).minusDays(1);
                won(provenance, "valid_until", "scheme (" + months + " months; no source states it)");
            }
            if (known != null && pointValue == null) {
                pointValue = known.points();
                won(provenance, "points", "scheme (no source states them)");
            }
            RecordState st = state == null ? RecordState.ACTIVE : Objects.requireNonNull(state.state());
            if (validUntil != null && validUntil.isBefore(asOf) && st == RecordState.ACTIVE) {
                st = RecordState.EXPIRED;
                won(provenance, "state", "expired (valid until " + validUntil + ", before " + asOf + ")");
            }
            StringBuilder by = new StringBuilder();
            for (CreditRecord x : s) {
                by.append(by.length() == 0 ? "" : "|")
                        .append(x.source())
                        .append(':')
                        .append(x.recordId());
            }
            return new LedgerEntry(
                    key,
                    code,
                    name,
                    s.get(0).item(),
                    itemName == null ? "" : Objects.requireNonNull(itemName.itemName()),
                    category == null ? "" : Objects.requireNonNull(category.category()),
                    Objects.requireNonNull(date).date(),
                    doc == null ? "" : Objects.requireNonNull(doc.documentNo()),
                    pointValue,
                    validUntil,
                    st,
                    inLedger,
                    by.toString(),
                    provenance(provenance));
        }

        /** Files {@code field} under what decided it. */
        private static void won(Map<String, List<String>> provenance, String field, String how) {
            provenance.computeIfAbsent(how, k -> new ArrayList<>(4)).add(field);
        }

        /**
         * {@code fields=source (reason)} per source and reason, joined by {@code ; }, fields comma-separated in the
         * order picked: "event_date,document_no=ledger (all agree); points=ledger (only source)".
         */
        private static String provenance(Map<String, List<String>> provenance) {
            StringBuilder b = new StringBuilder(96);
            provenance.forEach((how, fields) -> {
                if (!b.isEmpty()) {
                    b.append("; ");
                }
                for (int i = 0; i < fields.size(); i++) {
                    b.append(i == 0 ? "" : ",").append(fields.get(i));
                }
                b.append('=').append(how);
            });
            return b.toString();
        }

        private @Nullable CreditRecord pick(
                List<CreditRecord> s,
                String field,
                java.util.function.Function<CreditRecord, @Nullable Object> value,
                Map<String, List<String>> provenance) {
            CreditRecord winner = null;
            Object won = null;
            int with = 0;
            boolean agree = true;
            for (CreditRecord x : s) {
                Object v = value.apply(x);
                if (v == null) {
                    continue;
                }
                with++;
                if (winner == null) {
                    winner = x;
                    won = v;
                } else if (agree && !v.equals(won)) {
                    agree = false;
                }
            }
            if (winner == null) {
                return null;
            }
            String why = with == 1 ? "only source" : agree ? "all agree" : "precedence";
            won(provenance, field, winner.source() + " (" + why + ")");
            return winner;
        }
    }

    private static Discrepancy record(
            CreditDiscrepancy kind,
            CreditRecord r,
            String field,
            String code,
            String name,
            String value,
            String otherValue,
            String otherSource,
            String otherRecordId,
            String detail) {
        String f = kind == CreditDiscrepancy.FIELD_MISMATCH ? field : "";
        return new Discrepancy(
                kind,
                r.source(),
                r.recordId(),
                r.line(),
                f,
                code,
                name,
                r.item(),
                value,
                otherValue,
                otherSource,
                otherRecordId,
                detail);
    }

    static BigDecimal zeroIfNull(@Nullable BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
