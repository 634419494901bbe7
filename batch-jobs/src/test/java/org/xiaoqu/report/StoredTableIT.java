package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.schemas.OutputSchema;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.TestStores;

class StoredTableIT {
    private static final OutputSchema SCHEMA = OutputSchema.load("report-test/residents");
    private static final String DDL = "CREATE TABLE XQ_REPORT_TEST (RUN_ID BIGINT NOT NULL, CODE VARCHAR(40),"
            + " CREDIT_CODE VARCHAR(18), RESIDENT_NAME VARCHAR(50), PHONE VARCHAR(20), ID_NUMBER VARCHAR(18),"
            + " NOTE VARCHAR(200), HOUSEHOLDS BIGINT, SCORE NUMERIC(12,4), ACTIVE BOOLEAN, CHECKED_ON DATE,"
            + " UPDATED_AT TIMESTAMP)";

    private static final int ROWS = 2523;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void insertsEveryValueTypeAndDeletesOneRunsRows(TestStores.Kind kind) throws SQLException {
        try (Store store = Store.open(TestStores.fresh(kind, dir))) {
            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.execute(DDL);
            }
            List<List<?>> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) { // not a whole number of H2's insert groups
                rows.add(Arrays.asList(
                        String.format("%06d", i),
                        "91430100MA4L16JQ9B",
                        "张三丰",
                        "17012345678",
                        "43010219900101123X",
                        i == 0 ? "a \"quoted\", comma\nline" : null,
                        i,
                        i == 1 ? Double.NaN : new BigDecimal("12.5").add(BigDecimal.valueOf(i)),
                        i % 2 == 0,
                        LocalDate.of(2026, 3, 9),
                        i == 2 ? Instant.parse("2026-01-02T03:04:05Z") : LocalDateTime.of(2026, 3, 9, 8, 30, 5)));
            }
            long inserted = StoredTable.insert(store.dataSource(), store.dialect(), "XQ_REPORT_TEST", SCHEMA, 7, rows);
            StoredTable.insert(store.dataSource(), store.dialect(), "XQ_REPORT_TEST", SCHEMA, 8, rows.subList(0, 3));
            assertThat(inserted).isEqualTo(ROWS);
            assertThat(count(store, 7)).isEqualTo(ROWS);
            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT SUM(HOUSEHOLDS), COUNT(DISTINCT CODE),"
                            + " SUM(CASE WHEN CODE = LPAD(CAST(HOUSEHOLDS AS VARCHAR), 6, '0') THEN 1 ELSE 0 END)"
                            + " FROM XQ_REPORT_TEST WHERE RUN_ID = 7")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo((long) ROWS * (ROWS - 1) / 2); // every row, each once
                assertThat(rs.getLong(2)).isEqualTo(ROWS);
                assertThat(rs.getLong(3)).isEqualTo(ROWS); // each row's values kept together
            }

            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT " + StoredTable.columnList(SCHEMA)
                            + " FROM XQ_REPORT_TEST WHERE RUN_ID = 7 ORDER BY HOUSEHOLDS")) {
                rs.next();
                assertThat(rs.getString("CODE")).isEqualTo("000000");
                assertThat(rs.getString("RESIDENT_NAME")).isEqualTo("张三丰"); // the store keeps it unmasked
                assertThat(rs.getString("NOTE")).isEqualTo("a \"quoted\", comma\nline");
                assertThat(rs.getLong("HOUSEHOLDS")).isZero();
                assertThat(rs.getBigDecimal("SCORE")).isEqualByComparingTo("12.5");
                assertThat(rs.getBoolean("ACTIVE")).isTrue();
                assertThat(rs.getObject("CHECKED_ON", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 9));
                assertThat(rs.getObject("UPDATED_AT", LocalDateTime.class))
                        .isEqualTo(LocalDateTime.of(2026, 3, 9, 8, 30, 5));
                rs.next();
                assertThat(rs.getBigDecimal("SCORE")).isNull(); // NaN
                assertThat(rs.getString("NOTE")).isNull();
                assertThat(rs.getBoolean("ACTIVE")).isFalse();
                rs.next();
                assertThat(rs.getObject("UPDATED_AT", LocalDateTime.class))
                        .isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5)); // instants in UTC
            }

            // a restarted step: delete its run's rows, write them again; the other run is untouched
            assertThat(StoredTable.delete(store.dataSource(), store.dialect(), "XQ_REPORT_TEST", 7))
                    .isEqualTo(ROWS);
            StoredTable.insert(store.dataSource(), store.dialect(), "XQ_REPORT_TEST", SCHEMA, 7, rows);
            assertThat(count(store, 7)).isEqualTo(ROWS);
            assertThat(count(store, 8)).isEqualTo(3);
        }
    }

    private static long count(Store store, long runId) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM XQ_REPORT_TEST WHERE RUN_ID = " + runId)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
