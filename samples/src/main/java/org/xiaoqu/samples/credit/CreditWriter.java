package org.xiaoqu.samples.credit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.samples.departments.CsvSink;
import org.xiaoqu.samples.departments.RowSink;
import org.xiaoqu.samples.departments.XlsxSink;
import org.xiaoqu.samples.world.CreditCodes;
import org.xiaoqu.samples.world.Seeds;
import org.xiaoqu.samples.world.World;
import org.xiaoqu.schemas.CreditDiscrepancy;

/**
 * Writes the credit sources of the city's enterprises one district at a time, with one planted discrepancy at most
 * per event ({@link #RATE} of eligible events for each class), the truth ({@code truth/credit-ledger.csv}, {@code
 * truth/credit-discrepancies.csv}) and the credit scheme ({@code credit-scheme.yaml}). Draws only from its own
 * random streams, so the other files of the city do not change. Half the INVALID_CODE plants ({@link #TYPO_SHARE})
 * are typos that do not keep the code's first 16 characters ({@link CodeTypos}), so that a reconciler has to find
 * their enterprise by name or document number; the truth names the enterprise in either case.
 */
public final class CreditWriter implements AutoCloseable {
    /** The date the truth is stated for: reconcile and score the generated city {@code --as-of} this date. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    /** Two reports of one event may have event dates this many days apart (declared in xiaoqu.yaml). */
    public static final int DATE_TOLERANCE_DAYS = 3;
    /** Share of eligible events given each class of discrepancy (one class at most per event). */
    public static final double RATE = 0.035;
    /**
     * STATUS_MISMATCH is drawn this many times as often: only events of items reported by a source with a status
     * column can carry it (about 40% of events), so its eligible rate is about {@link #RATE}.
     */
    public static final double STATUS_WEIGHT = 2.5;

    /** The class an event gets for a uniform draw {@code u}, or null for none. */
    static @Nullable CreditDiscrepancy drawClass(double u) {
        double at = 0;
        for (CreditDiscrepancy c : CLASSES) {
            at += c == CreditDiscrepancy.STATUS_MISMATCH ? RATE * STATUS_WEIGHT : RATE;
            if (u < at) {
                return c;
            }
        }
        return null;
    }

    /**
     * Share of INVALID_CODE plants that are a clerk's typo not keeping the code's first 16 characters ({@link
     * CodeTypos}): the reconciler must find their enterprise by name, or by document number where a source has one
     * and the name is left out ({@link #TYPO_NO_NAME}).
     */
    public static final double TYPO_SHARE = 0.5;
    /** Share of those typos, in sources with a document number, written without the enterprise's name. */
    public static final double TYPO_NO_NAME = 0.5;
    /** Share of the typos written with a name that get a variant of it the reconciler reads as the same. */
    public static final double TYPO_NAME_VARIANT = 0.5;

    /** Share of non-ledger records with a harmless name variant (有限责任公司, 长沙市…): never a discrepancy. */
    public static final double NAME_VARIANT_RATE = 0.08;
    /** Share of non-ledger records whose date is off by 1–3 days, within the tolerance: never a discrepancy. */
    public static final double DATE_JITTER_RATE = 0.05;
    /** Days of history the events span before {@link #AS_OF}. */
    static final int HISTORY_DAYS = 5 * 365;
    /** Events of one item for one enterprise are at least this many days apart. */
    static final int SPACING_DAYS = 15;

    static final String LEDGER_TRUTH = "credit-ledger.csv";
    static final String DISCREPANCY_TRUTH = "credit-discrepancies.csv";
    static final String SCHEME = "credit-scheme.yaml";

    private static final int CONCERN = Seeds.CREDIT;
    private static final CreditDiscrepancy[] CLASSES = CreditDiscrepancy.values();

    private final Path root;
    private final long seed;
    private final Map<CreditSource, RowSink> sinks = new EnumMap<>(CreditSource.class);
    private final Map<CreditSource, Long> rows = new EnumMap<>(CreditSource.class);
    private final Map<CreditDiscrepancy, Long> planted = new EnumMap<>(CreditDiscrepancy.class);
    private final CsvSink truthLedger;
    private final CsvSink truthDiscrepancies;

