package org.xiaoqu.link.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xiaoqu.link.LinkConfig;

class ComparatorTest {
    private static FieldComparator of(String kind, List<Double> thresholds) {
        return new FieldComparator(new LinkConfig.Comparison(null, "f", kind, thresholds, 0, null, false));
    }

    @Test
    void jaroWinklerMatchesPublishedValues() {
        // Winkler's classic examples
        assertThat(Similarity.jaroWinkler("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(Similarity.jaroWinkler("dwayne", "duane")).isCloseTo(0.84, within(1e-4));
        assertThat(Similarity.jaroWinkler("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
        assertThat(Similarity.jaroWinkler("abc", "xyz")).isZero();
    }

    @Test
    void levenshteinCountsEdits() {
        assertThat(Similarity.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(Similarity.levenshtein("", "abc")).isEqualTo(3);
        assertThat(Similarity.levenshtein("19561104", "19561140")).isEqualTo(2);
    }

    @Test
    void ngramJaccardOverDistinctGrams() {
        // bigrams of "night" {ni,ig,gh,ht} and "nacht" {na,ac,ch,ht}: 1 shared of 7
        assertThat(Similarity.ngramJaccard("night", "nacht", 2)).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(Similarity.ngramJaccard("ab", "ab", 3)).isEqualTo(1.0);
        assertThat(Similarity.ngramJaccard("aaaa", "aa", 2)).isEqualTo(1.0);
    }

    @Test
    void soundexCodes() {
        assertThat(Similarity.soundex("Robert")).isEqualTo("R163");
        assertThat(Similarity.soundex("Rupert")).isEqualTo("R163");
        assertThat(Similarity.soundex("Tymczak")).isEqualTo("T522");
        assertThat(Similarity.soundex("Ashcraft")).isEqualTo("A261");
    }

    @Test
    void levelsRunFromExactDownToElseAndMissing() {
        FieldComparator jw = of("jaro-winkler", List.of(0.95, 0.8));
        assertThat(jw.levels()).isEqualTo(4);
        assertThat(jw.level("martha", "martha")).isEqualTo(3);
        assertThat(jw.level("martha", "marhta")).isEqualTo(2);
        assertThat(jw.level("dwayne", "duane")).isEqualTo(1);
        assertThat(jw.level("abc", "xyz")).isZero();
        assertThat(jw.level("", "xyz")).isEqualTo(FieldComparator.MISSING);
        assertThat(jw.label(2)).isEqualTo(">=0.95");
        assertThat(jw.label(3)).isEqualTo("exact");
    }

    @Test
    void levenshteinNumericAndDateLevelsAreDistances() {
        FieldComparator lev = of("levenshtein", List.of(1.0, 2.0));
        assertThat(lev.level("smith", "smyth")).isEqualTo(2);
        assertThat(lev.level("smith", "smiht")).isEqualTo(1);
        assertThat(lev.level("smith", "jones")).isZero();
        FieldComparator num = of("numeric", List.of(1.0));
        assertThat(num.level("2001", "2002")).isEqualTo(1);
        assertThat(num.level("2001", "2003")).isZero();
        assertThat(num.level("2001", "n/a")).isZero();
        FieldComparator date = of("date", List.of(1.0, 31.0));
        assertThat(date.level("19560101", "19560102")).isEqualTo(2);
        assertThat(date.level("19560101", "19560130")).isEqualTo(1);
        assertThat(date.level("19560101", "19570101")).isZero();
        assertThat(date.label(1)).isEqualTo("<=31");
    }

    @Test
    void pinyinComparatorHearsHomophones() {
        FieldComparator py = of("pinyin", List.of(1.0, 0.85));
        assertThat(py.level("张伟", "张伟")).isEqualTo(3);
        assertThat(py.level("张伟", "章伟")).isEqualTo(2); // same sound, different character
        assertThat(py.label(2)).isEqualTo("homophone");
        assertThat(py.level("芙蓉华庭", "芙蓉华亭")).isEqualTo(2);
        assertThat(py.level("张伟", "李娜")).isZero();
        // 长 is read chang or zhang: either reading makes a homophone
        assertThat(py.level("长沙", "常沙")).isEqualTo(2);
        assertThat(py.level("长沙", "涨沙")).isEqualTo(2);
        assertThat(ChineseText.pinyin("华庭")).isEqualTo("hua ting");
    }

    @Test
    void addressNormalisationUnifiesNumeralsWidthAndBuildingSuffixes() {
        assertThat(ChineseText.normaliseAddress("芙蓉华庭三号楼")).isEqualTo("芙蓉华庭3栋");
        assertThat(ChineseText.normaliseAddress("芙蓉华庭 3幢")).isEqualTo("芙蓉华庭3栋");
        assertThat(ChineseText.normaliseAddress("芙蓉华庭（３座）")).isEqualTo("芙蓉华庭3栋");
    }

    @Test
    void addressSimilarityWeighsRareGramsAboveCommonOnes() {
        AddressIdf.Builder b = new AddressIdf.Builder(2);
        for (String s : List.of("中山路1号", "中山路2号", "中山路3号", "解放路1号", "芙蓉华庭3栋", "芙蓉华庭4栋")) {
            b.add(ChineseText.normaliseAddress(s));
        }
        AddressIdf idf = b.build();
        assertThat(idf.weight("中山")).isLessThan(idf.weight("芙蓉"));
        double sameEstate = idf.cosine("芙蓉华庭3栋", "芙蓉华庭4栋", 2);
        double sameRoad = idf.cosine("中山路1号", "中山路2号", 2);
        assertThat(sameEstate).isGreaterThan(0.5);
        assertThat(idf.cosine("芙蓉华庭3栋", "中山路1号", 2)).isZero();
        assertThat(sameRoad).isLessThan(1.0);
    }

    @Test
    void blockingKeyTransforms() {
        BlockingKey k = new BlockingKey(List.of("surname|soundex", "dob|prefix4"));
        assertThat(k.values(java.util.Map.of("surname", "Robert", "dob", "19561104")))
                .containsExactly("r163\u001f1956".replace("r163", "R163"));
        assertThat(k.values(java.util.Map.of("surname", "", "dob", "1956"))).isEmpty();
        BlockingKey tokens = new BlockingKey(List.of("title|tokens"));
        assertThat(tokens.values(java.util.Map.of("title", "Query by Example: the QBE way")))
                .containsExactly("example", "qbe", "query", "the", "way");
        assertThat(BlockingKey.firstShared(
                        new String[] {"a", "b", "c"}, new String[] {"b", "c"}, java.util.Set.of("b")))
                .isEqualTo("c");
    }
}
