package org.xiaoqu.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.cli.CliRun;
import org.xiaoqu.cli.Main;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * {@code xiaoqu import} through the real command line on H2 and PostgreSQL: the loads registry decides
 * what is new (unchanged, replaced, published again), the reject budget keeps the active load when a new
 * file is over it, {@code --json} carries per-source counts, and GB18030 and .xlsx files bring their Chinese
 * text intact into the published view.
 */
class ImportCliIT {
    private static final String HEADER = "记录编号,网格编码,详细地址,小区名称,楼栋,单元,户数\n";
    private static final String FIRST = HEADER
            + "A1,430103001001,天心区坡子街芙蓉华庭1栋,芙蓉华庭,1栋,1单元,24\n"
            + "A2,430103001001,天心区坡子街芙蓉华庭2栋,芙蓉华庭,2栋,1单元,36\n"
            + "A3,430103001002,天心区坡子街湘江世纪城3栋,湘江世纪城,3栋,2单元,18\n";
    private static final String SECOND =
            HEADER + "B1,430103001001,天心区坡子街芙蓉华庭1栋,芙蓉华庭,1栋,1单元,24\n" + "B2,430103001003,天心区裕南街南湖新城5栋,南湖新城,5栋,1单元,40\n";
    private static final String ONE_BAD = HEADER
            + "C1,430103001001,天心区坡子街芙蓉华庭1栋,芙蓉华庭,1栋,1单元,24\n"
            + "C2,430103001001,天心区坡子街芙蓉华庭2栋,芙蓉华庭,2栋,1单元,二十四户\n"
            + "C3,430103001001,天心区坡子街芙蓉华庭3栋,芙蓉华庭,3栋,1单元,12\n";

    @TempDir
    Path dir;

