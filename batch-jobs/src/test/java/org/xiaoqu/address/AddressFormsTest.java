package org.xiaoqu.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of address forms in {@code address-forms.tsv}: every component of every form, those not
 * listed must be absent.
 */
class AddressFormsTest {
    private static final AddressParser PARSER = AddressParser.hunan();

    private static final Map<String, Function<ParsedAddress, Object>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("prov", ParsedAddress::province);
        KEYS.put("city", ParsedAddress::city);
        KEYS.put("cityCode", ParsedAddress::cityCode);
        KEYS.put("dist", ParsedAddress::district);
        KEYS.put("distCode", ParsedAddress::districtCode);
        KEYS.put("town", ParsedAddress::town);
        KEYS.put("townCode", ParsedAddress::townCode);
        KEYS.put("comm", ParsedAddress::community);
        KEYS.put("road", ParsedAddress::road);
        KEYS.put("roadNo", ParsedAddress::roadNumber);
        KEYS.put("estate", ParsedAddress::estate);
        KEYS.put("sub", ParsedAddress::subEstate);
        KEYS.put("phase", ParsedAddress::phase);
        KEYS.put("bldg", ParsedAddress::building);
        KEYS.put("unit", ParsedAddress::unit);
        KEYS.put("floor", ParsedAddress::floor);
        KEYS.put("room", ParsedAddress::room);
    }

    static Stream<Arguments> forms() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = AddressFormsTest.class.getResourceAsStream("address-forms.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(Arguments.of(cols[0], cols.length > 1 ? cols[1] : ""));
            }
        }
        return out.stream();
    }

    @Test
    void theTableHoldsAFewHundredForms() throws IOException {
        assertThat(forms().count()).isGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void parsesEveryComponent(String input, String expected) {
        Map<String, String> want = new LinkedHashMap<>();
        for (String kv : expected.split(";")) {
            if (!kv.isBlank()) {
                int eq = kv.indexOf('=');
                want.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        assertThat(KEYS.keySet()).containsAll(want.keySet());
        ParsedAddress a = PARSER.parse(input);
        Map<String, String> got = new LinkedHashMap<>();
        for (var e : KEYS.entrySet()) {
            Object v = e.getValue().apply(a);
            if (v != null) {
                got.put(e.getKey(), v.toString());
            }
        }
        assertThat(got).as("%s -> %s", input, a).isEqualTo(want);
        assertThat(a.original()).isEqualTo(input);
    }
}
