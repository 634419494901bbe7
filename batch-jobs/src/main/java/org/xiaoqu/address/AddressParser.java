package org.xiaoqu.address;

import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.internal.Engine;

/**
 * Parses Chinese addresses into components resolved against a division table. Build it once (the
 * gazetteer takes a few milliseconds) and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * AddressParser parser = AddressParser.hunan();
 * ParsedAddress a = parser.parse("长沙市天心区坡子街街道芙蓉华庭一期3栋2单元301室");
 * a.districtCode(); // "430103"
 * a.building();     // "3"
 * }</pre>
 */
public final class AddressParser {
    private static volatile @Nullable AddressParser hunan;

    private final Engine engine;

    private AddressParser(Divisions divisions) {
        this.engine = new Engine(divisions);
    }

    /** A parser over the given division table. */
    public static AddressParser of(Divisions divisions) {
        return new AddressParser(divisions);
    }

    /** The parser over the shipped Hunan table, built on first use. */
    public static AddressParser hunan() {
        AddressParser p = hunan;
        if (p == null) {
            synchronized (AddressParser.class) {
                p = hunan;
                if (p == null) {
                    p = new AddressParser(Divisions.hunan());
                    hunan = p;
                }
            }
        }
        return p;
    }

    /** Parses a free-text address. */
    public ParsedAddress parse(String text) {
        return engine.parse(text);
    }

    /** Parses an address given in columns (plus optional free text); the columns win over the text. */
    public ParsedAddress parse(AddressParts parts) {
        return engine.parse(parts);
    }
}
