package org.xiaoqu.rank;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.rank.RankScheme.SourceKind;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.source.CheckedRow;
import org.xiaoqu.source.Encoding;
import org.xiaoqu.source.RawRow;
import org.xiaoqu.source.RowReader;
import org.xiaoqu.source.SourceCheck;
import org.xiaoqu.source.SourceCheckResult;
import org.xiaoqu.source.SourceSpec;

/**
 * Reads a scheme's sources and combines their values into the scheme's year: {@link RankData}. A long source is
 * the {@code indicator-value} input kind (checked like any import: Chinese headers, GB18030, rejected rows
 * counted); a wide one has a column per indicator; a job source is a file in the latest completed run of that job;
 * the table source is the imported {@code XQ_INDICATOR_VALUE}. An optional source that is absent drops its
 * indicators (and their weights), said in the notes.
 */
public final class RankInputs {
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})-?(H[12]|Q[1-4]|0[1-9]|1[0-2])?");

    private RankInputs() {}

    /** Raw values of one source: (entity, code) → period → value, plus names seen. */
    private static final class Values {
        final Map<String, Map<String, Map<String, Double>>> byEntity = new TreeMap<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> groups = new HashMap<>();
        final Map<String, String> persons = new HashMap<>();

        void put(String entity, @Nullable String name, String code, String period, double value) {
            byEntity.computeIfAbsent(entity, e -> new HashMap<>())
                    .computeIfAbsent(code, c -> new TreeMap<>())
                    .put(period, value);
            if (name != null && !name.isBlank()) {
                names.putIfAbsent(entity, name);
            }
        }
    }

    /** Reads everything the scheme needs; {@code dataSource} may be null when no source needs the store. */
    public static RankData read(RankScheme scheme, @Nullable DataSource dataSource) {
        List<String> notes = new ArrayList<>();
        Map<String, Values> bySource = new LinkedHashMap<>();
        for (RankScheme.Source s : scheme.sources()) {
            boolean isRegister =
                    scheme.register() != null && scheme.register().source().equals(s.id());
            Path path = resolve(s, dataSource);
            if (path == null && s.fallback() != null && Files.isRegularFile(s.fallback())) {
                notes.add("source '" + s.id() + "': "
                        + (s.kind() == SourceKind.JOB
                                ? "no completed run of job '" + s.job() + "' with " + s.path()
                                : "file " + s.path() + " not found")
                        + "; read the declared fallback " + s.fallback().getFileName() + " instead");
                path = s.fallback();
            }
            if (path == null && s.kind() != SourceKind.TABLE) {
                String why = s.kind() == SourceKind.JOB
                        ? "no completed run of job '" + s.job() + "' with " + s.path() + " in the store"
                        : "file " + s.path() + " not found";
                if (!s.optional()) {
                    throw XiaoquException.usage(scheme.file() + ": source '" + s.id() + "': " + why
                            + (s.kind() == SourceKind.JOB ? " (run that job first, or mark the source optional)" : ""));
                }
                notes.add("source '" + s.id() + "' is optional and absent (" + why + "): its indicators are left out"
                        + " and the weights re-normalised over the others");
                continue;
            }
            Values v = new Values();
            if (s.kind() == SourceKind.TABLE) {
                readTable(scheme, dataSource, v);
            } else if (s.wide()) {
                readWide(scheme, s, path, v, isRegister ? scheme.register() : null, columnsOf(scheme, s.id()), notes);
            } else {
                readLong(scheme, s, path, v, notes);
            }
            bySource.put(s.id(), v);
        }

        // the entities: the register when there is one, else every entity with a value
        TreeSet<String> ids = new TreeSet<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> persons = new HashMap<>();
        RankScheme.Register register = scheme.register();
        if (register != null && bySource.containsKey(register.source())) {
            Values r = bySource.get(register.source());
            ids.addAll(r.byEntity.keySet());
            names.putAll(r.names);
            groups.putAll(r.groups);
            persons.putAll(r.persons);
        } else {
            bySource.values().forEach(v -> ids.addAll(v.byEntity.keySet()));
        }
        bySource.values().forEach(v -> v.names.forEach(names::putIfAbsent));

        List<RankScheme.Indicator> indicators = new ArrayList<>();
        for (RankScheme.Indicator i : scheme.indicators()) {
            if (bySource.containsKey(i.source())) {
                indicators.add(i);
            }
        }
        if (indicators.isEmpty()) {
            throw XiaoquException.usage(scheme.file() + ": no indicator has a source to read");
        }
        List<String> idList = new ArrayList<>(ids);
        int n = idList.size();
        double[][] values = new double[indicators.size()][];
        int[] halfOnly = new int[1];
        for (int j = 0; j < indicators.size(); j++) {
            RankScheme.Indicator x = indicators.get(j);
            values[j] = column(scheme, bySource.get(x.source()), x.column(), idList, halfOnly);
            if (x.sampleColumn() != null) {
                double[] sample = column(scheme, bySource.get(x.source()), x.sampleColumn(), idList, new int[1]);
                int small = 0;
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(values[j][i]) && !(sample[i] >= x.minSample())) {
                        values[j][i] = Double.NaN;
                        small++;
                    }
                }
                if (small > 0) {
                    notes.add("indicator " + x.id() + ": " + small + " values with a sample under " + x.minSample()
                            + " (" + x.sampleColumn() + ") count as missing");
                }
            }
            int present =
                    (int) Arrays.stream(values[j]).filter(d -> !Double.isNaN(d)).count();
            if (present == 0) {
                notes.add("indicator " + x.id() + " has no value for " + scheme.year() + " in source '" + x.source()
                        + "' (column or code '" + x.column() + "')");
            }
        }
        double[][] vetoes = new double[scheme.vetoes().size()][];
        for (int t = 0; t < vetoes.length; t++) {
            RankScheme.Veto v = scheme.vetoes().get(t);
            vetoes[t] = bySource.containsKey(v.source())
                    ? column(scheme, bySource.get(v.source()), v.column(), idList, halfOnly)
                    : nans(n);
        }
        double[][] adjustments = new double[scheme.adjustments().size()][];
        for (int t = 0; t < adjustments.length; t++) {
            RankScheme.Adjustment a = scheme.adjustments().get(t);
            adjustments[t] = bySource.containsKey(a.source())
                    ? column(scheme, bySource.get(a.source()), a.column(), idList, halfOnly)
                    : nans(n);
        }
        if (halfOnly[0] > 0) {
            notes.add(halfOnly[0] + " values had only one half-year of " + scheme.year() + "; "
                    + (scheme.halfYears() == RankScheme.HalfYears.SUM
                            ? "under 'sum' they count as missing"
                            : "that half stands for the year"));
        }
        List<String> nameList = new ArrayList<>(n);
        List<@Nullable String> groupList = new ArrayList<>(n);
        List<@Nullable String> personList = new ArrayList<>(n);
        for (String id : idList) {
            nameList.add(names.getOrDefault(id, id));
            groupList.add(groups.get(id));
            personList.add(persons.get(id));
        }
        return new RankData(
                idList, nameList, groupList, personList, List.copyOf(indicators), values, vetoes, adjustments, notes);
    }

    /** The columns (or codes) the scheme reads from source {@code id}: indicators, vetoes, adjustments. */
    private static java.util.Set<String> columnsOf(RankScheme scheme, String id) {
        java.util.Set<String> c = new java.util.HashSet<>();
        scheme.indicators().stream().filter(i -> i.source().equals(id)).forEach(i -> {
            c.add(i.column());
            if (i.sampleColumn() != null) {
                c.add(i.sampleColumn());
            }
        });
        scheme.vetoes().stream().filter(v -> v.source().equals(id)).forEach(v -> c.add(v.column()));
        scheme.adjustments().stream().filter(a -> a.source().equals(id)).forEach(a -> c.add(a.column()));
        return c;
    }

    private static double[] nans(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    /** One code's values for the year, entity by entity. */
    private static double[] column(RankScheme scheme, Values v, String code, List<String> ids, int[] halfOnly) {
        double[] out = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Map<String, Map<String, Double>> e = v.byEntity.get(ids.get(i));
            Map<String, Double> periods = e == null ? null : e.get(code);
            out[i] = periods == null ? Double.NaN : year(scheme, periods, halfOnly);
        }
        return out;
    }

    /** The year's value from the periods given: the year itself, else its halves (as declared), else quarters/months. */
    static double year(RankScheme scheme, Map<String, Double> periods, int[] halfOnly) {
        String y = Integer.toString(scheme.year());
        Double whole = periods.get(y);
        if (whole != null) {
            return whole;
        }
        Double h1 = periods.get(y + "H1");
        Double h2 = periods.get(y + "H2");
        if (h1 != null || h2 != null) {
            if (h1 == null || h2 == null) {
                halfOnly[0]++;
            }
            double[] w = scheme.halfYearWeights();
            return switch (scheme.halfYears()) {
                case H1 -> h1 == null ? Double.NaN : h1;
                case H2 -> h2 == null ? Double.NaN : h2;
                case LAST -> h2 != null ? h2 : h1;
                case SUM -> h1 == null || h2 == null ? Double.NaN : h1 + h2;
                case WEIGHTED -> h1 == null ? h2 : h2 == null ? h1 : (w[0] * h1 + w[1] * h2) / (w[0] + w[1]);
                case MEAN -> h1 == null ? h2 : h2 == null ? h1 : (h1 + h2) / 2;
            };
        }
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, Double> p : periods.entrySet()) {
            if (p.getKey().startsWith(y) && p.getKey().length() > 4 && !Double.isNaN(p.getValue())) {
                sum += p.getValue();
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static @Nullable Path resolve(RankScheme.Source s, @Nullable DataSource dataSource) {
        switch (s.kind()) {
            case FILE:
                return Files.isRegularFile(s.path()) ? s.path() : null;
            case JOB: {
                if (dataSource == null) {
                    return null;
                }
                try (Connection c = dataSource.getConnection();
                        PreparedStatement st = c.prepareStatement(
                                "SELECT r.OUTPUT_DIR FROM XQ_RUN r"
                                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = r.JOB_EXECUTION_ID"
                                        + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                                        + " WHERE i.JOB_NAME = ? AND e.STATUS = 'COMPLETED' ORDER BY r.JOB_EXECUTION_ID DESC")) {
                    st.setString(1, s.job());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            Path p = Path.of(rs.getString(1)).resolve(s.path().toString());
                            if (Files.isRegularFile(p)) {
                                return p;
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new XiaoquException(
                            ExitCode.FAILED, "cannot read the runs of job " + s.job() + ": " + e.getMessage(), e);
                }
                return null;
            }
            default:
                return null;
        }
    }

    private static void readLong(RankScheme scheme, RankScheme.Source s, Path path, Values v, List<String> notes) {
        SourceCheckResult r = SourceCheck.run(SourceSpec.adHoc(InputKind.INDICATOR_VALUE, path), (CheckedRow row) -> {
            String kind = (String) row.value(0);
            if (!scheme.entityKind().equals(kind)) {
                return;
            }
            Object value = row.value(5);
            v.put(
                    (String) row.value(1),
                    (String) row.value(2),
                    (String) row.value(4),
                    normalisePeriod((String) row.value(3)),
                    value == null ? Double.NaN : ((BigDecimal) value).doubleValue());
        });
        if (r.rejected() > 0) {
            notes.add("source '" + s.id() + "' (" + path.getFileName() + "): " + r.rejected()
                    + " rows rejected and left out; `xiaoqu validate --kind indicator-value " + path.getFileName()
                    + "` lists them");
        }
    }

    private static void readWide(
            RankScheme scheme,
            RankScheme.Source s,
            Path path,
            Values v,
            RankScheme.@Nullable Register register,
            java.util.Set<String> wanted,
            List<String> notes) {
        try (RowReader reader = RowReader.open(path, Encoding.AUTO, null)) {
            List<String> header = reader.header();
            int idCol = columnOf(header, register != null ? register.idColumn() : s.idColumn(), path);
            String nameColumn =
                    register != null && register.nameColumn() != null ? register.nameColumn() : s.nameColumn();
            int nameCol = nameColumn == null ? -1 : columnOf(header, nameColumn, path);
            int periodCol = s.periodColumn() == null ? -1 : columnOf(header, s.periodColumn(), path);
            int groupCol = register != null && register.groupColumn() != null
                    ? columnOf(header, register.groupColumn(), path)
                    : -1;
            int personCol = register != null && register.personColumn() != null
                    ? columnOf(header, register.personColumn(), path)
                    : -1;
            String y = Integer.toString(scheme.year());
            long unreadable = 0;
            for (RawRow row; (row = reader.next()) != null; ) {
                String id = cell(row, idCol);
                if (id.isEmpty()) {
                    continue;
                }
                String period = periodCol < 0 ? y : normalisePeriod(cell(row, periodCol));
                String name = nameCol < 0 ? null : cell(row, nameCol);
                if (register != null) {
                    v.byEntity.computeIfAbsent(id, e -> new HashMap<>());
                    if (name != null && !name.isBlank()) {
                        v.names.putIfAbsent(id, name);
                    }
                    if (groupCol >= 0 && !cell(row, groupCol).isEmpty()) {
                        v.groups.put(id, cell(row, groupCol));
                    }
                    if (personCol >= 0 && !cell(row, personCol).isEmpty()) {
                        v.persons.put(id, cell(row, personCol));
                    }
                }
                for (int c = 0; c < header.size(); c++) {
                    if (c == idCol
                            || c == nameCol
                            || c == periodCol
                            || c == groupCol
                            || c == personCol
                            || !wanted.contains(header.get(c).trim())) {
                        continue;
                    }
                    String text = cell(row, c);
                    double d;
                    if (text.isEmpty() || text.equals("-") || text.equals("无数据")) {
                        d = Double.NaN;
                    } else {
                        try {
                            d = Double.parseDouble(text);
                        } catch (NumberFormatException e) {
                            unreadable++;
                            continue;
                        }
                    }
                    v.put(id, name, header.get(c).trim(), period, d);
                }
            }
            if (unreadable > 0) {
                notes.add("source '" + s.id() + "' (" + path.getFileName() + "): " + unreadable
                        + " cells were not numbers and were left out");
            }
        }
    }

    private static String cell(RawRow row, int c) {
        String s = c < row.cells().length ? row.cells()[c] : null;
        return s == null ? "" : s.trim();
    }

    private static int columnOf(List<String> header, String name, Path path) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).trim().equals(name)) {
                return c;
            }
        }
        throw new XiaoquException(
                ExitCode.INPUT_REJECTED,
                path + ":1: no column '" + name + "'" + org.xiaoqu.config.Nearest.hint(name, header) + " (columns: "
                        + String.join(", ", header) + ")");
    }

    /** 2025, 2025H1, 2025-H1, 2025Q3, 2025-06 → 2025, 2025H1, 2025H1, 2025Q3, 202506. */
    static String normalisePeriod(String p) {
        Matcher m = PERIOD.matcher(p.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return p.trim();
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + m.group(2);
    }

    private static void readTable(RankScheme scheme, @Nullable DataSource dataSource, Values v) {
        if (dataSource == null) {
            throw XiaoquException.usage(scheme.file() + ": the 'indicator-value' table needs a store");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT ENTITY_ID, ENTITY_NAME, PERIOD, INDICATOR, VALUE"
                        + " FROM XQ_INDICATOR_VALUE WHERE ENTITY_KIND = ?")) {
            st.setString(1, scheme.entityKind());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    BigDecimal value = rs.getBigDecimal(5);
                    v.put(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(4),
                            normalisePeriod(rs.getString(3)),
                            value == null ? Double.NaN : value.doubleValue());
                }
            }
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read XQ_INDICATOR_VALUE: " + e.getMessage(), e);
        }
    }
}
