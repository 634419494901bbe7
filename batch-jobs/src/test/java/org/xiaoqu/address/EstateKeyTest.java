package org.xiaoqu.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstateKeyTest {
    @Test
    void aGenericSuffixIsSetApartButRemembered() {
        EstateKey plain = EstateKey.of("金色家园");
        EstateKey withSuffix = EstateKey.of("金色家园小区");
        assertThat(withSuffix.key()).isEqualTo(plain.key()).isEqualTo("金色家园");
        assertThat(withSuffix.suffix()).isEqualTo("小区");
        assertThat(withSuffix.fullName()).isEqualTo("金色家园小区");
        assertThat(plain.suffix()).isEmpty();
    }

    @Test
    void huayuanAndHuayuanWrittenDifferentlyStayApart() {
        assertThat(EstateKey.of("东方花园").key()).isNotEqualTo(EstateKey.of("东方华园").key());
    }

    @Test
    void widthTraditionalCharactersSpacesAndPunctuationFold() {
        assertThat(EstateKey.of(" 芙蓉華庭·小區 ").key()).isEqualTo("芙蓉华庭");
        assertThat(EstateKey.of("ＳＯＨＯ现代城").key()).isEqualTo("SOHO现代城");
    }

    @Test
    void aSuffixAloneIsTheName() {
        assertThat(EstateKey.of("小区").key()).isEqualTo("小区");
    }

    @Test
    void nothingToKeyIsRefused() {
        assertThatThrownBy(() -> EstateKey.of(" ·-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void variantsSeenAreListedUnderOneKey() {
        EstateVariants v = new EstateVariants();
        v.add("金色家园");
        v.add("金色家园小区");
        v.add("金色家園");
        EstateKey key = v.add("金色家园 ");
        v.add("东方华园");
        assertThat(v.variants(key)).containsExactly("金色家园", "金色家园小区", "金色家園");
        assertThat(v.variants(EstateKey.of("东方花园"))).isEmpty();
        assertThat(v.keys()).hasSize(2);
    }
}
