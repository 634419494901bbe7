package org.xiaoqu.address.eval;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.common.XiaoquException;

/** A labelled corpus format, its default file and how its labels map onto the parser's components. */
public enum Corpus {
    /** Li & Lu, NAACL 2019: CoNLL, BIO tags, digit runs as one token; scored on {@code test.txt}. */
    NAACL("test.txt", false),
    /** CCKS 2021 address element parsing: CoNLL, BIES tags, one character per line; scored on {@code dev.conll}. */
    CCKS("dev.conll", true);

    private static final Map<String, AddressComponent> LABELS = Map.ofEntries(
            Map.entry("prov", AddressComponent.PROVINCE),
            Map.entry("city", AddressComponent.CITY),
            Map.entry("district", AddressComponent.DISTRICT),
            Map.entry("town", AddressComponent.TOWN),
            Map.entry("community", AddressComponent.COMMUNITY),
            Map.entry("village_group", AddressComponent.ROAD),
            Map.entry("road", AddressComponent.ROAD),
            Map.entry("roadno", AddressComponent.ROAD_NUMBER),
            Map.entry("poi", AddressComponent.ESTATE),
            Map.entry("houseno", AddressComponent.BUILDING),
            Map.entry("cellno", AddressComponent.UNIT),
            Map.entry("floorno", AddressComponent.FLOOR),
            Map.entry("roomno", AddressComponent.ROOM));

    private final String defaultFile;
    private final boolean bies;

    Corpus(String defaultFile, boolean bies) {
        this.defaultFile = defaultFile;
        this.bies = bies;
    }

    /** The file scored when a folder is given. */
    public String defaultFile() {
        return defaultFile;
    }

    boolean bies() {
        return bies;
    }

    /**
     * The component a corpus label maps onto, or null for the labels the parser has no component for
     * (subpoi, devzone, person, assist, redundant…): those are left out of the scores.
     */
    public static @Nullable AddressComponent component(String label) {
        return LABELS.get(label.toLowerCase(Locale.ROOT));
    }

    /** The corpus named on the command line ({@code naacl}, {@code ccks}). */
    public static Corpus parse(String name) {
        for (Corpus c : values()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw XiaoquException.usage("unknown corpus '" + name + "': use naacl or ccks");
    }
}
