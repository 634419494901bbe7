package org.xiaoqu.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xiaoqu.schemas.OutputSchema;

/** Every CSV the merge writes has a Table Schema whose fields are its header, in order. */
class GridSchemasTest {
    @TempDir
    Path dir;

    @Test
    void everyOutputHeaderIsItsSchema() throws Exception {
        try (var outputs = new org.xiaoqu.grid.internal.Publish.OutputsForTest(dir)) {
            assertThat(outputs).isNotNull();
        }
        for (String name : GridExcel.TABLES) {
            List<String> header = List.of(Files.readAllLines(dir.resolve(name + ".csv"), StandardCharsets.UTF_8)
                    .get(0)
                    .split(","));
            assertThat(header)
                    .as(name)
                    .isEqualTo(OutputSchema.load("grid/" + name).names());
        }
        assertThat(List.of(GridReview.EXPORT_HEADER))
                .isEqualTo(OutputSchema.load(GridReview.SCHEMA).names());
    }
}
