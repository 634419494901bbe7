package org.xiaoqu.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xiaoqu.cli.CliRun;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.store.Store;
import org.xiaoqu.store.StoreSettings;
import org.xiaoqu.store.TestStores;

/**
 * Every file of the malformed-input corpus (manifest {@code malformed/corpus.csv} of batch-jobs' tests)
 * through the real command line, on H2 and PostgreSQL: {@code xiaoqu validate} states the manifest's
 * message, line, column and exit code; {@code xiaoqu import} of the same file as a configured source
 * exits the same way, agrees with validate's counts, publishes nothing when it exits 3, and lists the
 * rejected line in the run's rejects.csv when it exits 4.
 *
 * <p>One store per kind is shared by all rows (each row is a source of its own), so the whole class stays
 * within a few minutes.
 */
class MalformedCorpusCliIT {
    @TempDir
    static Path dir;

    private static final Map<TestStores.Kind, Store> STORES = new EnumMap<>(TestStores.Kind.class);
    private static final Map<TestStores.Kind, StoreSettings> SETTINGS = new EnumMap<>(TestStores.Kind.class);
    private static final AtomicInteger SOURCES = new AtomicInteger();
    private static List<Case> cases;
    private static Path corpus;

    /** One manifest row. */
    record Case(
            String file,
            String kind,
            String encoding,
            String expected,
            String fragment,
            long line,
            int column,
            int exit) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (TestStores.Kind kind : TestStores.Kind.values()) {
            for (Case c : cases()) {
                all.add(Arguments.of(kind, c));
            }
        }
        return all.stream();
    }

    /** The manifest, and the corpus copied out of the class path (it may be inside the test jar). */
    static synchronized List<Case> cases() throws IOException {
        if (cases != null) {
            return cases;
        }
        corpus = Files.createTempDirectory("xiaoqu-corpus");
        corpus.toFile().deleteOnExit();
        List<Case> out = new ArrayList<>();
        try (InputStream manifest = resource("corpus.csv");
                Reader r = new java.io.InputStreamReader(manifest, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new Case(
                        rec.get("file"),
                        rec.get("kind"),
                        rec.get("encoding"),
                        rec.get("expected"),
                        rec.get("message_fragment"),
                        Long.parseLong(rec.get("line")),
                        Integer.parseInt(rec.get("column")),
                        Integer.parseInt(rec.get("validate_exit"))));
            }
        }
        for (Case c : out) {
            try (InputStream in = resource(c.file())) {
                Files.copy(in, corpus.resolve(c.file()));
            }
            corpus.resolve(c.file()).toFile().deleteOnExit();
        }
        cases = out;
        return out;
    }

    private static InputStream resource(String name) {
        InputStream in = MalformedCorpusCliIT.class.getResourceAsStream("/malformed/" + name);
        assertThat(in).as("test resource malformed/" + name).isNotNull();
        return in;
    }

    private static synchronized Store store(TestStores.Kind kind) {
        return STORES.computeIfAbsent(kind, k -> {
            StoreSettings settings = TestStores.fresh(k, dir.resolve(k.name()));
            SETTINGS.put(k, settings);
            return Store.open(settings);
        });
    }

    @AfterAll
    static void closeStores() {
        STORES.values().forEach(Store::close);
    }

    private static Map<String, String> env(TestStores.Kind kind) {
        StoreSettings settings = SETTINGS.get(kind);
        Map<String, String> env = new HashMap<>();
        env.put("LANG", "en_US.UTF-8");
        env.put("XIAOQU_DB_URL", settings.url());
        env.put("XIAOQU_DB_SCHEMA", settings.schema());
        if (settings.user() != null) {
            env.put("XIAOQU_DB_USER", settings.user());
        }
        return env;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void validateAndImportStateTheManifestsOutcome(TestStores.Kind kind, Case c) throws IOException {
        Store store = store(kind);
        Map<String, String> env = env(kind);
        String source = "corpus-" + SOURCES.incrementAndGet();
        Path work = Files.createDirectories(dir.resolve(kind.name()).resolve(source));
        Path file = corpus.resolve(c.file());
        Path config = work.resolve("xiaoqu.yaml");
        Files.writeString(
                config,
                "sources:\n"
                        + "  - id: " + source + "\n"
                        + "    department: 综治\n"
                        + "    kind: " + c.kind() + "\n"
                        + "    file: \"" + file + "\"\n"
                        + "    encoding: " + c.encoding() + "\n"
                        + "    businessDate: 2024-03-01\n",
                StandardCharsets.UTF_8);

        // validate: ad hoc with --kind when the manifest lets the encoding be detected, else as the configured
        // source (validate --kind has no way to declare an encoding)
        Path validateRejects = work.resolve("validate-rejects.csv");
        CliRun validate = c.encoding().equals("auto")
                ? CliRun.run(
                        work,
                        env,
                        "--json",
                        "validate",
                        "--rejects",
                        validateRejects.toString(),
                        "--kind",
                        c.kind(),
                        file.toString())
                : CliRun.run(
                        work,
                        env,
                        "--json",
                        "-c",
                        config.toString(),
                        "validate",
                        "--rejects",
                        validateRejects.toString(),
                        source);
        assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(c.exit());
        JsonNode checked = validate.json().get("sources").get(0);
        if (c.expected().equals("FILE_REFUSED")) {
            assertThat(checked.get("error").asText()).as(validate.toString()).startsWith(c.file() + ": ");
            assertThat(checked.get("error").asText()).as(validate.toString()).contains(c.fragment());
            assertThat(validate.err()).contains(c.fragment());
        } else {
            assertThat(checked.get("exitCode").asInt()).isEqualTo(c.exit());
            assertProblemStated(c, checked, validateRejects, validate);
        }

        // import: the same file as a configured source
        CliRun imported = CliRun.run(work, env, "--json", "-c", config.toString(), "import");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(c.exit());
        JsonNode result = imported.json().get("sources").get(0);
        assertThat(result.get("exitCode").asInt()).as(imported.toString()).isEqualTo(c.exit());
        JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
        String view = "XQ_"
                + InputKind.of(c.kind()).id().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        long active = count(jdbc, "SELECT COUNT(*) FROM XQ_ACTIVE_LOAD WHERE SOURCE_ID = ?", source);
        long published = count(
                jdbc,
                "SELECT COUNT(*) FROM " + view + " v JOIN XQ_LOAD l ON l.LOAD_ID = v.LOAD_ID WHERE l.SOURCE_ID = ?",
                source);
        if (c.exit() == 3) {
            assertThat(active).as("no active load for a rejected source").isZero();
            assertThat(published).as("nothing of a rejected source in " + view).isZero();
            String said = result.get("messages").toString();
            if (c.expected().equals("FILE_REFUSED")) {
                assertThat(said).as(imported.toString()).contains(c.fragment());
            } else {
                assertThat(said).as(imported.toString()).contains("over the budget");
            }
            return;
        }
        // validate and import count the same file the same way
        JsonNode counts = result.get("counts");
        assertThat(counts.get("valid").asLong())
                .as(imported.toString())
                .isEqualTo(checked.get("valid").asLong());
        assertThat(counts.get("rejected").asLong())
                .as(imported.toString())
                .isEqualTo(checked.get("rejected").asLong());
        assertThat(counts.get("warned").asLong())
                .as(imported.toString())
                .isEqualTo(checked.get("warned").asLong());
        assertThat(active).isEqualTo(1);
        assertThat(published).isEqualTo(checked.get("valid").asLong());
        if (c.exit() == 4) {
            Path rejects = Path.of(result.get("outputDir").asText()).resolve("rejects.csv");
            assertThat(rejectsCsv(rejects)).as(rejects.toString()).anySatisfy(r -> {
                assertThat(r.get("file")).isEqualTo(c.file());
                assertThat(r.get("line")).isEqualTo(Long.toString(c.line()));
                assertThat(r.get("column")).isEqualTo(Integer.toString(c.column()));
                assertThat(r.get("reason")).contains(c.fragment());
            });
        }
    }

    /** The manifest's problem is among the problems shown, or in the full rejects file, or a file note. */
    private static void assertProblemStated(Case c, JsonNode checked, Path rejects, CliRun run) throws IOException {
        if (c.fragment().isEmpty()) {
            assertThat(checked.get("problems")).as(run.toString()).isEmpty();
            assertThat(checked.get("notes")).as(run.toString()).isEmpty();
            return;
        }
        if (c.line() == 0) {
            assertThat(checked.get("notes").toString()).as(run.toString()).contains(c.fragment());
            return;
        }
        String at = c.file() + ":" + c.line() + (c.column() > 0 ? ":" + c.column() : "") + ": ";
        List<String> shown = new ArrayList<>();
        checked.get("problems").forEach(p -> shown.add(p.asText()));
        boolean inShown = shown.stream().anyMatch(p -> p.startsWith(at) && p.contains(c.fragment()));
        if (!inShown) {
            // only the first problems are shown; warnings are not in a rejects file, rejections all are
            assertThat(rejectsCsv(rejects)).as(run.toString()).anySatisfy(r -> {
                assertThat(r.get("line")).isEqualTo(Long.toString(c.line()));
                assertThat(r.get("column")).isEqualTo(Integer.toString(c.column()));
                assertThat(r.get("reason")).contains(c.fragment());
            });
        }
    }

    private static List<Map<String, String>> rejectsCsv(Path file) throws IOException {
        assertThat(file).exists();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            return p.getRecords().stream().map(CSVRecord::toMap).toList();
        }
    }

    private static long count(JdbcTemplate jdbc, String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