    public CreditWriter(Path root, long seed) throws IOException {
        this.root = root;
        this.seed = seed;
        for (CreditSource s : CreditSource.values()) {
            Path file = root.resolve(s.file);
            sinks.put(
                    s,
                    switch (s.format) {
                        case XLSX -> new XlsxSink(file, "信用记录", s.headers());
                        case CSV_UTF8 -> new CsvSink(file, StandardCharsets.UTF_8, false, false, s.headers());
                        case CSV_UTF8_BOM -> new CsvSink(file, StandardCharsets.UTF_8, true, false, s.headers());
                        case CSV_GB18030_CRLF ->
                            new CsvSink(file, Charset.forName("GB18030"), false, true, s.headers());
                    });
            rows.put(s, 0L);
        }
        for (CreditDiscrepancy c : CLASSES) {
            planted.put(c, 0L);
        }
        Path truth = root.resolve("truth");
        truthLedger = new CsvSink(
                truth.resolve(LEDGER_TRUTH),
                StandardCharsets.UTF_8,
                false,
                false,
                "event_id",
                "credit_code",
                "enterprise_name",
                "item_code",
                "category",
                "event_date",
                "document_no",
                "points",
                "valid_until",
                "state",
                "sources",
                "planted");
        truthDiscrepancies = new CsvSink(
                truth.resolve(DISCREPANCY_TRUTH),
                StandardCharsets.UTF_8,
                false,
                false,
                "class",
                "source",
                "record_id",
                "field",
                "event_id",
                "credit_code");
    }

    /** One event of an enterprise as the truth has it. */
    private record Event(
            String id,
            World.Enterprise enterprise,
            Item item,
            LocalDate date,
            String documentNo,
            String issuer,
            LocalDate validUntil,
            String state,
            String written) {}

    /** Writes the credit records of one district's enterprises. */
    public void district(World.District district) throws IOException {
        long code = Long.parseLong(district.code());
        SplittableRandom draw = Seeds.random(seed, code, CONCERN);
        SplittableRandom plant = Seeds.random(seed, code, CONCERN + 1);
        SplittableRandom harmless = Seeds.random(seed, code, CONCERN + 2);
        SplittableRandom typos = Seeds.random(seed, code, CONCERN + 3);
        District d = new District(district, draw, plant, harmless, typos);
        for (World.Enterprise e : district.enterprises()) {
            d.enterprise(e);
        }
    }

    /** Per-district state: counters for record ids and document numbers. */
    private final class District {
        final World.District district;
        final SplittableRandom draw;
        final SplittableRandom plant;
        final SplittableRandom harmless;
        final SplittableRandom typos;
        final Map<CreditSource, Integer> seq = new EnumMap<>(CreditSource.class);
        int events;

        District(
                World.District district,
                SplittableRandom draw,
                SplittableRandom plant,
                SplittableRandom harmless,
                SplittableRandom typos) {
            this.district = district;
            this.draw = draw;
            this.plant = plant;
            this.harmless = harmless;
            this.typos = typos;
        }

        void enterprise(World.Enterprise e) throws IOException {
            int n = draw.nextInt(16);
            Map<String, List<LocalDate>> used = new HashMap<>();
            for (int j = 0; j < n; j++) {
                Item item = pickItem();
                @Nullable CreditDiscrepancy c = drawClass(plant.nextDouble());
                event(e, item, c, used.computeIfAbsent(item.code(), x -> new ArrayList<>()));
            }
        }

        private Item pickItem() {
            int w = draw.nextInt(Item.TOTAL_WEIGHT);
            for (Item i : Item.CATALOGUE) {
                w -= i.weight();
                if (w < 0) {
                    return i;
                }
            }
            throw new IllegalStateException();
        }

