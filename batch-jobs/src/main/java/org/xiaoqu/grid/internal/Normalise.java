package org.xiaoqu.grid.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoqu.address.AddressComponent;
import org.xiaoqu.address.AddressParser;
import org.xiaoqu.address.AddressParts;
import org.xiaoqu.address.Division;
import org.xiaoqu.address.Divisions;
import org.xiaoqu.address.EstateKey;
import org.xiaoqu.address.ParsedAddress;
import org.xiaoqu.address.Span;
import org.xiaoqu.grid.geo.Crs;
import org.xiaoqu.grid.geo.CrsConversion;
import org.xiaoqu.grid.geo.LonLat;

/** Turns a membership row into a {@link MergeRecord}: parsed, folded, its district resolved where it can be. */
final class Normalise {
    private final AddressParser parser;
    private final Divisions divisions;

    Normalise(AddressParser parser, Divisions divisions) {
        this.parser = parser;
        this.divisions = divisions;
    }

    MergeRecord record(String sourceId, String department, String crs, Rows.Row row) {
        MergeRecord r = new MergeRecord();
        r.sourceId = sourceId;
        r.department = department;
        r.recordKey = row.get("record_id");
        r.gridCode = row.get("grid_code");
        String rowCrs = row.get("crs");
        r.crs = !rowCrs.isEmpty() ? rowCrs : crs;
        AddressParts parts = new AddressParts(
                blank(burDigits(row.get("address"))),
                blank(row.get("district")),
                blank(row.get("street")),
                blank(row.get("community")),
                blank(row.get("road")),
                blank(row.get("road_number")),
                blank(row.get("estate_name")),
                blank(row.get("phase")),
                blank(burDigits(row.get("building"))),
                blank(burDigits(row.get("unit"))),
                blank(row.get("room")));
        ParsedAddress a = parser.parse(parts);
        fill(r, a);
        if (!row.get("district").isEmpty() && a.districtCode() != null) {
            r.district = a.districtCode();
            r.districtHow = "COLUMN";
        } else if (a.districtCode() != null) {
            r.district = a.districtCode();
            r.districtHow = "ADDRESS";
        } else {
            String fromGrid = districtOfGridCode(r.gridCode);
            if (fromGrid != null) {
                r.district = fromGrid;
                r.districtHow = "GRID_CODE";
            }
        }
        r.address = display(row);
        String lon = row.get("longitude");
        String lat = row.get("latitude");
        if (!lon.isEmpty() && !lat.isEmpty()) {
            try {
                LonLat w = CrsConversion.toWgs84(Double.parseDouble(lon), Double.parseDouble(lat), Crs.parse(r.crs));
                r.lon = w.lon();
                r.lat = w.lat();
            } catch (NumberFormatException ignored) {
                // a point that is not a number is no point
            }
        }
        return r;
    }

    static void fill(MergeRecord r, ParsedAddress a) {
        String estate = a.estate();
        String building = a.building();
        String unit = a.unit();
        if (estate == null) {
            estate = gap(a);
        }
        if (estate != null) {
            // 铭城公馆八-二: a building-unit code in Chinese numerals, read by the parser as part of the name
            int n = 0;
            while (n < estate.length() && NUMERALS.indexOf(estate.charAt(estate.length() - 1 - n)) >= 0) {
                n++;
            }
            Span span = a.span(AddressComponent.ESTATE);
            if (n > 0
                    && estate.length() - n >= 2
                    && span != null
                    && span.end() < a.original().length()
                    && "-－—".indexOf(a.original().charAt(span.end())) >= 0) {
                int value = numeral(estate.substring(estate.length() - n));
                if (value > 0) {
                    unit = building;
                    building = Integer.toString(value);
                    estate = estate.substring(0, estate.length() - n);
                }
            }
        }
        r.estateKey = estate == null ? "" : key(estate);
        Span written = a.span(AddressComponent.ESTATE);
        r.estateRaw = written != null ? written.text(a.original()) : estate == null ? "" : estate;
        r.phase = a.phase() == null ? 0 : a.phase();
        r.building = building == null ? "" : building;
        r.unit = unit == null ? "" : unit;
        r.doorplate = doorplate(a.road(), a.roadNumber());
        r.community = community(a.community());
    }

