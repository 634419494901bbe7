package org.xiaoqu.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Delimited text through Commons CSV. Undecodable bytes become U+FFFD (the checker rejects the row naming the
 * column) rather than aborting the file. Line numbers are physical lines of the record's start: empty lines
 * are kept by the parser so that the count stays exact, and skipped here.
 */
final class CsvRowReader implements RowReader {

    private final String name;
    private final FormatDetector.Detection detection;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final long headerLine;
    private final List<String> notes;
    /** Line breaks consumed up to the end of the last record: the next record starts one line later. */
    private long linesConsumed;

    private boolean broken;

    private CsvRowReader(String name, FormatDetector.Detection detection, CSVParser parser) {
        this.name = name;
        this.detection = detection;
        this.parser = parser;
        this.records = parser.iterator();
        this.notes = detection.notes();
        RawRow first = nextNonBlank();
        if (first == null) {
            close();
            throw FormatDetector.refuse(name, "no header line: the file holds no text but blank lines");
        }
        if (first.error() != null) {
            close();
            throw FormatDetector.refuse(name, "line " + first.line() + ": the header cannot be read: " + first.error());
        }
        List<String> h = new ArrayList<>(first.cells().length);
        for (String c : first.cells()) {
            h.add(c);
        }
        this.header = List.copyOf(h);
        this.headerLine = first.line();
        if (detection.delimiter() != ',') {
            notes.add("fields are separated by " + (detection.delimiter() == '\t' ? "tabs" : "semicolons"));
        }
    }

    static CsvRowReader open(Path file, String name, FormatDetector.Detection d) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            in.skipNBytes(d.skip());
            Reader reader = new InputStreamReader(
                    in,
                    d.charset()
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE));
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(d.delimiter())
                    .setIgnoreEmptyLines(false)
                    .setAllowMissingColumnNames(true)
                    .get();
            return new CsvRowReader(
                    name,
                    d,
                    CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public @Nullable RawRow next() {
        RawRow row = nextNonBlank();
        if (row == null || row.error() != null) {
            return row;
        }
        int n = row.cells().length;
        int width = header.size();
        if (n == width) {
            return row;
        }
        if (n > width) {
            // trailing empty fields (a comma too many at the end of each line) are harmless
            for (int i = width; i < n; i++) {
                if (!row.cells()[i].isBlank()) {
                    return new RawRow(
                            row.line(),
                            row.cells(),
                            "the row has " + n + " fields but the header has " + width
                                    + " (an unquoted delimiter inside a value?)",
                            width + 1);
                }
            }
            return row;
        }
        return new RawRow(
                row.line(),
                row.cells(),
                "the row has " + n + " fields but the header has " + width + " (truncated row?)",
                n + 1);
    }

    private @Nullable RawRow nextNonBlank() {
        if (broken) {
            return null;
        }
        while (true) {
            long start = linesConsumed + 1;
            CSVRecord rec;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                rec = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                broken = true;
                String why = String.valueOf(
                        e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                String reason = why.contains("EOF reached before encapsulated token finished")
                        ? "unbalanced quote: a quoted field starting on this line is never closed; the rest of the"
                                + " file could not be read"
                        : "the row cannot be parsed (" + why + "); the rest of the file could not be read";
                notes.add("reading stopped at line " + start + ": " + reason);
                return new RawRow(start, new String[0], reason, 0);
            }
            linesConsumed = parser.getCurrentLineNumber();
            if (rec.size() == 1 && rec.get(0).isEmpty()) {
                continue; // an empty line
            }
            String[] cells = rec.values();
            if (isBlank(cells)) {
                continue;
            }
            return new RawRow(start, cells);
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (!c.isEmpty() && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.CSV;
    }

    @Override
    public String encoding() {
        return detection.charset() == null ? "?" : detection.charset().name();
    }

    @Override
    public @Nullable String sheet() {
        return null;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing to recover: the file was only read
        }
    }

    @Override
    public String toString() {
        return "CsvRowReader[" + name + "]";
    }
}
