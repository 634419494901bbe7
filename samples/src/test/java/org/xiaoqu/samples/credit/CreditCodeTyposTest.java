package org.xiaoqu.samples.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.credit.internal.Names;
import org.xiaoqu.samples.world.CreditCodes;

class CreditCodeTyposTest {

    @Test
    void everyKindOfTypoFailsTheJobsCheckAndChangesTheCodesFirstSixteenCharacters() {
        SplittableRandom random = new SplittableRandom(7);
        Map<CreditCode.Status, Integer> statuses = new EnumMap<>(CreditCode.Status.class);
        for (String division : new String[] {"430102", "430111", "433101", "430000"}) {
            for (int n = 0; n < 500; n++) {
                String valid = CreditCodes.enterprise(division, random);
                for (CodeTypos.Kind kind : CodeTypos.Kind.values()) {
                    String typo = CodeTypos.typo(valid, kind, random);
                    CreditCode.Result checked = CreditCode.check(typo);
                    assertThat(checked.valid())
                            .as("%s %s of %s", typo, kind, valid)
                            .isFalse();
                    // a typo, not formatting the job would fold away and report as NORMALISED_CODE
                    assertThat(checked.normalised()).as(typo).isFalse();
                    assertThat(typo).hasSize(18);
                    assertThat(typo.substring(0, CodeTypos.KEPT)).isNotEqualTo(valid.substring(0, CodeTypos.KEPT));
                    statuses.merge(checked.status(), 1, Integer::sum);
                }
            }
        }
        // the lookalikes fail the alphabet, the rest (mostly) the final check character
        assertThat(statuses).containsKeys(CreditCode.Status.BAD_STRUCTURE, CreditCode.Status.BAD_CHECK_CHARACTER);
    }

    @Test
    void eachKindIsTheTypoItSaysItIs() {
        String valid = code("91430102", "76543210");
        SplittableRandom random = new SplittableRandom(1);
        String swapDivision = CodeTypos.typo(valid, CodeTypos.Kind.SWAP_IN_DIVISION, random);
        assertThat(swapDivision.substring(8)).isEqualTo(valid.substring(8));
        assertThat(sorted(swapDivision.substring(2, 8))).isEqualTo(sorted(valid.substring(2, 8)));
        String swapBody = CodeTypos.typo(valid, CodeTypos.Kind.SWAP_IN_ORGANISATION, random);
        assertThat(swapBody.substring(0, 8)).isEqualTo(valid.substring(0, 8));
        assertThat(swapBody.substring(16)).isEqualTo(valid.substring(16));
        assertThat(sorted(swapBody.substring(8, 16))).isEqualTo(sorted(valid.substring(8, 16)));
        String dropped = CodeTypos.typo(valid, CodeTypos.Kind.DROP_AND_APPEND, random);
        assertThat(dropped.charAt(17)).isBetween('0', '9');
        assertThat(isOneLeftOut(valid, dropped.substring(0, 17))).isTrue();
        String lookalike = CodeTypos.typo(valid, CodeTypos.Kind.LOOKALIKE, random);
        assertThat(lookalike.replace('O', '0').replace('I', '1')).isEqualTo(valid);
    }

    @Test
    void aNameVariantIsTheSameNameToTheReconciler() {
        SplittableRandom random = new SplittableRandom(3);
        String[][] names = {
            {"长沙和顺瑞丰物业管理有限责任公司", "长沙市"},
            {"湖南长盛楚天物业服务集团有限公司", "长沙市"},
            {"长沙市康居佳和物业服务有限公司", "长沙市"},
            {"张家界华信永安物业服务有限公司", "张家界市"},
            {"湘西嘉禾达美物业管理有限公司", "湘西土家族苗族自治州"}
        };
        for (String[] n : names) {
            for (int i = 0; i < 30; i++) {
                String variant = CodeTypos.nameVariant(n[0], n[1], random);
                assertThat(Names.key(variant)).as(variant).isEqualTo(Names.key(n[0]));
            }
        }
        assertThat(CodeTypos.nameVariant("湖南长盛楚天物业服务集团有限公司", "长沙市", new SplittableRandom(0)))
                .isNotEqualTo("湖南长盛楚天物业服务集团有限公司");
    }

    private static boolean isOneLeftOut(String whole, String shorter) {
        for (int i = 0; i < whole.length(); i++) {
            if ((whole.substring(0, i) + whole.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    private static String code(String first8, String body8) {
        String first17 = first8 + body8 + CreditCode.organisationCheckCharacter(body8);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
