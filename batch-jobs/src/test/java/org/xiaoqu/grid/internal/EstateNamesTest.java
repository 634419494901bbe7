package org.xiaoqu.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stages of estate-name comparison. */
class EstateNamesTest {
    @Test
    void stages() {
        assertThat(EstateNames.compare("芙蓉华庭", "芙蓉华庭").stage()).isEqualTo("EXACT");
        assertThat(EstateNames.compare("芙蓉", "芙蓉华庭").stage()).isEqualTo("SUFFIX");
        assertThat(EstateNames.compare("芙蓉华亭", "芙蓉华庭").stage()).isEqualTo("HOMOPHONE");
        assertThat(EstateNames.compare("绵绣华庭", "锦绣华庭").stage()).isEqualTo("NEAR_FORM");
        assertThat(EstateNames.compare("东方", "西湖花园")).isEqualTo(EstateNames.NONE);
    }
}
