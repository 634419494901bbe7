package org.xiaoqu.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;

/** Decides a file's format from its first bytes and, for text, its encoding. */
final class FormatDetector {

    /** Bytes of a text file checked as strict UTF-8 before GB18030 is assumed. */
    static final int UTF8_PREFIX = 8 << 20;

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int HEAD = 64 * 1024;

    private FormatDetector() {}

    /**
     * What was detected.
     *
     * @param format the format
     * @param charset the text encoding (CSV only)
     * @param skip bytes to skip at the start (a byte-order mark)
     * @param delimiter the field delimiter (CSV only)
     * @param notes file-level warnings worth telling the user
     */
    record Detection(SourceFormat format, @Nullable Charset charset, int skip, char delimiter, List<String> notes) {}

    static Detection detect(Path file, Encoding declared) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (java.nio.file.NoSuchFileException e) {
            throw refuse(name, "file not found: " + file);
        } catch (IOException e) {
            throw new XiaoquException(ExitCode.INPUT_REJECTED, name + ": cannot read the file: " + e.getMessage(), e);
        }
        String ext = extension(name);
        List<String> notes = new ArrayList<>();
        if (head.length == 0) {
            throw refuse(name, "the file is empty (0 bytes); expected a header line and data rows");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            if (!isWorkbookZip(file)) {
                throw refuse(
                        name,
                        "a zip archive that is not an Excel workbook (no xl/workbook.xml); save it as"
                                + " .xlsx or CSV");
            }
            if (!ext.equals("xlsx") && !ext.equals("xlsm")) {
                notes.add("the file is an .xlsx workbook although its name ends in ." + ext + "; read as .xlsx");
            }
            return new Detection(SourceFormat.XLSX, null, 0, ',', notes);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            if (!ext.equals("xls")) {
                notes.add("the file is a legacy .xls workbook although its name ends in ." + ext + "; read as .xls");
            }
            return new Detection(SourceFormat.XLS, null, 0, ',', notes);
        }
        boolean utf16Bom = startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF);
        if (!utf16Bom && utf16WithoutBom(head) == null) {
            String binary = binaryKind(head);
            if (binary != null) {
                throw refuse(name, "this is " + binary + ", not a CSV or Excel file; export the data as CSV or .xlsx");
            }
        }
        if (ext.equals("xlsx") || ext.equals("xls")) {
            notes.add("the file is named ." + ext + " but is really a text (CSV) file; read as CSV");
        }
        Charset charset;
        int skip = 0;
        if (utf16Bom) {
            charset = head[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            skip = 2;
            notes.add("the file is UTF-16 (an Excel \"Unicode text\" export); read as " + charset.name()
                    + ". Saving it as UTF-8 CSV is safer");
        } else if (utf16WithoutBom(head) != null) {
            charset = utf16WithoutBom(head);
            notes.add("the file is UTF-16 without a byte-order mark; read as " + charset.name());
        } else {
            boolean bom = startsWith(head, 0xEF, 0xBB, 0xBF);
            skip = bom ? 3 : 0;
            charset = textCharset(file, name, declared, bom, notes);
        }
        char delimiter = sniffDelimiter(head, skip, charset);
        return new Detection(SourceFormat.CSV, charset, skip, delimiter, notes);
    }

    private static Charset textCharset(Path file, String name, Encoding declared, boolean bom, List<String> notes) {
        switch (declared) {
            case UTF_8:
                return StandardCharsets.UTF_8;
            case GB18030:
                if (bom && validUtf8Prefix(file, 3)) {
                    notes.add("declared gb18030, but the file is UTF-8 with a byte-order mark; read as UTF-8");
                    return StandardCharsets.UTF_8;
                }
                if (bom) {
                    notes.add("a UTF-8 byte-order mark in front of GB18030 text was ignored");
                }
                return GB18030;
            case AUTO:
            default:
                if (validUtf8Prefix(file, bom ? 3 : 0)) {
                    return StandardCharsets.UTF_8;
                }
                if (bom) {
                    notes.add(
                            "the file starts with a UTF-8 byte-order mark but its text is not UTF-8; read as GB18030");
                }
                return GB18030;
        }
    }

    /** Strict UTF-8 check of up to {@link #UTF8_PREFIX} bytes; a sequence cut by the end of the prefix is fine. */
    static boolean validUtf8Prefix(Path file, int skip) {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            int need = 0; // continuation bytes still expected
            long total = 0;
            int n;
            while (total < UTF8_PREFIX && (n = in.read(buf)) > 0) {
                total += n;
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (need > 0) {
                        if ((b & 0xC0) != 0x80) {
                            return false;
                        }
                        need--;
                    } else if (b < 0x80) {
                        continue;
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                    } else {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** UTF-16 text without a BOM shows as ASCII interleaved with NUL bytes on one side. */
    private static @Nullable Charset utf16WithoutBom(byte[] head) {
        int pairs = Math.min(head.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (head[2 * i] == 0) {
                evenZero++;
            }
            if (head[2 * i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero * 5 >= pairs && evenZero * 50 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 5 >= pairs && oddZero * 50 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static @Nullable String binaryKind(byte[] h) {
        if (startsWith(h, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(h, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(h, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(h, 'R', 'a', 'r', '!') || startsWith(h, '7', 'z', 0xBC, 0xAF)) {
            return "a RAR or 7z archive";
        }
        if (startsWith(h, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        int n = Math.min(h.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = h[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control * 20 > n ? "a binary file" : null;
    }

    private static boolean isWorkbookZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("xl/workbook.xml");
            return e != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The delimiter of the first line: tab or semicolon when they outnumber commas outside quotes. */
    private static char sniffDelimiter(byte[] head, int skip, Charset charset) {
        String text = new String(head, skip, head.length - skip, charset);
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        if (semicolons > commas) {
            return ';';
        }
        return ',';
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static XiaoquException refuse(String file, String message) {
        return new XiaoquException(ExitCode.INPUT_REJECTED, file + ": " + message);
    }
}
