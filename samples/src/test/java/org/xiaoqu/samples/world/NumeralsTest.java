package org.xiaoqu.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {

    @ParameterizedTest
    @CsvSource({"1,一,壹", "10,十,拾", "11,十一,拾壹", "20,二十,贰拾", "23,二十三,贰拾叁", "105,一百零五,壹佰零伍", "110,一百一十,壹佰壹拾"})
    void rendersAsDepartmentsWrite(int n, String chinese, String financial) {
        assertThat(Numerals.chinese(n)).isEqualTo(chinese);
        assertThat(Numerals.financial(n)).isEqualTo(financial);
    }

    @ParameterizedTest
    @CsvSource({"3-2-301,３-２-３０１", "12栋,１２栋"})
    void fullWidthDigits(String in, String out) {
        assertThat(Numerals.fullWidth(in)).isEqualTo(out);
    }
}
