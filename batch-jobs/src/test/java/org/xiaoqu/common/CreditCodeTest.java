package org.xiaoqu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y43", // the worked example of GB 32100-2015
                "91110000802100433B", // a Beijing company
                "91440300708461136T" // a Shenzhen company
            })
    void publishedCodesAreValid(String code) {
        CreditCode.Result r = CreditCode.check(code);
        assertThat(r.status()).isEqualTo(CreditCode.Status.VALID);
        assertThat(r.normalised()).isFalse();
        assertThat(r.problem()).isNull();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void checkCharacterFollowsTheWeightsModulo31() {
        // 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4: weighted sum = 1640; 1640 mod 31 = 28; 31-28 = 3
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCode.organisationCheckCharacter("M000100Y")).isEqualTo('4');
    }

    @Test
    void aCodeBuiltFromItsPartsIsValid() {
        String org = "70720408";
        String first17 = "9143010" + "0" + org + CreditCode.organisationCheckCharacter(org);
        String code = first17 + CreditCode.checkCharacter(first17);
        assertThat(CreditCode.isValid(code)).isTrue();
        // every other final character is rejected
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            if (c != code.charAt(17)) {
                assertThat(CreditCode.check(first17 + c).status()).isEqualTo(CreditCode.Status.BAD_CHECK_CHARACTER);
            }
        }
    }

    @Test
    void wrongCheckCharacterSaysWhatItShouldBe() {
        CreditCode.Result r = CreditCode.check("91350100M000100Y44");
        assertThat(r.status()).isEqualTo(CreditCode.Status.BAD_CHECK_CHARACTER);
        assertThat(r.problem()).contains("'4'").contains("'3'");
    }

    @Test
    void wrongEmbeddedOrganisationCodeIsFoundEvenWithARightFinalCharacter() {
        String first17 = "91350100M000100Y5"; // organisation check should be 4
        String code = first17 + CreditCode.checkCharacter(first17);
        CreditCode.Result r = CreditCode.check(code);
        assertThat(r.status()).isEqualTo(CreditCode.Status.BAD_ORGANISATION_CODE);
        assertThat(r.problem()).contains("M000100Y5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y4",
                "91350100M000100Y433",
                "91350100M0001O0Y43",
                "9135010OM000100Y43",
                "91350100I000100Y43",
                ""
            })
    void badStructureIsReported(String code) {
        CreditCode.Result r = CreditCode.check(code);
        assertThat(r.status()).isEqualTo(CreditCode.Status.BAD_STRUCTURE);
        assertThat(r.problem()).isNotBlank();
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void harmlessFormattingIsRemovedAndReported() {
        CreditCode.Result r = CreditCode.check(" 9135 0100 m000100y43\u3000");
        assertThat(r.code()).isEqualTo("91350100M000100Y43");
        assertThat(r.normalised()).isTrue();
        assertThat(r.valid()).isTrue();

        CreditCode.Result fullWidth = CreditCode.check("９１３５０１００Ｍ０００１００Ｙ４３");
        assertThat(fullWidth.code()).isEqualTo("91350100M000100Y43");
        assertThat(fullWidth.normalised()).isTrue();
        assertThat(fullWidth.valid()).isTrue();

        assertThat(CreditCode.isValid("91350100m000100y43"))
                .as("isValid does not normalise")
                .isFalse();
    }

    @Test
    void checkCharacterRejectsForeignCharacters() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100I000100Y4"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