        private void event(World.Enterprise e, Item item, @Nullable CreditDiscrepancy c, List<LocalDate> used)
                throws IOException {
            LocalDate date = null;
            for (int tries = 0; tries < 20 && date == null; tries++) {
                LocalDate candidate;
                if (c == CreditDiscrepancy.EXPIRED_BUT_ACTIVE) {
                    candidate = AS_OF.minusMonths(item.months()).minusDays(30 + draw.nextInt(300));
                } else if (c == CreditDiscrepancy.STATUS_MISMATCH) {
                    candidate = AS_OF.minusDays(draw.nextInt(200));
                } else {
                    candidate = AS_OF.minusDays(draw.nextInt(HISTORY_DAYS));
                }
                boolean clash = false;
                for (LocalDate other : used) {
                    clash |= Math.abs(other.toEpochDay() - candidate.toEpochDay()) < SPACING_DAYS;
                }
                if (!clash) {
                    date = candidate;
                }
            }
            if (date == null) {
                return;
            }
            used.add(date);
            int number = ++events;
            LocalDate validUntil = date.plusMonths(item.months()).minusDays(1);
            String state;
            if (validUntil.isBefore(AS_OF)) {
                state = "expired";
            } else {
                double s = draw.nextDouble();
                state = s < 0.03
                        ? "objection"
                        : s < 0.06 ? "revoked" : s < 0.08 && !item.category().equals("good") ? "repaired" : "active";
            }
            if (c == CreditDiscrepancy.STATUS_MISMATCH) {
                state = "active";
            }
            String seqText = district.code().substring(2) + String.format(Locale.ROOT, "%05d", number);
            List<CreditSource> covering = item.sources();
            String documentNo = covering.contains(CreditSource.COMPLAINTS)
                    ? "GD" + date.toString().replace("-", "") + seqText
                    : issuerShort(covering.get(0)) + "〔" + date.getYear() + "〕" + seqText + "号";
            Event ev = new Event(
                    "E" + seqText,
                    e,
                    item,
                    date,
                    documentNo,
                    issuer(covering.get(0)),
                    validUntil,
                    state,
                    c == CreditDiscrepancy.EXPIRED_BUT_ACTIVE ? "active" : state);
            write(ev, eligible(c, ev));
        }

        /** The planted class if this event can carry it, else null (rates are of eligible events). */
        private @Nullable CreditDiscrepancy eligible(@Nullable CreditDiscrepancy c, Event ev) {
            if (c == null) {
                return null;
            }
            boolean withStatus = ev.item.sources().stream().anyMatch(s -> s.has("status"));
            return switch (c) {
                case STATUS_MISMATCH -> withStatus ? c : null;
                default -> c;
            };
        }

        private void write(Event ev, @Nullable CreditDiscrepancy c) throws IOException {
            List<CreditSource> covering = ev.item.sources();
            List<String> reported = new ArrayList<>();
            // the source a record-level plant goes to
            CreditSource target = covering.get(plant.nextInt(covering.size()));
            if (c == CreditDiscrepancy.STATUS_MISMATCH && !target.has("status")) {
                target = covering.stream()
                        .filter(s -> s.has("status"))
                        .findFirst()
                        .orElseThrow();
            }
            if (c != CreditDiscrepancy.MISSING_IN_LEDGER) {
                Rec ledger = record(CreditSource.LEDGER, ev);
                emit(ledger, ev, c == CreditDiscrepancy.EXPIRED_BUT_ACTIVE ? c : null, null);
                reported.add(CreditSource.LEDGER.id);
                if (c == CreditDiscrepancy.DUPLICATE_IN_SOURCE && target == covering.get(0) && plant.nextInt(3) == 0) {
                    emit(record(CreditSource.LEDGER, ev), ev, c, null);
                    c = null;
                }
            } else {
                for (CreditSource s : covering) {
                    truth(CreditDiscrepancy.MISSING_IN_LEDGER, s, nextId(s, false), "", ev);
                }
            }
            for (CreditSource s : covering) {
                if (c == CreditDiscrepancy.UNSUPPORTED_IN_LEDGER) {
                    continue;
                }
                Rec r = record(s, ev);
                harmless(r, s);
                @Nullable CreditDiscrepancy own = null;
                @Nullable String field = null;
                if (c == CreditDiscrepancy.EXPIRED_BUT_ACTIVE) {
                    own = s.has("status") ? c : null;
                } else if (c != null && s == target && c != CreditDiscrepancy.MISSING_IN_LEDGER) {
                    own = c;
                    field = apply(c, r, s, ev);
                    if (field == null && c == CreditDiscrepancy.FIELD_MISMATCH) {
                        own = null;
                    }
                }
                if (c == CreditDiscrepancy.MISSING_IN_LEDGER) {
                    emitNoTruth(r, s);
                } else {
                    emit(r, ev, own == CreditDiscrepancy.DUPLICATE_IN_SOURCE ? null : own, field);
                }
                if (own == CreditDiscrepancy.DUPLICATE_IN_SOURCE) {
                    Rec copy = r.copyWithId(nextId(s, true));
                    emit(copy, ev, own, null);
                }
                reported.add(s.id);
            }
            if (c == CreditDiscrepancy.UNSUPPORTED_IN_LEDGER) {
                // the ledger record was written above; its truth row names it
                truth(c, CreditSource.LEDGER, currentId(CreditSource.LEDGER), "", ev);
            }
            truthLedger.row(
                    ev.id,
                    ev.enterprise.creditCode(),
                    ev.enterprise.name(),
                    ev.item.code(),
                    ev.item.category(),
                    ev.date.toString(),
                    ev.documentNo,
                    Integer.toString(ev.item.points()),
                    ev.validUntil.toString(),
                    ev.state,
                    String.join("|", reported),
                    c == null ? "" : c.name());
        }

