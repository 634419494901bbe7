package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.schemas.InputKind;

class RowCheckerTest {

    private static SourceSpec spec(InputKind kind, Map<String, String> columns) {
        return new SourceSpec(
                "s", "公安", kind, Path.of("楼栋.csv"), Encoding.AUTO, null, columns, "GCJ-02", RejectBudget.DEFAULT);
    }

    private static RowChecker checker(InputKind kind, String... header) {
        return RowChecker.create(spec(kind, Map.of()), List.of(header), "UTF-8", false);
    }

    @Test
    void valuesComeTypedInSchemaOrderWithSourceDefaults() {
        RowChecker c = checker(InputKind.GRID_MEMBERSHIP, "编号", "小区", "栋号", "户数", "经度", "纬度");
        RowResult r = c.check(new RawRow(2, new String[] {"A1", " 芙蓉华庭 ", "3栋", "２４", "112.98", "28.19"}));
        assertThat(r.rejected()).isFalse();
        CheckedRow row = r.row();
        var schema = c.schema();
        assertThat(row.value(schema.indexOf("department"))).isEqualTo("公安");
        assertThat(row.value(schema.indexOf("crs"))).isEqualTo("GCJ-02");
        assertThat(row.value(schema.indexOf("estate_name"))).isEqualTo("芙蓉华庭");
        assertThat(row.value(schema.indexOf("households"))).isEqualTo(24L);
        assertThat(row.value(schema.indexOf("longitude"))).isEqualTo(new BigDecimal("112.98"));
        assertThat(row.value(schema.indexOf("address"))).isNull();
        assertThat(row.values()).hasSize(schema.fields().size());
        assertThat(c.columnOf("households")).isEqualTo(4);
        assertThat(c.columnOf("address")).isZero();
    }

    @Test
    void enumValueAliasesBooleansAndDatesAreNormalised() {
        RowChecker c = checker(InputKind.ESTATE, "小区编号", "小区名称", "物业服务方式", "是否成立党组织", "总建筑面积");
        CheckedRow row = c.check(new RawRow(2, new String[] {"ＸＱ１", "芙蓉华庭", "自管", "有", "1,200.5"}))
                .row();
        var s = c.schema();
        assertThat(row.value(s.indexOf("estate_id")))
                .as("keys are folded to ASCII")
                .isEqualTo("XQ1");
        assertThat(row.value(s.indexOf("property_service"))).isEqualTo("self");
        assertThat(row.value(s.indexOf("has_party_org"))).isEqualTo(true);
        assertThat(row.value(s.indexOf("total_area"))).isEqualTo(new BigDecimal("1200.5"));

        RowChecker credit = checker(InputKind.CREDIT_RECORD, "记录编号", "事项编码", "认定日期");
        assertThat(credit.check(new RawRow(2, new String[] {"1", "B1", "2024年3月5日"}))
                        .row()
                        .value(6))
                .isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void duplicateKeysNameTheFirstLineAndRejectedRowsDoNotClaimKeys() {
        RowChecker c = checker(InputKind.GRID_MEMBERSHIP, "record_id", "address", "households");
        assertThat(c.check(new RawRow(2, new String[] {"A1", "x", "-1"})).rejected())
                .isTrue();
        assertThat(c.check(new RawRow(3, new String[] {"A1", "x", "1"})).rejected())
                .isFalse();
        RowResult dup = c.check(new RawRow(9, new String[] {"Ａ1", "y", "1"}));
        assertThat(dup.rejection().format())
                .isEqualTo("楼栋.csv:9:1: record_id: duplicate key [record_id] = A1: first seen on line 3");
    }

    @Test
    void signedNumbersInTextAreNotFormulaeButFormulaeAreWarnedAndKept() {
        RowChecker c = checker(InputKind.GRID_MEMBERSHIP, "record_id", "address", "room");
        assertThat(c.check(new RawRow(2, new String[] {"A1", "芙蓉华庭", "-1"}))
                        .row()
                        .warned())
                .isFalse();
        CheckedRow f =
                c.check(new RawRow(3, new String[] {"A2", "@SUM(A1)", "101"})).row();
        assertThat(f.warned()).isTrue();
        assertThat(f.value(c.schema().indexOf("address"))).isEqualTo("@SUM(A1)");
    }

    @Test
    void personalDataIsMaskedInProblemsUnlessAskedFor() {
        String longName = "欧阳" + "某".repeat(60);
        RawRow raw = new RawRow(2, new String[] {"G1", longName});
        Problem masked = checker(InputKind.GRID_CELL, "网格编码", "网格员").check(raw).rejection();
        assertThat(masked.value()).doesNotContain("某某").startsWith("欧*");
        Problem shown = RowChecker.create(spec(InputKind.GRID_CELL, Map.of()), List.of("网格编码", "网格员"), "UTF-8", true)
                .check(raw)
                .rejection();
        assertThat(shown.value()).startsWith("欧阳某某");
    }

    @Test
    void aMissingRequiredColumnNamesFileFieldHeadersAndTheNearestHeader() {
        XiaoquException e = catchThrowableOfType(
                XiaoquException.class, () -> checker(InputKind.ENTERPRISE, "统一社会信用码", "企业名称", "成立日期"));
        assertThat(e.exitCode()).isEqualTo(ExitCode.INPUT_REJECTED);
        assertThat(e.getMessage())
                .startsWith("楼栋.csv: no column for required field credit_code (统一社会信用代码)")
                .contains("[统一社会信用码, 企业名称, 成立日期]")
                .contains("nearest header: '统一社会信用码'")
                .contains("columns: {credit_code: 统一社会信用码}");
    }

    @Test
    void theConfiguredMappingWinsAndHeadersAreComparedFolded() {
        RowChecker c = RowChecker.create(
                spec(InputKind.ENTERPRISE, Map.of("enterprise_name", "名称（全称）")),
                List.of("＊ＣＲＥＤＩＴ_ＣＯＤＥ ", "企业名称", "名称（全称）"),
                "UTF-8",
                false);
        assertThat(c.columnOf("credit_code")).isEqualTo(1);
        assertThat(c.columnOf("enterprise_name")).isEqualTo(3);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("[企业名称]"));
    }

    @Test
    void aMappingToAnAbsentHeaderIsRefused() {
        XiaoquException e = catchThrowableOfType(
                XiaoquException.class,
                () -> RowChecker.create(
                        spec(InputKind.ENTERPRISE, Map.of("credit_code", "代码")),
                        List.of("信用代码", "企业名称"),
                        "UTF-8",
                        false));
        assertThat(e.getMessage()).contains("columns: maps credit_code to header '代码'");
    }
}
