package org.xiaoqu.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    private final Values values = new Values();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-03-05",
                "2024/3/5",
                "2024.3.5",
                "20240305",
                "2024年3月5日",
                "2024年03月05号",
                "2024-03-05T00:00",
                "2024-3-5 10:20:30",
                "2024年3月5"
            })
    void datesAsDepartmentsWriteThem(String text) {
        assertThat(values.parseDate(text)).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void fullWidthDigitsFoldBeforeParsing() {
        assertThat(values.parseDate(Values.foldWidth("２０２４年３月５日"))).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(values.parseLong(Values.foldWidth("１２０"))).isEqualTo(120L);
        assertThat(values.parseDecimal(Values.foldWidth("１５６００．５"))).isEqualByComparingTo("15600.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2024-13-01", "2024-04-31", "20240230"})
    void impossibleDatesAreRefusedWithTheReason(String text) {
        assertThat(values.parseDate(text)).isNull();
        assertThat(values.reason).contains(text).contains("not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"24-3-5", "2024", "2024-03", "3/5/2024", "2024-03-05x", "二〇二四年三月五日", "45356", "1800-01-01"})
    void textThatIsNoDateIsRefused(String text) {
        assertThat(values.parseDate(text)).isNull();
        assertThat(values.reason).isNotBlank();
    }

    @Test
    void wholeNumbers() {
        assertThat(values.parseLong("1,234")).isEqualTo(1234L);
        assertThat(values.parseLong("12.00")).isEqualTo(12L);
        assertThat(values.parseLong("-3")).isEqualTo(-3L);
        assertThat(values.parseLong("12.5")).isNull();
        assertThat(values.parseLong("3户")).isNull();
        assertThat(values.reason).contains("'3户' is not a whole number");
        assertThat(values.parseLong("1234567890123456789")).isNull();
    }

    @Test
    void decimals() {
        assertThat(values.parseDecimal("112.938765")).isEqualTo(new BigDecimal("112.938765"));
        assertThat(values.parseDecimal("1e3")).isEqualByComparingTo("1000");
        assertThat(values.parseDecimal("NaN")).isNull();
        assertThat(values.parseDecimal("120㎡")).isNull();
        assertThat(values.parseDecimal("1.2.3")).isNull();
    }

    @Test
    void yesAndNo() {
        assertThat(values.parseBoolean("是")).isTrue();
        assertThat(values.parseBoolean("无")).isFalse();
        assertThat(values.parseBoolean("TRUE")).isTrue();
        assertThat(values.parseBoolean("不详")).isNull();
    }

    @Test
    void trimRemovesIdeographicAndNoBreakSpaces() {
        assertThat(Values.trim("\u3000 芙蓉华庭\u00A0")).isEqualTo("芙蓉华庭");
        String s = "x";
        assertThat(Values.trim(s)).isSameAs(s);
    }
}