        /** Changes the target record to carry the class; returns the field for FIELD_MISMATCH. */
        private @Nullable String apply(CreditDiscrepancy c, Rec r, CreditSource s, Event ev) {
            switch (c) {
                case STATUS_MISMATCH -> {
                    List<String> states = new ArrayList<>(List.of("revoked", "objection"));
                    if (!ev.item.category().equals("good")) {
                        states.add("repaired");
                    }
                    r.set("status", s.state(states.get(plant.nextInt(states.size()))));
                }
                case FIELD_MISMATCH -> {
                    List<String> fields = new ArrayList<>();
                    if (s.has("document_no")) {
                        fields.add("event_date");
                    }
                    if (s.has("points") && ev.item.points() != 0) {
                        fields.add("points");
                    }
                    if (s.has("valid_until")) {
                        fields.add("valid_until");
                    }
                    if (fields.isEmpty()) {
                        return null;
                    }
                    String f = fields.get(plant.nextInt(fields.size()));
                    switch (f) {
                        case "event_date" ->
                            r.set(f, ev.date.plusDays(10 + plant.nextInt(30)).toString());
                        case "points" -> r.set(f, Integer.toString(ev.item.points() * 2));
                        default -> r.set(f, ev.validUntil.plusMonths(12).toString());
                    }
                    return f;
                }
                case INVALID_CODE -> {
                    String valid = ev.enterprise.creditCode();
                    // drawn whether or not a typo replaces it, so that the district's other plants stay put
                    String code =
                            plant.nextInt(3) == 0 ? breakOrganisationCode(valid) : CreditCodes.breakCheck(valid, plant);
                    boolean noName = s.has("document_no") && plant.nextInt(4) == 0;
                    if (typos.nextDouble() < TYPO_SHARE) {
                        code = CodeTypos.typo(valid, typos);
                        noName = s.has("document_no") && typos.nextDouble() < TYPO_NO_NAME;
                        if (!noName && typos.nextDouble() < TYPO_NAME_VARIANT) {
                            r.set(
                                    "enterprise_name",
                                    CodeTypos.nameVariant(
                                            r.get("enterprise_name"),
                                            district.area().cityName(),
                                            typos));
                        }
                    }
                    r.set("credit_code", code);
                    if (noName) {
                        r.set("enterprise_name", "");
                    }
                }
                case NORMALISED_CODE -> r.set("credit_code", format(ev.enterprise.creditCode()));
                case NAME_MISMATCH -> r.set("enterprise_name", otherName(ev.enterprise.name()));
                case CODE_MISMATCH -> {
                    r.set("enterprise_name", ev.enterprise.name());
                    r.set("credit_code", CreditCodes.enterprise(district.code(), plant));
                }
                default -> {}
            }
            return null;
        }

        private String format(String code) {
            return switch (plant.nextInt(3)) {
                case 0 ->
                    code.toLowerCase(Locale.ROOT).equals(code)
                            ? code.substring(0, 6) + " " + code.substring(6)
                            : code.toLowerCase(Locale.ROOT);
                case 1 -> code.substring(0, 2) + " " + code.substring(2, 8) + " " + code.substring(8);
                default -> {
                    StringBuilder b = new StringBuilder();
                    for (char ch : code.toCharArray()) {
                        b.append((char) (ch + 0xFEE0));
                    }
                    yield b.toString();
                }
            };
        }

