package org.xiaoqu.address.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "一百零八, 108",
        "十二, 12",
        "十, 10",
        "二十, 20",
        "两, 2",
        "〇, 0",
        "一〇八, 108",
        "壹, 1",
        "贰拾叁, 23",
        "叁佰零伍, 305",
        "一千零一, 1001",
        "二千三百四十五, 2345",
        "九十九, 99",
        "陆, 6",
        "三〇一, 301"
    })
    void readsNumerals(String text, long value) {
        char[] s = text.toCharArray();
        assertThat(Numerals.chineseValue(s, 0, s.length)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"十十", "百十百", "二三十"})
    void refusesWhatIsNoNumber(String text) {
        char[] s = text.toCharArray();
        assertThat(Numerals.chineseValue(s, 0, s.length)).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"三栋二单元, 3栋2单元", "第十二栋, 第12栋", "一百零八室, 108室", "abc, abc"})
    void rewritesNumeralRunsAsDigits(String text, String digits) {
        assertThat(Numerals.toDigits(text)).isEqualTo(digits);
    }
}