    /** A community name without its ending, for comparison (裕南社区 → 裕南). */
    static String community(@Nullable String name) {
        if (name == null) {
            return "";
        }
        String n = name.trim();
        for (String end : new String[] {"社区居委会", "居委会", "社区", "村委会"}) {
            if (n.endsWith(end) && n.length() > end.length()) {
                return n.substring(0, n.length() - end.length());
            }
        }
        return n;
    }

    private static final java.util.regex.Pattern BUR =
            java.util.regex.Pattern.compile("[一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]+(?=[-－])|(?<=[-－])[一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]+");

    /** 叁-壹-501, 八-三: a building-unit(-room) code in Chinese numerals, written in digits so that it reads as one. */
    static String burDigits(String s) {
        if (s.indexOf('-') < 0 && s.indexOf('－') < 0) {
            return s;
        }
        java.util.regex.Matcher m = BUR.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int v = numeral(m.group());
            m.appendReplacement(b, v > 0 ? Integer.toString(v) : m.group());
        }
        m.appendTail(b);
        return b.toString();
    }

    private static final String NUMERALS = "一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾";

    /** The value of a Chinese numeral of up to two digits (十二, 二十一, 叁), 0 when it is not one. */
    static int numeral(String s) {
        int total = 0;
        int digit = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "一二三四五六七八九".indexOf(c);
            if (d < 0) {
                d = "壹贰叁肆伍陆柒捌玖".indexOf(c);
            }
            if (c == '两') {
                d = 1;
            }
            if (d >= 0) {
                digit = d + 1;
            } else if (c == '十' || c == '拾') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else {
                return 0;
            }
        }
        return total + digit;
    }

    /** The text between the last division/road span and the first phase/building span: an unrecognised name. */
    private static @Nullable String gap(ParsedAddress a) {
        int start = 0;
        int end = a.original().length();
        boolean bounded = false;
        for (Span s : a.spans()) {
            switch (s.component()) {
                case PHASE, BUILDING, UNIT, FLOOR, ROOM -> {
                    end = Math.min(end, s.start());
                    bounded = true;
                }
                default -> {}
            }
        }
        for (Span s : a.spans()) {
            switch (s.component()) {
                case PROVINCE, CITY, DISTRICT, TOWN, ROAD, ROAD_NUMBER -> start = Math.max(start, s.end());
                // 江山心村二期: a name ending 村 read as a community, right before the phase, is the estate
                case COMMUNITY -> {
                    if (s.end() < end) {
                        start = Math.max(start, s.end());
                    }
                }
                default -> {}
            }
        }
        if (!bounded || end - start < 2) {
            return null;
        }
        String text = a.original().substring(start, end);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text;
            }
        }
        return null;
    }

    /** The estate key, generic suffixes removed until none is left (市邮电局生活区小区 → 市邮电局). */
    static String key(String name) {
        String k;
        try {
            k = EstateKey.of(name).key();
            for (int i = 0; i < 3; i++) {
                String next = EstateKey.of(k).key();
                if (next.equals(k)) {
                    break;
                }
                k = next;
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return k;
    }

    static String doorplate(@Nullable String road, @Nullable String number) {
        if (road == null || number == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '-' && digits.length() > 0) {
                break; // 127-25号: plate 127
            }
        }
        if (digits.length() == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < road.length(); i++) {
            if (Character.isLetterOrDigit(road.charAt(i))) {
                b.append(road.charAt(i));
            }
        }
        return b + "#" + digits;
    }

    /** The district of a grid code whose digits begin with a district's (or street's, community's) code. */
    @Nullable
    String districtOfGridCode(String gridCode) {
        int i = 0;
        while (i < gridCode.length() && Character.isLetter(gridCode.charAt(i))) {
            i++;
        }
        if (gridCode.length() - i < 6) {
            return null;
        }
        String code = gridCode.substring(i, i + 6);
        Division d = divisions.byCode(code);
        return d != null && d.level() == Division.Level.DISTRICT ? code : null;
    }

    private static String display(Rows.Row row) {
        String address = row.get("address");
        String estate = row.get("estate_name");
        String building = row.get("building");
        if (!address.isEmpty() && (estate.isEmpty() || address.contains(estate))) {
            return address.contains(building) ? address : address + building;
        }
        StringBuilder b = new StringBuilder();
        for (String f :
                new String[] {"district", "street", "road", "road_number", "estate_name", "phase", "building"}) {
            b.append(row.get(f));
        }
        return b.length() == 0 ? address : b.toString();
    }

    private static @Nullable String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