        private void harmless(Rec r, CreditSource s) {
            if (harmless.nextDouble() < NAME_VARIANT_RATE) {
                String name = r.get("enterprise_name");
                if (name.contains("有限公司") && !name.contains("有限责任公司") && harmless.nextBoolean()) {
                    r.set("enterprise_name", name.replace("有限公司", "有限责任公司"));
                } else if (name.startsWith("湖南")) {
                    r.set("enterprise_name", "湖南省" + name.substring(2));
                } else {
                    r.set("enterprise_name", name.substring(0, 2) + "市" + name.substring(2));
                }
            }
            if (harmless.nextDouble() < DATE_JITTER_RATE) {
                LocalDate d = LocalDate.parse(r.get("event_date"));
                int shift = 1 + harmless.nextInt(DATE_TOLERANCE_DAYS);
                r.set(
                        "event_date",
                        d.plusDays(harmless.nextBoolean() ? shift : -shift).toString());
            }
        }

        private Rec record(CreditSource s, Event ev) {
            Rec r = new Rec(s);
            r.set("record_id", nextId(s, true));
            r.set("credit_code", ev.enterprise.creditCode());
            r.set("enterprise_name", ev.enterprise.name());
            r.set("item_code", ev.item.code());
            r.set("item_name", ev.item.name());
            r.set("category", ev.item.categoryZh());
            r.set("event_date", ev.date.toString());
            r.set("document_no", ev.documentNo);
            r.set("issuer", ev.issuer);
            r.set("points", Integer.toString(ev.item.points()));
            r.set("valid_until", ev.validUntil.toString());
            String written = s.state(ev.written);
            r.set("status", written == null ? "" : written);
            return r;
        }

        /** The next record id of a source in this district ({@code advance} false: peek at it). */
        private String nextId(CreditSource s, boolean advance) {
            int n = seq.getOrDefault(s, 0) + 1;
            if (advance) {
                seq.put(s, n);
            }
            return s.prefix + district.code() + String.format(Locale.ROOT, "%06d", n);
        }

        private String currentId(CreditSource s) {
            return s.prefix + district.code() + String.format(Locale.ROOT, "%06d", seq.getOrDefault(s, 0));
        }

        private void emit(Rec r, Event ev, @Nullable CreditDiscrepancy c, @Nullable String field) throws IOException {
            emitNoTruth(r, r.source);
            if (c != null) {
                truth(c, r.source, r.get("record_id"), field == null ? "" : field, ev);
            }
        }

        private void emitNoTruth(Rec r, CreditSource s) throws IOException {
            sinks.get(s).row(r.cells());
            rows.merge(s, 1L, Long::sum);
        }

        private void truth(CreditDiscrepancy c, CreditSource s, String recordId, String field, Event ev)
                throws IOException {
            truthDiscrepancies.row(c.name(), s.id, recordId, field, ev.id, ev.enterprise.creditCode());
            planted.merge(c, 1L, Long::sum);
        }

        private String issuer(CreditSource s) {
            String city = district.area().cityName();
            return switch (s) {
                case PENALTIES -> city + "市场监督管理局";
                case HONOURS -> city + "人民政府";
                case DISHONEST -> city + "发展和改革委员会";
                case STREET -> district.name() + "物业管理办公室";
                case COMPLAINTS -> city + "12345政务服务便民热线";
                default -> city + "住房和城乡建设局";
            };
        }

        private String issuerShort(CreditSource s) {
            return switch (s) {
                case PENALTIES -> "市监罚字";
                case HONOURS -> "政表字";
                case DISHONEST -> "发改信字";
                case STREET -> "街考字";
                default -> "建物罚字";
            };
        }
    }

    /** One record as a source writes it: canonical field → text. */
    private static final class Rec {
        final CreditSource source;
        final Map<String, String> values = new HashMap<>();

        Rec(CreditSource source) {
            this.source = source;
        }

        void set(String field, @Nullable String value) {
            values.put(field, value == null ? "" : value);
        }

        String get(String field) {
            return values.getOrDefault(field, "");
        }

