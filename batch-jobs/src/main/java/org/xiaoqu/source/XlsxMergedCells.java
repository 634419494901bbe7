package org.xiaoqu.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged cell ranges of one .xlsx sheet, found before streaming its rows. A streaming reader meets the
 * {@code <mergeCells>} element only after the last row, too late to fill merged cells, so the sheet part is
 * scanned once for it (a byte search, no XML parsing).
 */
final class XlsxMergedCells {

    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\br:id=\"([^\"]+)\"");
    private static final Pattern REL = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("\\b(Id|Target)=\"([^\"]+)\"");
    private static final byte[] NEEDLE = "mergeCell ref=\"".getBytes(StandardCharsets.US_ASCII);

    private XlsxMergedCells() {}

    static List<CellRangeAddress> read(Path file, int sheetIndex) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String part = sheetPart(zip, sheetIndex);
            ZipEntry entry = part == null ? null : zip.getEntry(part);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return scan(in);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // merged cells are a nicety; the streaming reader reports real damage
        }
    }

    private static @org.jspecify.annotations.Nullable String sheetPart(ZipFile zip, int index) throws IOException {
        String workbook = entryText(zip, "xl/workbook.xml");
        String rels = entryText(zip, "xl/_rels/workbook.xml.rels");
        List<String> ids = new ArrayList<>();
        Matcher m = SHEET.matcher(workbook);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (index >= ids.size()) {
            return null;
        }
        Map<String, String> targets = new HashMap<>();
        Matcher r = REL.matcher(rels);
        while (r.find()) {
            Matcher a = ATTR.matcher(r.group());
            String id = null;
            String target = null;
            while (a.find()) {
                if (a.group(1).equals("Id")) {
                    id = a.group(2);
                } else {
                    target = a.group(2);
                }
            }
            if (id != null && target != null) {
                targets.put(id, target);
            }
        }
        String target = targets.get(ids.get(index));
        if (target == null) {
            return null;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static String entryText(ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<CellRangeAddress> scan(InputStream in) throws IOException {
        List<CellRangeAddress> out = new ArrayList<>();
        byte[] buf = new byte[1 << 16];
        int matched = 0;
        StringBuilder ref = null;
        int n;
        while ((n = in.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (ref != null) {
                    if (b == '"') {
                        out.add(CellRangeAddress.valueOf(ref.toString()));
                        ref = null;
                    } else {
                        ref.append((char) b);
                    }
                } else if (b == NEEDLE[matched]) {
                    matched++;
                    if (matched == NEEDLE.length) {
                        ref = new StringBuilder(12);
                        matched = 0;
                    }
                } else {
                    matched = b == NEEDLE[0] ? 1 : 0;
                }
            }
        }
        return out;
    }
}
