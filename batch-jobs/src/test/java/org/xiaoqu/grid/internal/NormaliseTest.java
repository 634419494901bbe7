package org.xiaoqu.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.address.AddressParts;

/** The merge's own readings on top of the address parser. */
class NormaliseTest {
    private static final AddressParser PARSER = AddressParser.hunan();

    @Test
    void buildingUnitCodesInChineseNumeralsAreDigits() {
        assertThat(Normalise.burDigits("长沙市芙蓉区人民南路28号叁-壹-501")).isEqualTo("长沙市芙蓉区人民南路28号3-1-501");
        assertThat(Normalise.burDigits("雨花府二十六-贰")).isEqualTo("雨花府26-2");
        assertThat(Normalise.burDigits("三角洲花园3栋")).isEqualTo("三角洲花园3栋");
        assertThat(Normalise.numeral("十二")).isEqualTo(12);
        assertThat(Normalise.numeral("拾叁")).isEqualTo(13);
        assertThat(Normalise.numeral("两")).isEqualTo(2);
        assertThat(Normalise.numeral("栋")).isZero();
    }

    @Test
    void estateKeysLoseEveryGenericEnding() {
        assertThat(Normalise.key("市邮电局生活区小区")).isEqualTo(Normalise.key("市邮电局生活区"));
        assertThat(Normalise.key("金色家园小区")).isEqualTo(Normalise.key("金色家园"));
        assertThat(Normalise.key("东方花园")).isNotEqualTo(Normalise.key("东方华园"));
    }

    @Test
    void aNameEndingInVillageBeforeThePhaseIsTheEstate() {
        MergeRecord r = new MergeRecord();
        Normalise.fill(r, PARSER.parse(AddressParts.ofText("江山心村二期2#")));
        assertThat(r.estateKey).isEqualTo("江山心村");
        assertThat(r.phase).isEqualTo(2);
        assertThat(r.building).isEqualTo("2");
    }

    @Test
    void doorPlatesAreRoadAndNumber() {
        assertThat(Normalise.doorplate("人民大道", "8号")).isEqualTo("人民大道#8");
        assertThat(Normalise.doorplate("人民大道", "127-25号")).isEqualTo("人民大道#127");
        assertThat(Normalise.doorplate(null, "8号")).isEmpty();
    }
}
