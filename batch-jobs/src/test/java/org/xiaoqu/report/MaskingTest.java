package org.xiaoqu.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xiaoqu.schemas.OutputSchema;

class MaskingTest {
    private final Masking on = Masking.on();

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(on.name("张三丰")).isEqualTo("张**");
        assertThat(on.name("王明")).isEqualTo("王*");
        assertThat(on.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(on.name("李")).isEqualTo("李*");
        assertThat(on.name("𠀋大")).isEqualTo("𠀋*");
    }

    @Test
    void phonesKeepThreeAndFourDigits() {
        assertThat(on.phone("17012345678")).isEqualTo("170****5678");
        assertThat(on.phone("0731-88123456")).isEqualTo("073*****3456");
        assertThat(on.phone("8812345")).isEqualTo("*****45");
    }

    @Test
    void idNumbersKeepSixAndFour() {
        assertThat(on.id("43010219900101123X")).isEqualTo("430102********123X");
        assertThat(on.id("430102900101123")).isEqualTo("430102********1123");
    }

    @Test
    void offIsTheIdentityAndNullAndBlankPassThrough() {
        Masking off = Masking.off();
        assertThat(off.name("张三丰")).isEqualTo("张三丰");
        assertThat(off.phone("17012345678")).isEqualTo("17012345678");
        assertThat(off.id("43010219900101123X")).isEqualTo("43010219900101123X");
        assertThat(on.name(null)).isNull();
        assertThat(on.phone("")).isEmpty();
        assertThat(Masking.of(true)).isSameAs(off);
    }

    @Test
    void applyFollowsTheFieldsPersonalKind() {
        assertThat(on.apply(OutputSchema.Personal.PHONE, "17012345678")).isEqualTo("170****5678");
        assertThat(on.apply(null, "17012345678")).isEqualTo("17012345678");
    }

    @Test
    void neutraliseQuotesFormulaStarters() {
        assertThat(Neutralise.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Neutralise.cell("+1")).isEqualTo("'+1");
        assertThat(Neutralise.cell("-1")).isEqualTo("'-1");
        assertThat(Neutralise.cell("@x")).isEqualTo("'@x");
        assertThat(Neutralise.cell("\tx")).isEqualTo("'\tx");
        assertThat(Neutralise.cell("\rx")).isEqualTo("'\rx");
        assertThat(Neutralise.cell("a=b")).isEqualTo("a=b");
        assertThat(Neutralise.cell("")).isEmpty();
        assertThat(Neutralise.cell(null)).isNull();
    }
}