    private Map<String, String> env;
    private JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void theLoadsRegistryDecidesWhatIsNew(TestStores.Kind kind) throws Exception {
        StoreSettings settings = TestStores.fresh(kind, dir);
        env = env(settings);
        try (Store store = Store.open(settings)) {
            jdbc = new JdbcTemplate(store.dataSource());
            Path data = dir.resolve("网格楼栋.csv");
            Files.writeString(data, FIRST, StandardCharsets.UTF_8);
            config("  - id: zongzhi\n    department: 综治\n    kind: grid-membership\n    file: 网格楼栋.csv\n"
                    + "    businessDate: 2024-03-01\n");

            CliRun first = cli("--json", "import");
            assertThat(first.exitCode()).as(first.toString()).isZero();
            JsonNode json = first.json();
            assertThat(json.get("job").asText()).isEqualTo("import");
            assertThat(json.get("exitCode").asInt()).isZero();
            JsonNode counts = json.get("sources").get(0).get("counts");
            assertThat(counts.get("source").asText()).isEqualTo("zongzhi");
            assertThat(counts.get("read").asLong()).isEqualTo(3);
            assertThat(counts.get("valid").asLong()).isEqualTo(3);
            assertThat(counts.get("rejected").asLong()).isZero();
            assertThat(counts.get("warned").asLong()).isZero();
            long firstLoad = counts.get("load").asLong();
            assertThat(published()).containsExactly("A1", "A2", "A3");

            CliRun again = cli("--json", "import");
            assertThat(again.exitCode()).as(again.toString()).isZero();
            JsonNode unchanged = again.json().get("sources").get(0);
            assertThat(unchanged.get("status").asText()).isEqualTo("UNCHANGED");
            assertThat(unchanged.get("messages").toString())
                    .contains("unchanged")
                    .contains("load " + firstLoad);
            assertThat(published()).containsExactly("A1", "A2", "A3");
            assertThat(count("SELECT COUNT(*) FROM XQ_STG_GRID_MEMBERSHIP")).isEqualTo(3);

            Files.writeString(data, SECOND, StandardCharsets.UTF_8);
            CliRun changed = cli("--json", "import");
            assertThat(changed.exitCode()).as(changed.toString()).isZero();
            JsonNode replacing = changed.json().get("sources").get(0);
            long secondLoad = replacing.get("counts").get("load").asLong();
            assertThat(secondLoad).isNotEqualTo(firstLoad);
            assertThat(replacing.get("messages").toString())
                    .contains("published load " + secondLoad)
                    .contains("replacing load " + firstLoad);
            assertThat(changed.err()).contains("replacing load " + firstLoad);
            assertThat(published()).containsExactly("B1", "B2");

            Files.writeString(data, FIRST, StandardCharsets.UTF_8);
            CliRun older = cli("--json", "import");
            assertThat(older.exitCode()).as(older.toString()).isZero();
            JsonNode republished = older.json().get("sources").get(0);
            assertThat(republished.get("status").asText()).isEqualTo("REPUBLISHED");
            assertThat(republished.get("messages").toString())
                    .contains("published again load " + firstLoad)
                    .contains("replacing load " + secondLoad);
            assertThat(published()).containsExactly("A1", "A2", "A3");

            Files.writeString(data, ONE_BAD, StandardCharsets.UTF_8);
            CliRun over = cli("--json", "import", "--max-rejects", "0");
            assertThat(over.exitCode()).as(over.toString()).isEqualTo(3);
            JsonNode rejected = over.json().get("sources").get(0);
            assertThat(rejected.get("counts").get("rejected").asLong()).isEqualTo(1);
            assertThat(rejected.get("messages").toString())
                    .contains("over the budget")
                    .contains("nothing of this source was published");
            assertThat(count("SELECT LOAD_ID FROM XQ_ACTIVE_LOAD WHERE SOURCE_ID = 'zongzhi'"))
                    .as("the previously active load stays active")
                    .isEqualTo(firstLoad);
            assertThat(published()).containsExactly("A1", "A2", "A3");

            // a person who decides the one bad row is acceptable raises the budget for this file: it loads now
            CliRun allowed = cli("--json", "import", "--max-reject-ratio", "0.5");
            assertThat(allowed.exitCode()).as(allowed.toString()).isEqualTo(4);
            assertThat(allowed.json().get("sources").get(0).get("messages").toString())
                    .contains("replacing load " + firstLoad);
            assertThat(published()).containsExactly("C1", "C3");
        }
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void gb18030AndXlsxFilesBringTheirChineseTextIntoTheView(TestStores.Kind kind) throws Exception {
        StoreSettings settings = TestStores.fresh(kind, dir);
        env = env(settings);
        try (Store store = Store.open(settings)) {
            jdbc = new JdbcTemplate(store.dataSource());
            Files.writeString(
                    dir.resolve("gb.csv"),
                    HEADER + "G1,430103001001,天心区坡子街芙蓉华庭1栋,芙蓉华庭,1栋,1单元,24\n"
                            + "G2,430104002001,岳麓区望月湖街道望月湖小区12栋,望月湖小区,12栋,3单元,30\n",
                    Charset.forName("GB18030"));
            writeXlsx(dir.resolve("小区楼栋.xlsx"));
            config("  - id: gb\n    department: 住建\n    kind: grid-membership\n    file: gb.csv\n"
                    + "    businessDate: 2024-03-01\n"
                    + "  - id: excel\n    department: 民政\n    kind: grid-membership\n    file: 小区楼栋.xlsx\n"
                    + "    businessDate: 2024-03-01\n");

            CliRun run = cli("--json", "import");
            assertThat(run.exitCode()).as(run.toString()).isZero();
            JsonNode sources = run.json().get("sources");
            assertThat(sources).hasSize(2);
            assertThat(sources.get(0).get("counts").get("valid").asLong()).isEqualTo(2);
            assertThat(sources.get(1).get("counts").get("valid").asLong()).isEqualTo(2);

            assertThat(estateOf("G2")).isEqualTo("望月湖小区");
            assertThat(jdbc.queryForObject(
                            "SELECT ADDRESS FROM XQ_GRID_MEMBERSHIP WHERE RECORD_ID = 'G2'", String.class))
                    .isEqualTo("岳麓区望月湖街道望月湖小区12栋");
            assertThat(estateOf("X1")).isEqualTo("梅溪湖壹号");
            assertThat(jdbc.queryForObject(
                            "SELECT BUILDING FROM XQ_GRID_MEMBERSHIP WHERE RECORD_ID = 'X2'", String.class))
                    .isEqualTo("二期8栋");
            assertThat(jdbc.queryForObject(
                            "SELECT HOUSEHOLDS FROM XQ_GRID_MEMBERSHIP WHERE RECORD_ID = 'X2'", Long.class))
                    .isEqualTo(64);
        }
    }

    /**
     * An explicit row budget stands alone (1 of 3 rows rejected is within {@code --max-rejects 1}); with a
     * ratio too, both apply and the message names both.
     */
    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void anExplicitRowBudgetStandsAloneAndTheMessageNamesEveryLimitThatApplies(TestStores.Kind kind) throws Exception {
        StoreSettings settings = TestStores.fresh(kind, dir);
        env = env(settings);
        try (Store store = Store.open(settings)) {
            Files.writeString(dir.resolve("bad.csv"), ONE_BAD, StandardCharsets.UTF_8);
            config("  - id: bad\n    kind: grid-membership\n    file: bad.csv\n    businessDate: 2024-03-01\n");
            CliRun both = cli("--json", "import", "--max-rejects", "1", "--max-reject-ratio", "0.01");
            assertThat(both.exitCode()).as(both.toString()).isEqualTo(3);
            assertThat(both.json().get("sources").get(0).get("messages").toString())
                    .contains("1 of 3 rows rejected, over the budget (at most 1 rows and at most 1.0% of rows)");

            CliRun rowsOnly = cli("--json", "import", "--max-rejects", "1");
            assertThat(rowsOnly.exitCode()).as(rowsOnly.toString()).isEqualTo(4);
            assertThat(rowsOnly.json().get("sources").get(0).get("messages").toString())
                    .contains("1 of 3 rows rejected (within the budget, at most 1 rows)");
        }
    }

    /** Regression: a refused file printed Spring Batch's stack trace on stderr; it is one line, trace with -v. */
    @Test
    void aRefusedFileIsOneLineOnStderrWithNoStackTrace() throws Exception {
        Files.writeString(dir.resolve("empty.csv"), "");
        config("  - id: empty\n    kind: grid-membership\n    file: empty.csv\n    businessDate: 2024-03-01\n");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        Main.class.getName(),
                        "import")
                .directory(dir.toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(3);
        assertThat(err).contains("empty.csv: the file is empty");
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private void writeXlsx(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("楼栋");
            String[][] rows = {
                {"记录编号", "网格编码", "详细地址", "小区名称", "楼栋", "单元", "户数"},
                {"X1", "430104003001", "岳麓区梅溪湖街道梅溪湖壹号1栋", "梅溪湖壹号", "1栋", "1单元", "48"},
                {"X2", "430104003001", "岳麓区梅溪湖街道梅溪湖壹号二期8栋", "梅溪湖壹号", "二期8栋", "2单元", "64"},
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 6) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
    }

    private String estateOf(String recordId) {
        return jdbc.queryForObject(
                "SELECT ESTATE_NAME FROM XQ_GRID_MEMBERSHIP WHERE RECORD_ID = ?", String.class, recordId);
    }

    /** Record ids in the published view, sorted. */
    private List<String> published() {
        return new ArrayList<>(jdbc.queryForList(
                        "SELECT RECORD_ID FROM XQ_GRID_MEMBERSHIP v JOIN XQ_LOAD l ON l.LOAD_ID = v.LOAD_ID"
                                + " WHERE l.SOURCE_ID = 'zongzhi'",
                        String.class))
                .stream().sorted().toList();
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private void config(String sources) throws Exception {
        Files.writeString(dir.resolve("xiaoqu.yaml"), "sources:\n" + sources, StandardCharsets.UTF_8);
    }

    private CliRun cli(String... args) {
        return CliRun.run(dir, env, args);
    }

    private static Map<String, String> env(StoreSettings settings) {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", "en_US.UTF-8");
        env.put("XIAOQU_DB_URL", settings.url());
        env.put("XIAOQU_DB_SCHEMA", settings.schema());
        if (settings.user() != null) {
            env.put("XIAOQU_DB_USER", settings.user());
        }
        return env;
    }
}
