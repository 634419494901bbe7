package org.xiaoqu.credit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {
    private static final String CODE = "91430102765432105X";

    @Test
    void aClerksTypoIsOneOrTwoAwayAndOAndIAreReadAsDigits() {
        assertThat(Typos.distance(CODE, CODE)).isZero();
        assertThat(Typos.distance("91430102765432150X", CODE))
                .as("adjacent swap")
                .isEqualTo(1);
        assertThat(Typos.distance("91430102765432185X", CODE)).as("one changed").isEqualTo(1);
        assertThat(Typos.distance("9143012765432105X7", CODE))
                .as("one dropped, one added")
                .isEqualTo(2);
        assertThat(Typos.distance("914301O2765432IO5X", CODE))
                .as("O for 0, I for 1")
                .isZero();
        assertThat(Typos.distance("91430103123456789A", CODE)).isGreaterThan(5);
    }

    @Test
    void misreadingLeavesACodeWithoutOOrIAsItIs() {
        assertThat(Typos.misread(CODE)).isSameAs(CODE);
        assertThat(Typos.misread("914301O27654321I5X")).isEqualTo("91430102765432115X");
    }
}
