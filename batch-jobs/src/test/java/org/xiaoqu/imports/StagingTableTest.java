package org.xiaoqu.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/**
 * The staging tables of the migration are the Table Schemas' own: a field added to a schema without a
 * migration fails here. (To write the DDL of a new kind, print {@link StagingTable#ddl()}.)
 */
class StagingTableTest {
    private static String migration() throws IOException {
        try (InputStream in =
                StagingTableTest.class.getResourceAsStream("/db/migration/common/V3__loads_and_staging.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void theMigrationHoldsExactlyTheDdlDerivedFromTheTableSchema(InputKind kind) throws IOException {
        assertThat(migration()).contains(StagingTable.of(kind).ddl());
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void everyFieldHasAColumnAndTheInsertHasAParameterForEach(InputKind kind) {
        StagingTable table = StagingTable.of(kind);
        TableSchema schema = TableSchema.of(kind);
        assertThat(table.columns()).hasSize(schema.fields().size());
        long parameters = table.insertSql().chars().filter(c -> c == '?').count();
        assertThat(parameters).isEqualTo(3 + schema.fields().size());
        assertThat(table.copySql()).startsWith("COPY " + table.name() + " (LOAD_ID, LINE, WARNINGS, ");
    }

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void reservedWordsGetAnUnderscore(InputKind kind) {
        assertThat(StagingTable.of(kind).columns()).doesNotContain("VALUE", "USER", "KEY");
    }
}
