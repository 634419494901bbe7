package org.xiaoqu.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "91110000802100433B"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
        assertThat(CreditCodes.check(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void generatedCodesAreValidAndCarryTheirDivision() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 2_000; i++) {
            String code = CreditCodes.enterprise("430103", r);
            assertThat(code).hasSize(18).startsWith("91430103");
            assertThat(CreditCodes.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void brokenCheckCharacterIsInvalidAndOnlyTheLastCharacterChanges() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 500; i++) {
            String code = CreditCodes.enterprise("430102", r);
            String broken = CreditCodes.breakCheck(code, r);
            assertThat(broken.substring(0, 17)).isEqualTo(code.substring(0, 17));
            assertThat(CreditCodes.isValid(broken)).as(broken).isFalse();
        }
    }

    @Test
    void structureAndOrganisationCheckErrorsAreInvalid() {
        String valid = "91350100M000100Y43";
        assertThat(CreditCodes.isValid(valid.substring(0, 17))).isFalse();
        assertThat(CreditCodes.isValid(valid.replace('M', 'I'))).isFalse();
        // a wrong GB 11714 check character with a final check recomputed over it: only the inner check fails
        String first17 = valid.substring(0, 16) + (valid.charAt(16) == '4' ? '5' : '4');
        assertThat(CreditCodes.isValid(first17 + CreditCodes.check(first17))).isFalse();
    }
}
