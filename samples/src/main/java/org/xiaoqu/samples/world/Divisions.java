package org.xiaoqu.samples.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the real Hunan divisions shipped in schemas ({@code /reference/divisions-hunan/*.csv}). */
public final class Divisions {
    private static final String ROOT = "/reference/divisions-hunan/";

    private Divisions() {}

    /**
     * The county-level divisions that have streets, Changsha's first (file order), leaving out the NBS
     * functional zones ({@code xxxx7x}), which have no GB/T 2260 code.
     */
    public static List<World.Area> areas() {
        Map<String, String> cities = new LinkedHashMap<>();
        for (CSVRecord r : read("cities.csv")) {
            cities.put(r.get("code"), r.get("name"));
        }
        Map<String, List<World.Division>> streets = new LinkedHashMap<>();
        for (CSVRecord r : read("streets.csv")) {
            streets.computeIfAbsent(r.get("areaCode"), k -> new ArrayList<>())
                    .add(new World.Division(r.get("code"), r.get("name")));
        }
        List<World.Area> areas = new ArrayList<>();
        for (CSVRecord r : read("areas.csv")) {
            String code = r.get("code");
            List<World.Division> s = streets.get(code);
            if (code.charAt(4) == '7' || s == null || s.isEmpty()) {
                continue;
            }
            String city = r.get("cityCode");
            areas.add(new World.Area(code, r.get("name"), city, cities.getOrDefault(city, ""), s));
        }
        return List.copyOf(areas);
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = Divisions.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + ROOT + file);
            }
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
