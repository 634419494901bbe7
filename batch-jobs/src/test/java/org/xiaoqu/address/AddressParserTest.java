package org.xiaoqu.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AddressParserTest {
    private final AddressParser parser = AddressParser.hunan();

    @Test
    void phaseOneAndPhaseTwoBuildingThreeAreDifferentBuildings() {
        ParsedAddress one = parser.parse("芙蓉华庭一期3栋");
        ParsedAddress two = parser.parse("芙蓉华庭二期3栋");
        assertThat(one.estateKey()).isEqualTo(two.estateKey());
        assertThat(one.building()).isEqualTo(two.building());
        assertThat(one.phase()).isEqualTo(1);
        assertThat(two.phase()).isEqualTo(2);
    }

    @Test
    void theSameEstateNameInTwoDistrictsKeepsItsDistricts() {
        ParsedAddress changsha = parser.parse("长沙市芙蓉区东方花园3栋");
        ParsedAddress zhuzhou = parser.parse("株洲市荷塘区东方花园3栋");
        assertThat(changsha.estateKey()).isEqualTo(zhuzhou.estateKey());
        assertThat(changsha.districtCode()).isEqualTo("430102");
        assertThat(zhuzhou.districtCode()).isEqualTo("430202");
    }

    @Test
    void dongfangHuayuanIsNotDongfangHuayuan() {
        assertThat(parser.parse("东方花园3栋").estateKey())
                .isNotEqualTo(parser.parse("东方华园3栋").estateKey());
    }

    @Test
    void aDoorPlateAddressHasNoEstate() {
        ParsedAddress a = parser.parse("长沙市天心区坡子街88号");
        assertThat(a.estate()).isNull();
        assertThat(a.road()).isEqualTo("坡子街");
        assertThat(a.roadNumber()).isEqualTo("88");
        assertThat(a.building()).isNull();
    }

    @Test
    void compactAndSpelledOutFormsSplitAlike() {
        ParsedAddress compact = parser.parse("芙蓉华庭3-2-301");
        ParsedAddress spelled = parser.parse("芙蓉华庭3栋2单元301室");
        assertThat(List.of(compact.building(), compact.unit(), compact.room()))
                .containsExactly("3", "2", "301")
                .isEqualTo(List.of(spelled.building(), spelled.unit(), spelled.room()));
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "長沙市天心區芙蓉華庭（一期）３棟２單元３０１室";
        ParsedAddress a = parser.parse(text);
        assertThat(a.original()).isEqualTo(text);
        assertThat(a.span(AddressComponent.ESTATE).text(text)).isEqualTo("芙蓉華庭");
        assertThat(a.span(AddressComponent.PHASE).text(text)).isEqualTo("一期");
        assertThat(a.span(AddressComponent.BUILDING).text(text)).isEqualTo("３棟");
        assertThat(a.span(AddressComponent.ROOM).text(text)).isEqualTo("３０１室");
        assertThat(a.estate()).isEqualTo("芙蓉华庭");
    }

    @Test
    void whatMatchesNothingIsKeptAsRemainder() {
        ParsedAddress a = parser.parse("芙蓉华庭3栋2单元301室 张三收");
        assertThat(a.room()).isEqualTo("301");
        assertThat(a.remainder()).isEqualTo("张三收");
    }

    @Test
    void anEmptyTextParsesToNothing() {
        ParsedAddress a = parser.parse("");
        assertThat(a.spans()).isEmpty();
        assertThat(a.estate()).isNull();
        assertThat(a.remainder()).isEmpty();
    }

    @Test
    void columnsAreParsedInTheirOwnContext() {
        ParsedAddress a =
                parser.parse(new AddressParts(null, "天心区", "坡子街", "天心阁", null, null, "芙蓉华庭小区", "一期", "三", "2", "301"));
        assertThat(a.districtCode()).isEqualTo("430103");
        assertThat(a.town()).isEqualTo("坡子街街道");
        assertThat(a.townCode()).isEqualTo("430103002");
        assertThat(a.community()).isEqualTo("天心阁");
        assertThat(a.estate()).isEqualTo("芙蓉华庭小区");
        assertThat(a.phase()).isEqualTo(1);
        assertThat(a.building()).isEqualTo("3");
        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.room()).isEqualTo("301");
    }

    @Test
    void columnsWinOverTheFreeTextWhichFillsTheGaps() {
        ParsedAddress a = parser.parse(new AddressParts(
                "长沙市天心区坡子街街道芙蓉华庭3栋2单元301室", null, null, null, null, null, null, null, "5栋", null, null));
        assertThat(a.building()).isEqualTo("5");
        assertThat(a.unit()).isEqualTo("2");
        assertThat(a.districtCode()).isEqualTo("430103");
        assertThat(a.original()).isEqualTo("长沙市天心区坡子街街道芙蓉华庭3栋2单元301室");
    }

    @Test
    void aRoadColumnAndItsNumber() {
        ParsedAddress a =
                parser.parse(new AddressParts(null, "芙蓉区", null, null, "五一大道", "235号", null, null, null, null, null));
        assertThat(a.road()).isEqualTo("五一大道");
        assertThat(a.roadNumber()).isEqualTo("235");
        assertThat(a.estate()).isNull();
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        List<String> texts = List.of("芙蓉华庭3-2-301", "天心区坡子街88号", "株洲市荷塘区东方花园3栋", "金色家园第十二栋");
        List<ParsedAddress> expected = texts.stream().map(parser::parse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = i % texts.size();
                        if (!parser.parse(texts.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
