package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.InputKind;

/**
 * Runs {@link SourceCheck} over every file of the malformed-input corpus and checks it against the manifest
 * {@code malformed/corpus.csv}: outcome, message, line, column and the exit code {@code xiaoqu validate} would
 * return under the default 1% budget.
 */
class MalformedCorpusTest {

    /** One manifest row. */
    record Case(
            String file,
            InputKind kind,
            Encoding encoding,
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

    static Path corpusDir() {
        try {
            return Path.of(MalformedCorpusTest.class
                            .getResource("/malformed/corpus.csv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(corpusDir().resolve("corpus.csv"), StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(r)) {
            for (CSVRecord rec : p) {
                out.add(new Case(
                        rec.get("file"),
                        InputKind.of(rec.get("kind")),
                        Encoding.of(rec.get("encoding")),
                        rec.get("expected"),
                        rec.get("message_fragment"),
                        Long.parseLong(rec.get("line")),
                        Integer.parseInt(rec.get("column")),
                        Integer.parseInt(rec.get("validate_exit"))));
            }
        }
        return out.stream();
    }

    static SourceSpec spec(Case c) {
        return new SourceSpec(
                "corpus",
                "综治",
                c.kind(),
                corpusDir().resolve(c.file()),
                c.encoding(),
                null,
                Map.of(),
                null,
                RejectBudget.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCorpusFileGetsItsDocumentedOutcome(Case c) {
        SourceSpec spec = spec(c);
        List<Problem> all = new ArrayList<>();
        List<CheckedRow> rows = new ArrayList<>();
        if (c.expected().equals("FILE_REFUSED")) {
            XiaoquException e = catchThrowableOfType(
                    XiaoquException.class, () -> SourceCheck.run(spec, rows::add, all::add, false));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.getMessage()).startsWith(c.file() + ": ").contains(c.fragment());
            assertThat(e.exitCode().code()).isEqualTo(c.exit());
            return;
        }
        SourceCheckResult r = SourceCheck.run(spec, rows::add, all::add, false);
        assertThat(r.outcome().name()).as(r.render()).isEqualTo(c.expected());
        assertThat(r.exitCode().code()).as(r.render()).isEqualTo(c.exit());
        assertThat(rows).hasSize((int) r.valid());
        for (Problem p : all) {
            assertThat(p.format()).startsWith(c.file() + ":");
        }
        if (c.fragment().isEmpty()) {
            assertThat(all).as(r.render()).isEmpty();
            assertThat(r.notes()).as(r.render()).isEmpty();
        } else if (c.line() > 0) {
            assertThat(all).as(r.render()).anySatisfy(p -> {
                assertThat(p.line()).isEqualTo(c.line());
                assertThat(p.column()).isEqualTo(c.column());
                assertThat(p.format()).contains(c.fragment());
                assertThat(p.format())
                        .startsWith(c.file() + ":" + c.line() + (c.column() > 0 ? ":" + c.column() : "") + ": ");
            });
        } else {
            assertThat(r.notes()).as(r.render()).anySatisfy(n -> assertThat(n).contains(c.fragment()));
        }
    }

    @Test
    void theCorpusCoversEveryOutcomeAndExitCode() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(all.stream().map(Case::expected)).contains("CLEAN", "WARNED", "ROWS_REJECTED", "FILE_REFUSED");
        assertThat(all.stream().map(Case::exit))
                .contains(ExitCode.OK.code(), ExitCode.INPUT_REJECTED.code(), ExitCode.REJECTS_WITHIN_BUDGET.code());
        try (Stream<Path> files = Files.list(corpusDir())) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("corpus.csv"))
                    .toList();
            assertThat(all.stream().map(Case::file))
                    .as("every file is in the manifest")
                    .containsAll(names);
        }
    }
}
