package org.xiaoqu.grid;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.report.ReportLang;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Store;

/**
 * The review loop. {@link #export} writes a run's close calls for a person: each record with its two candidate
 * buildings (id, address, one member record) and the explanation, and an empty {@code decision} column. {@link
 * #apply} reads such a file back — {@code decision} 1 or 2 (the record belongs to that candidate), {@code none}
 * (a building of its own: cannot-link with both), or blank (undecided) — or rows giving {@code kind} (MUST_LINK,
 * CANNOT_LINK, PIN), {@code record_a}, {@code record_b}, {@code unified_id} directly; and records the decisions in
 * XQ_GRID_DECISION, which every later merge applies.
 */
public final class GridReview {
    static final String[] EXPORT_HEADER = {
        "source_id",
        "record_key",
        "department",
        "address",
        "explanation",
        "candidate_1",
        "candidate_1_address",
        "candidate_1_record",
        "candidate_2",
        "candidate_2_address",
        "candidate_2_record",
        "decision",
        "kind",
        "record_a",
        "record_b",
        "unified_id",
        "note"
    };

    static final String SCHEMA = "grid/review_export";

    private GridReview() {}

    /** A fingerprint of the decisions (count and last id): part of a merge's identity. */
    public static String fingerprint(Store store) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement st = c.prepareStatement("SELECT COUNT(*), MAX(DECISION_ID) FROM XQ_GRID_DECISION");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getLong(2);
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the review decisions: " + e.getMessage(), e);
        }
    }

    /** A run whose review list is still in the store: not pruned, not a failed attempt. */
    private static void requireDetail(Connection c, long runId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT STATUS FROM XQ_GRID_RUN WHERE RUN_ID = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw XiaoquException.usage("there is no completed grid merge run " + runId
                            + " in this store (leave out --run for the last one)");
                }
                if ("PRUNED".equals(rs.getString(1))) {
                    throw XiaoquException.usage("the details of grid merge run " + runId
                            + " were pruned (retention.runs); export a later run (leave out --run for the last one)");
                }
            }
        }
    }

    /** The last completed merge run, or null when there is none. */
    public static @Nullable Long lastRun(Store store) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement st =
                        c.prepareStatement("SELECT MAX(RUN_ID) FROM XQ_GRID_RUN WHERE STATUS = 'COMPLETED'");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the grid runs: " + e.getMessage(), e);
        }
    }

    /** Writes run {@code runId}'s review list to {@code file} as CSV, or .xlsx with Chinese headers. */
    public static int export(Store store, long runId, Path file) {
        return export(store, runId, file, ReportLang.ZH);
    }

    /**
     * Writes run {@code runId}'s review list to {@code file}: .xlsx (headers in {@code lang}, ids as text cells) when
     * its name ends so, else CSV (UTF-8 with a BOM, for Excel); returns the rows.
     */
    public static int export(Store store, long runId, Path file, ReportLang lang) {
        try (Connection c = store.dataSource().getConnection()) {
            requireDetail(c, runId);
            Map<String, String> member = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT UNIFIED_ID, MIN(SOURCE_ID || ':' || RECORD_KEY) FROM"
                    + " XQ_GRID_BUILDING_CROSSWALK WHERE RUN_ID = ? GROUP BY UNIFIED_ID")) {
                st.setLong(1, runId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        member.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            int n = 0;
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                List<List<String>> rows = rows(c, runId, member);
                try (org.xiaoqu.report.TableWriter w = org.xiaoqu.report.TableWriters.xlsx(
                        file, OutputSchema.load(SCHEMA), lang, org.xiaoqu.report.Masking.off())) {
                    for (List<String> row : rows) {
                        w.write(row);
                    }
                }
                return rows.size();
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write('\ufeff');
                CSVPrinter out = new CSVPrinter(
                        w,
                        CSVFormat.DEFAULT
                                .builder()
                                .setRecordSeparator("\r\n")
                                .setHeader(EXPORT_HEADER)
                                .get());
                for (List<String> row : rows(c, runId, member)) {
                    out.printRecord(row);
                    n++;
                }
                out.flush();
            }
            return n;
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the review list: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(Connection c, long runId, Map<String, String> member) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT SOURCE_ID, RECORD_KEY, DEPARTMENT, ADDRESS,"
                + " EXPLANATION, CANDIDATE_1, CANDIDATE_1_ADDRESS, CANDIDATE_2, CANDIDATE_2_ADDRESS FROM"
                + " XQ_GRID_REVIEW WHERE RUN_ID = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String c1 = rs.getString(6);
                    String c2 = rs.getString(8);
                    rows.add(java.util.Arrays.asList(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            neutral(rs.getString(4)),
                            rs.getString(5),
                            c1,
                            neutral(rs.getString(7)),
                            c1 == null ? null : member.get(c1),
                            c2,
                            neutral(rs.getString(9)),
                            c2 == null ? null : member.get(c2),
                            "",
                            "",
                            "",
                            "",
                            "",
                            ""));
                }
            }
        }
        rows.sort((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1))
                : a.get(0).compareTo(b.get(0)));
        return rows;
    }

    /** Result of {@link #apply}: decisions recorded, rows left undecided. */
    public record Applied(int recorded, int undecided) {}

    /** What {@link #read} found in a review file: the decisions to record, and the rows left undecided. */
    public static final class Decisions {
        private final List<String[]> rows;
        private final int undecided;

        private Decisions(List<String[]> rows, int undecided) {
            this.rows = List.copyOf(rows);
            this.undecided = undecided;
        }
    }

    /** Records the decisions of a review file. A row that cannot be understood is a usage error naming its line. */
    public static Applied apply(Store store, Path file) {
        return record(store, read(file));
    }

    /**
     * The decisions of a filled-in review file, read without a store so that a bad file is refused before one is
     * opened; {@link #record} stores them.
     */
    public static Decisions read(Path file) {
        List<String[]> decisions = new ArrayList<>();
        int undecided = 0;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            file = xlsxToCsv(file);
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\ufeff') {
                in.reset();
            }
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                String decision = get(r, "decision").toLowerCase(Locale.ROOT);
                String kind = get(r, "kind").toUpperCase(Locale.ROOT);
                String record = get(r, "source_id").isEmpty() ? "" : get(r, "source_id") + ":" + get(r, "record_key");
                String note = get(r, "note");
                if (!kind.isEmpty()) {
                    if (!List.of("MUST_LINK", "CANNOT_LINK", "PIN").contains(kind)
                            || get(r, "record_a").isEmpty()) {
                        throw XiaoquException.usage(file + ":" + (r.getRecordNumber() + 1) + ": kind must be MUST_LINK,"
                                + " CANNOT_LINK or PIN with record_a (and record_b, or unified_id for PIN)");
                    }
                    decisions.add(new String[] {
                        kind, get(r, "record_a"), blank(get(r, "record_b")), blank(get(r, "unified_id")), note
                    });
                } else if (decision.equals("1") || decision.equals("2")) {
                    String target = get(r, "candidate_" + decision + "_record");
                    if (target.isEmpty() || record.isEmpty()) {
                        throw XiaoquException.usage(file + ":" + (r.getRecordNumber() + 1) + ": decision " + decision
                                + " names a candidate this row does not have");
                    }
                    decisions.add(new String[] {"MUST_LINK", target, record, null, note});
                } else if (decision.equals("none")) {
                    for (String c : new String[] {"candidate_1_record", "candidate_2_record"}) {
                        if (!get(r, c).isEmpty()) {
                            decisions.add(new String[] {"CANNOT_LINK", get(r, c), record, null, note});
                        }
                    }
                } else if (decision.isEmpty()) {
                    undecided++;
                } else {
                    throw XiaoquException.usage(file + ":" + (r.getRecordNumber() + 1) + ": decision '" + decision
                            + "' is not 1, 2, none or blank");
                }
            }
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Decisions(decisions, undecided);
    }

    /** Records decisions {@link #read} from a review file. */
    public static Applied record(Store store, Decisions read) {
        List<String[]> decisions = read.rows;
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long next;
            try (PreparedStatement st =
                            c.prepareStatement("SELECT COALESCE(MAX(DECISION_ID), 0) FROM XQ_GRID_DECISION");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO XQ_GRID_DECISION (DECISION_ID, KIND, RECORD_A,"
                    + " RECORD_B, UNIFIED_ID, NOTE, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (String[] d : decisions) {
                    st.setLong(1, next++);
                    st.setString(2, d[0]);
                    st.setString(3, d[1]);
                    st.setString(4, d[2]);
                    st.setString(5, d[3]);
                    st.setString(6, d[4]);
                    st.setTimestamp(7, Timestamp.from(Instant.now()));
                    st.addBatch();
                }
                st.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot record the decisions: " + e.getMessage(), e);
        }
        return new Applied(decisions.size(), read.undecided);
    }

    /** A filled-in .xlsx export as the equivalent CSV (headers in either language back to field names). */
    private static Path xlsxToCsv(Path xlsx) {
        OutputSchema schema = OutputSchema.load(SCHEMA);
        try (org.xiaoqu.source.RowReader reader =
                org.xiaoqu.source.RowReader.open(xlsx, org.xiaoqu.source.Encoding.AUTO, null)) {
            List<String> header = new ArrayList<>();
            for (String h : reader.header()) {
                String name = h;
                for (OutputSchema.Field f : schema.fields()) {
                    if (h.equals(f.title()) || h.equals(f.titleZh())) {
                        name = f.name();
                    }
                }
                header.add(name);
            }
            Path csv = Files.createTempFile("xiaoqu-review-", ".csv");
            csv.toFile().deleteOnExit();
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                    CSVPrinter out = new CSVPrinter(
                            w,
                            CSVFormat.DEFAULT
                                    .builder()
                                    .setHeader(header.toArray(String[]::new))
                                    .get())) {
                for (org.xiaoqu.source.RawRow row; (row = reader.next()) != null; ) {
                    out.printRecord((Object[]) row.cells());
                }
            }
            return csv;
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, "cannot read " + xlsx + ": " + e.getMessage(), e);
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) && r.get(column) != null
                ? r.get(column).trim()
                : "";
    }

    private static @Nullable String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    private static @Nullable String neutral(@Nullable String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
