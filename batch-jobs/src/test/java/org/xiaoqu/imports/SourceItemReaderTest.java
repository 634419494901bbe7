package org.xiaoqu.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;
import org.xiaoqu.source.Encoding;
import org.xiaoqu.source.RejectBudget;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.source.SourceSpec;

class SourceItemReaderTest {
    private static final InputKind KIND = InputKind.of("grid-membership");
    private static final int RECORD_ID = TableSchema.of(KIND).indexOf("record_id");

    @TempDir
    Path dir;

    private SourceSpec spec(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new SourceSpec("s", "综治", KIND, file, Encoding.AUTO, null, Map.of(), null, RejectBudget.DEFAULT);
    }

    /** Rows id PREFIX-1..n; row {@code duplicateAt} repeats the id of row 1. */
    private static String csv(String prefix, int rows, int duplicateAt) {
        StringBuilder s = new StringBuilder("序号,详细地址\n");
        for (int i = 1; i <= rows; i++) {
            s.append(prefix)
                    .append('-')
                    .append(i == duplicateAt ? 1 : i)
                    .append(",长沙市芙蓉区荷塘山庄")
                    .append(i)
                    .append("栋\n");
            if (i == 10) {
                s.append('\n'); // a blank line: skipped, not counted
            }
        }
        return s.toString();
    }

    private static String describe(RowResult r) {
        return r.rejected()
                ? "rejected " + r.rejection().file() + ":" + r.rejection().line()
                : r.row().value(RECORD_ID) + "@" + r.row().line();
    }

    private static List<String> readAll(SourceItemReader reader, int max) throws Exception {
        List<String> out = new ArrayList<>();
        RowResult r;
        while (out.size() < max && (r = reader.read()) != null) {
            out.add(describe(r));
        }
        return out;
    }

    @Test
    void restartAfterAnyChunkYieldsEveryRowOnceAndKeepsDuplicatesAcrossTheRestart() throws Exception {
        List<SourceSpec> specs = List.of(spec("a.csv", csv("A", 1_200, 900)), spec("b.csv", csv("B", 700, 0)));
        SourceItemReader whole = new SourceItemReader(specs, false, 100);
        whole.open(new ExecutionContext());
        List<String> expected = readAll(whole, Integer.MAX_VALUE);
        whole.close();
        assertThat(expected).hasSize(1_900).contains("rejected a.csv:902").contains("B-700@702");

        for (int stopAt : new int[] {0, 1, 523, 1_200, 1_201, 1_899, 1_900}) {
            ExecutionContext saved = new ExecutionContext();
            SourceItemReader first = new SourceItemReader(specs, false, 100);
            first.open(saved);
            List<String> got = new ArrayList<>(readAll(first, stopAt));
            first.update(saved); // the chunk's commit; the rows read ahead of it are lost with the process
            first.close();

            SourceItemReader second = new SourceItemReader(specs, false, 100);
            second.open(saved);
            got.addAll(readAll(second, Integer.MAX_VALUE));
            second.close();
            assertThat(got).as("stopped after %d rows", stopAt).isEqualTo(expected);
        }
    }

    @Test
    void aFileThatCannotBeReadFailsTheStepAfterTheRowsBeforeIt() throws Exception {
        List<SourceSpec> specs = List.of(spec("a.csv", csv("A", 30, 0)), spec("b.csv", "no,header,we,know\n1,2,3,4\n"));
        SourceItemReader reader = new SourceItemReader(specs, false, 10);
        reader.open(new ExecutionContext());
        assertThat(readAll(reader, 30)).hasSize(30);
        assertThatThrownBy(reader::read).isInstanceOf(XiaoquException.class).hasMessageContaining("b.csv");
        reader.close();
    }

    @Test
    void closingEarlyStopsTheReadAheadThread() throws Exception {
        SourceItemReader reader = new SourceItemReader(List.of(spec("a.csv", csv("A", 5_000, 0))), false, 50);
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNotNull();
        reader.close();
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().matches("xiaoqu-(read|check)-ahead") && t.isAlive());
    }
}