        Rec copyWithId(String id) {
            Rec r = new Rec(source);
            r.values.putAll(values);
            r.values.put("record_id", id);
            return r;
        }

        String[] cells() {
            return source.columns.stream().map(c -> get(c.field())).toArray(String[]::new);
        }
    }

    /** A code whose final check holds but whose embedded GB 11714 organisation code does not (old registrations). */
    static String breakOrganisationCode(String valid) {
        char orgCheck = valid.charAt(16);
        char other = orgCheck == '0' ? '1' : '0';
        String first17 = valid.substring(0, 16) + other;
        return first17 + CreditCodes.check(first17);
    }

    /** A different name of the same company as another source may hold it (a former name). */
    static String otherName(String name) {
        int at = name.indexOf("物业");
        return at < 0 ? name + "（原名）" : name.substring(0, at) + "新城" + name.substring(at);
    }

    /** Rows written per source id. */
    public Map<String, Long> rowsBySource() {
        Map<String, Long> m = new LinkedHashMap<>();
        rows.forEach((s, n) -> m.put(s.id, n));
        return m;
    }

    /** Discrepancies planted per class. */
    public Map<CreditDiscrepancy, Long> planted() {
        return new EnumMap<>(planted);
    }

    /** Files written, relative to the city's folder. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        for (CreditSource s : CreditSource.values()) {
            files.add(s.file);
        }
        files.add(SCHEME);
        files.add("truth/" + LEDGER_TRUTH);
        files.add("truth/" + DISCREPANCY_TRUTH);
        return files;
    }

    @Override
    public void close() throws IOException {
        try (truthLedger;
                truthDiscrepancies) {
            for (RowSink s : sinks.values()) {
                s.close();
            }
        }
        Files.writeString(root.resolve(SCHEME), CreditScheme.text(), StandardCharsets.UTF_8);
    }

    /** Appends the credit sources and the {@code credit:} section to the city's xiaoqu.yaml (after its sources). */
    public static void appendYaml(Path root) throws IOException {
        StringBuilder y = new StringBuilder();
        for (CreditSource s : CreditSource.values()) {
            y.append("  - id: ").append(s.id).append('\n');
            y.append("    department: ").append(s.department).append('\n');
            y.append("    kind: credit-record\n");
            y.append("    file: ").append(s.file).append('\n');
            switch (s.format) {
                case XLSX -> y.append("    sheet: 信用记录\n");
                case CSV_GB18030_CRLF -> y.append("    encoding: gb18030\n");
                default -> y.append("    encoding: utf-8\n");
            }
            y.append("    columns:\n");
            for (CreditSource.Col c : s.columns) {
                y.append("      ")
                        .append(c.field())
                        .append(": ")
                        .append(c.header())
                        .append('\n');
            }
        }
        y.append(
                "# credit reconcile: the ledger, which source wins a field, the items each source reports, tolerances\n");
        y.append("credit:\n");
        y.append("  scheme: ").append(SCHEME).append('\n');
        y.append("  ledger: ").append(CreditSource.LEDGER.id).append('\n');
        y.append("  asOf: ").append(AS_OF).append('\n');
        y.append("  precedence: [");
        // the platform's ledger is checked by the province: it wins; the issuing sources fill what it lacks
        List<String> order = List.of(
                CreditSource.LEDGER.id,
                CreditSource.DISHONEST.id,
                CreditSource.PENALTIES.id,
                CreditSource.HOUSING.id,
                CreditSource.HONOURS.id,
                CreditSource.STREET.id,
                CreditSource.COMPLAINTS.id);
        y.append(String.join(", ", order)).append("]\n");
        y.append("  covers:\n");
        for (CreditSource s : CreditSource.values()) {
            if (s == CreditSource.LEDGER) {
                continue;
            }
            List<String> items = Item.CATALOGUE.stream()
                    .filter(i -> i.sources().contains(s))
                    .map(Item::code)
                    .toList();
            y.append("    ")
                    .append(s.id)
                    .append(": [")
                    .append(String.join(", ", items))
                    .append("]\n");
        }
        y.append("  tolerance:\n");
        y.append("    eventDateDays: ").append(DATE_TOLERANCE_DAYS).append('\n');
        y.append("    points: 0\n");
        Files.writeString(root.resolve("xiaoqu.yaml"), y.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
