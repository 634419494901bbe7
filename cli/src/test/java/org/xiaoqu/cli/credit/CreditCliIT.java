package org.xiaoqu.cli.credit;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.cli.CliRun;
import org.xiaoqu.samples.CityGenerator;
import org.xiaoqu.samples.GeneratorRequest;
import org.xiaoqu.samples.NoiseLevel;
import org.xiaoqu.schemas.CreditDiscrepancy;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * {@code credit reconcile} and {@code credit evaluate} through the command line: on a generated city of the
 * documented evaluation size (20,000 buildings, seed 4301) the discrepancies reach the quality floors; on the
 * committed sample city, on H2 and PostgreSQL, the outputs are persisted and {@code --fail-on} exits 6.
 */
class CreditCliIT {
    /** The documented evaluation size (samples/README.md). */
    static final int EVALUATION_BUILDINGS = 20_000;

    @TempDir
    static Path shared;

    static Path city;

    @BeforeAll
    static void generate() {
        city = shared.resolve("city");
        CityGenerator.generate(new GeneratorRequest(city, EVALUATION_BUILDINGS, 4301, NoiseLevel.MEDIUM));
    }

    @Test
    void everyClassIsPlantedAtLeastFiftyTimesAndFoundAboveTheFloors() throws Exception {
        Map<String, Long> planted = new HashMap<>();
        try (Stream<String> lines = Files.lines(city.resolve("truth/credit-discrepancies.csv"))) {
            lines.skip(1).forEach(l -> planted.merge(l.substring(0, l.indexOf(',')), 1L, Long::sum));
        }
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            assertThat(planted.getOrDefault(c.name(), 0L)).as(c.name()).isGreaterThanOrEqualTo(50);
        }
        Path out = shared.resolve("out");
        CliRun run = CliRun.run(
                city,
                env(TestStores.fresh(TestStores.Kind.H2, shared)),
                "--json",
                "--no-progress",
                "--out",
                out.toString(),
                "credit",
                "reconcile");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.json().get("counts").get("discrepancies").asLong()).isPositive();

        CliRun eval = CliRun.run(city, "--json", "--out", out.toString(), "credit", "evaluate", "--truth", "truth");
        assertThat(eval.exitCode()).as(eval.toString()).isZero();
        JsonNode json = eval.json();
        System.err.println(CliRun.run(city, "--out", out.toString(), "credit", "evaluate", "--truth", "truth")
                .out());
        assertThat(json.get("overall").get("precision").asDouble()).isGreaterThanOrEqualTo(0.98);
        assertThat(json.get("overall").get("recall").asDouble()).isGreaterThanOrEqualTo(0.98);
        for (CreditDiscrepancy c : CreditDiscrepancy.values()) {
            JsonNode n = json.get("classes").get(c.name());
            assertThat(n.get("precision").asDouble()).as(c.name()).isGreaterThanOrEqualTo(0.95);
            assertThat(n.get("recall").asDouble()).as(c.name()).isGreaterThanOrEqualTo(0.95);
        }
        // wrong codes that do not keep their first 16 characters (CreditWriter.TYPO_SHARE) find their enterprise by
        // name and by document number, and every discrepancy found is reported under the enterprise the truth names
        String found = Files.readString(out.resolve("discrepancies.csv"));
        assertThat(found).contains("; matched by name").contains("; matched by document number");
        assertThat(json.get("overall").get("otherEnterprise").asLong()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestStores.Kind.class)
    void outputsArePersistedAndFailOnExitsSix(TestStores.Kind kind, @TempDir Path dir) throws Exception {
        Path small = dir.resolve("city");
        CityGenerator.generate(GeneratorRequest.sampleCity(small));
        StoreSettings settings = TestStores.fresh(kind, dir);
        Map<String, String> env = env(settings);
        Path first = dir.resolve("first");
        CliRun run =
                CliRun.run(small, env, "--json", "--no-progress", "--out", first.toString(), "credit", "reconcile");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        long runId = run.json().get("executionId").asLong();
        long discrepancies = run.json().get("counts").get("discrepancies").asLong();
        assertThat(Files.readAllLines(first.resolve("discrepancies.csv"))).hasSize((int) discrepancies + 1);
        long scores = Files.readAllLines(first.resolve("scores.csv")).size() - 1;
        try (Store store = Store.open(settings);
                Connection c = store.dataSource().getConnection()) {
            assertThat(count(c, "XQ_CREDIT_DISCREPANCY", runId)).isEqualTo(discrepancies);
            assertThat(count(c, "XQ_CREDIT_SCORE", runId)).isEqualTo(scores);
            assertThat(count(c, "XQ_CREDIT_LEDGER", runId))
                    .isEqualTo(Files.readAllLines(first.resolve("ledger.csv")).size() - 1);
        }
        // the same input again is unchanged
        CliRun again = CliRun.run(small, env, "--json", "--no-progress", "credit", "reconcile");
        assertThat(again.json().get("status").asText()).isEqualTo("UNCHANGED");
        // a pipeline asking to fail on discrepancies gets 6; the scores carry the previous run's
        String[] failOnDiscrepancies = {
            "--json", "--no-progress", "credit", "reconcile", "--fail-on", "discrepancies", "--max-rows", "3"
        };
        Path second = dir.resolve("second");
        CliRun fail = CliRun.run(small, env, withOut(second, failOnDiscrepancies));
        assertThat(fail.exitCode()).as(fail.toString()).isEqualTo(6);
        assertThat(Files.readAllLines(second.resolve("discrepancies.csv"))).hasSize(4);
        List<String> rescored = Files.readAllLines(second.resolve("scores.csv"));
        assertThat(rescored.get(0)).endsWith("previous_score,previous_grade,change");
        assertThat(rescored.get(1)).endsWith(",0");
        // and gets 6 again for the same input: unchanged, but its findings still need review
        CliRun failAgain = CliRun.run(small, env, withOut(dir.resolve("third"), failOnDiscrepancies));
        assertThat(failAgain.exitCode()).as(failAgain.toString()).isEqualTo(6);
        assertThat(failAgain.json().get("status").asText()).isEqualTo("UNCHANGED");
        assertThat(failAgain.json().toString()).contains("whose findings need review");
        assertThat(again.exitCode()).isZero();

        // prune with no retention drops the first run's rows and counts them; the second run stays whole
        long firstRows = discrepancies
                + scores
                + Files.readAllLines(first.resolve("ledger.csv")).size()
                - 1;
        Files.writeString(small.resolve("xiaoqu.yaml"), "\nretention:\n  runs: 0d\n", StandardCharsets.UTF_8, APPEND);
        CliRun dry = CliRun.run(small, env, "--json", "prune", "--dry-run");
        assertThat(dry.exitCode()).as(dry.toString()).isZero();
        assertThat(dry.json().get("creditRuns").get(0).asLong()).isEqualTo(runId);
        assertThat(dry.json().get("creditRuns")).hasSize(1);
        assertThat(dry.json().get("creditRows").asLong()).isEqualTo(firstRows);
        CliRun prune = CliRun.run(small, env, "prune");
        assertThat(prune.exitCode()).as(prune.toString()).isZero();
        assertThat(prune.out()).contains("and of 1 credit reconcile run(s) (" + firstRows + " rows)");
        long secondId = fail.json().get("executionId").asLong();
        try (Store store = Store.open(settings);
                Connection c = store.dataSource().getConnection()) {
            assertThat(count(c, "XQ_CREDIT_LEDGER", runId)).isZero();
            assertThat(count(c, "XQ_CREDIT_SCORE", secondId)).isEqualTo(scores);
        }
    }

    private static long count(Connection c, String table, long runId) throws Exception {
        try (var st = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?")) {
            st.setLong(1, runId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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

    /** {@code --out out} and then {@code args}. */
    private static String[] withOut(Path out, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--out";
        all[1] = out.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return all;
    }
}
