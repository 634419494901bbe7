package org.xiaoqu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableSchemaTest {

    @ParameterizedTest
    @EnumSource(InputKind.class)
    void everyKindLoadsWithTitlesAliasesAndBoundedText(InputKind kind) {
        TableSchema s = TableSchema.of(kind);
        assertThat(s.name()).isEqualTo(kind.id());
        assertThat(s.primaryKey()).isNotEmpty();
        for (TableSchema.Field f : s.fields()) {
            assertThat(f.title()).as(f.name()).isNotBlank();
            assertThat(f.aliases()).as(f.name()).isNotEmpty();
            if (f.type() == FieldType.STRING) {
                assertThat(f.maxLength()).as(f.name()).isPositive();
            }
            if (f.pattern() != null) {
                Pattern.compile(f.pattern());
            }
        }
        for (String pk : s.primaryKey()) {
            assertThat(s.field(pk).required())
                    .as("primary key " + pk + " is required")
                    .isTrue();
        }
    }

    @Test
    void contractFieldsArePresentWithTheirTypes() {
        TableSchema enterprise = TableSchema.of(InputKind.ENTERPRISE);
        assertThat(enterprise.field("credit_code").aliases()).contains("统一社会信用代码", "信用代码", "社会信用代码");
        assertThat(enterprise.field("credit_code").format()).isEqualTo("gb32100");
        assertThat(enterprise.field("established_on").type()).isEqualTo(FieldType.DATE);

        TableSchema gm = TableSchema.of(InputKind.GRID_MEMBERSHIP);
        assertThat(gm.fields().stream().map(TableSchema.Field::name))
                .containsExactly(
                        "department",
                        "record_id",
                        "grid_code",
                        "address",
                        "district",
                        "street",
                        "community",
                        "road",
                        "road_number",
                        "estate_name",
                        "phase",
                        "building",
                        "unit",
                        "room",
                        "households",
                        "longitude",
                        "latitude",
                        "crs");
        assertThat(gm.field("households").type()).isEqualTo(FieldType.INTEGER);
        assertThat(gm.field("households").minimum()).isZero();
        assertThat(gm.requireOneOf()).hasSize(3);

        TableSchema estate = TableSchema.of(InputKind.ESTATE);
        assertThat(estate.field("property_service").enumValues())
                .containsExactly("professional", "community", "social", "self", "none");
        assertThat(estate.field("property_service").valueAliases())
                .containsEntry("自管", "self")
                .containsEntry("社区托管", "community")
                .containsEntry("社会组织代管", "social");
        assertThat(estate.field("has_party_org").type()).isEqualTo(FieldType.BOOLEAN);

        assertThat(TableSchema.of(InputKind.INDICATOR_VALUE).primaryKey())
                .containsExactly("entity_kind", "entity_id", "period", "indicator");
    }

    @Test
    void kindIdsParseAndUnknownIdsNameTheValidOnes() {
        assertThat(InputKind.of("Grid_Membership")).isEqualTo(InputKind.GRID_MEMBERSHIP);
        assertThatThrownBy(() -> InputKind.of("grid"))
                .hasMessageContaining("grid-cell")
                .hasMessageContaining("indicator-value");
    }
}
