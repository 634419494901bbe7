package org.xiaoqu.address.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharFoldTest {
    @Test
    void foldsWidthCaseDashesAndTraditionalCharactersOneForOne() {
        String text = "長沙市天心區（一期）３棟２單元３０１室＃ｂ座—";
        String folded = CharFold.fold(text);
        assertThat(folded).hasSameSizeAs(text).isEqualTo("长沙市天心区(一期)3栋2单元301室#B座-");
    }

    @Test
    void leavesSimplifiedTextAlone() {
        assertThat(CharFold.fold("芙蓉华庭小区3栋")).isEqualTo("芙蓉华庭小区3栋");
    }
}
