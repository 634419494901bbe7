package org.xiaoqu.address;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/**
 * The administrative division table (province, cities, districts, streets/towns), as shipped on the
 * classpath in {@code /reference/divisions-hunan/}. Immutable and thread-safe.
 */
public final class Divisions {
    private static final String BASE = "/reference/divisions-hunan/";
    private static volatile @Nullable Divisions hunan;

    private final Map<String, Division> byCode;

    private Divisions(List<Division> divisions) {
        Map<String, Division> map = new LinkedHashMap<>();
        for (Division d : divisions) {
            if (map.put(d.code(), d) != null) {
                throw new IllegalArgumentException("duplicate division code " + d.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** A table of the given divisions (for tests and other regions). */
    public static Divisions of(List<Division> divisions) {
        return new Divisions(divisions);
    }

    /** The Hunan table shipped in {@code schemas}, loaded once. */
    public static Divisions hunan() {
        Divisions d = hunan;
        if (d == null) {
            synchronized (Divisions.class) {
                d = hunan;
                if (d == null) {
                    d = load();
                    hunan = d;
                }
            }
        }
        return d;
    }

    /** Every division, province first, in the table's order. */
    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    /** The division with this code, or null. */
    public @Nullable Division byCode(String code) {
        return byCode.get(code);
    }

    private static Divisions load() {
        List<Division> all = new ArrayList<>();
        for (CSVRecord r : read("provinces.csv")) {
            all.add(new Division(r.get("code"), r.get("name"), Division.Level.PROVINCE, null));
        }
        for (CSVRecord r : read("cities.csv")) {
            all.add(new Division(r.get("code"), r.get("name"), Division.Level.CITY, r.get("provinceCode")));
        }
        for (CSVRecord r : read("areas.csv")) {
            all.add(new Division(r.get("code"), r.get("name"), Division.Level.DISTRICT, r.get("cityCode")));
        }
        for (CSVRecord r : read("streets.csv")) {
            all.add(new Division(r.get("code"), r.get("name"), Division.Level.TOWN, r.get("areaCode")));
        }
        return new Divisions(all);
    }

    private static List<CSVRecord> read(String file) {
        String name = BASE + file;
        try (InputStream in = Divisions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new XiaoquException(
                        ExitCode.FAILED, "the division table " + name + " is missing from the classpath");
            }
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.FAILED, "cannot read the division table " + name, e);
        }
    }
}
