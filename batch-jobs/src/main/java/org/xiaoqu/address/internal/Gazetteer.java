package org.xiaoqu.address.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.Division;
import org.xiaoqu.address.Divisions;

/**
 * The division names the scanner recognises, full and short (长沙市/长沙, 天心区/天心, 坡子街街道/坡子街/
 * 坡子街街道办事处/坡子街街办), plus the country's provinces so that addresses from elsewhere are not
 * mistaken for Hunan ones.
 */
public final class Gazetteer {
    /** A name as written, the division it names (null for a province outside the table), and its form. */
    public record Entry(String name, @Nullable Division division, boolean shortForm) {}

    // the four municipalities are read as cities (the corpora and most registers write 上海市 as the city)
    private static final String PROVINCES = "河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 江苏省 浙江省"
            + " 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 海南省 四川省 贵州省 云南省"
            + " 西藏自治区 陕西省 甘肃省 青海省 宁夏回族自治区 新疆维吾尔自治区 台湾省 香港特别行政区 澳门特别行政区";

    final Divisions table;
    /** The province the table covers (湖南省): division names are only resolved inside it. */
    final String regionName;

    final Set<String> prefectureNames = new HashSet<>();
    final Trie<Entry> provinces = new Trie<>();
    final Trie<Entry> cities = new Trie<>();
    final Trie<Entry> districts = new Trie<>();
    final Trie<Entry> towns = new Trie<>();

    public Gazetteer(Divisions table) {
        this.table = table;
        this.regionName = table.all().stream()
                .filter(x -> x.level() == Division.Level.PROVINCE)
                .map(Division::name)
                .findFirst()
                .orElse("");
        for (String p : PROVINCES.split(" ")) {
            Division d = table.all().stream()
                    .filter(x ->
                            x.level() == Division.Level.PROVINCE && x.name().equals(p))
                    .findFirst()
                    .orElse(null);
            provinces.put(p, new Entry(p, d, false));
            String shortName = p.replaceAll("(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$", "");
            provinces.put(shortName, new Entry(p, d, true));
        }
        Set<String> cityShorts = new HashSet<>();
        List<Division> all = table.all();
        for (Division d : all) {
            if (d.level() == Division.Level.CITY) {
                prefectureNames.add(d.name());
                cities.put(d.name(), new Entry(d.name(), d, false));
                String s = d.name().replaceAll("(土家族苗族自治州|自治州|地区|市)$", "");
                if (s.length() >= 2) {
                    cities.put(s, new Entry(d.name(), d, true));
                    cityShorts.add(s);
                    if (d.name().endsWith("自治州")) {
                        cities.put(s + "州", new Entry(d.name(), d, true));
                    }
                }
            }
        }
        for (String name : prefectures()) {
            if (!cities.get(name.toCharArray(), 0, name.length()).isEmpty()) {
                continue;
            }
            prefectureNames.add(name);
            cities.put(name, new Entry(name, null, false));
            String s = name.replaceAll("((.{1,4}?族)*自治州|地区|市|盟)$", "");
            if (s.length() >= 2 && cities.get(s.toCharArray(), 0, s.length()).isEmpty()) {
                cities.put(s, new Entry(name, null, true));
            }
        }
        for (Division d : all) {
            if (d.level() == Division.Level.DISTRICT) {
                districts.put(d.name(), new Entry(d.name(), d, false));
                String s = d.name().replaceAll("(([^族]{1,2}族)+自治县|区|县|市)$", "");
                // 长沙县/长沙, 湘潭县/湘潭: the short form means the city, never the county
                if (s.length() >= 2 && !cityShorts.contains(s) && !s.equals(d.name())) {
                    districts.put(s, new Entry(d.name(), d, true));
                }
            } else if (d.level() == Division.Level.TOWN) {
                String n = d.name();
                towns.put(n, new Entry(n, d, false));
                if (n.endsWith("街道")) {
                    String stem = n.substring(0, n.length() - 2);
                    towns.put(n + "办事处", new Entry(n, d, false));
                    towns.put(stem + "办事处", new Entry(n, d, false));
                    towns.put(stem + "街办", new Entry(n, d, false));
                    towns.put(n + "办", new Entry(n, d, false));
                    if (stem.length() >= 2) {
                        towns.put(stem, new Entry(n, d, true));
                    }
                } else if (n.endsWith("镇") || n.endsWith("乡")) {
                    String stem = n.substring(0, n.length() - 1);
                    if (stem.length() >= 2 && !stem.endsWith("族")) {
                        towns.put(stem, new Entry(n, d, true));
                    }
                }
            }
        }
    }

    private static List<String> prefectures() {
        String name = "/org/xiaoqu/address/china-prefectures.txt";
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String w : line.strip().split("\\s+")) {
                        if (!w.isEmpty()) {
                            out.add(w);
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
