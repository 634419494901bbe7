package org.xiaoqu.source;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Streams the data rows of one file, whatever its format: CSV (any delimiter, UTF-8/GB18030/UTF-16), .xlsx
 * (streaming, constant memory) or .xls. The header is read on opening. Blank rows are skipped and not counted.
 * Not thread-safe.
 *
 * <pre>{@code
 * try (RowReader r = RowReader.open(spec)) {
 *     r.skip(alreadyLoaded);           // restart
 *     for (RawRow row; (row = r.next()) != null; ) { ... }
 * }
 * }</pre>
 */
public interface RowReader extends Closeable {

    /**
     * Opens the source's file, detecting its format by content and its encoding when declared {@code auto}.
     *
     * @throws org.xiaoqu.common.XiaoquException with {@code INPUT_REJECTED} when the file cannot be read as a
     *     table at all (empty, an image, a zip that is not a workbook, no header, a missing sheet), naming the file
     */
    static RowReader open(SourceSpec spec) {
        return open(spec.file(), spec.encoding(), spec.sheet());
    }

    /** Opens a file; see {@link #open(SourceSpec)}. */
    static RowReader open(Path file, Encoding encoding, @Nullable String sheet) {
        FormatDetector.Detection d = FormatDetector.detect(file, encoding);
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        switch (d.format()) {
            case XLSX:
                return XlsxRowReader.open(file, name, sheet, d.notes());
            case XLS:
                return XlsRowReader.open(file, name, sheet, d.notes());
            case CSV:
            default:
                if (sheet != null) {
                    d.notes().add("sheet: " + sheet + " is ignored for a CSV file");
                }
                return CsvRowReader.open(file, name, d);
        }
    }

    /** The header cells as written in the file. */
    List<String> header();

    /** The line (or Excel row) of the header. */
    long headerLine();

    /** The next data row, or null at the end of the file. */
    @Nullable
    RawRow next();

    /**
     * Skips up to {@code rows} data rows (blank rows do not count), for restart after {@code rows} were already
     * loaded. Cheaper than {@link #next()}: rows are parsed but not returned.
     *
     * @return the rows skipped, fewer than asked at the end of the file
     */
    default long skip(long rows) {
        long n = 0;
        while (n < rows && next() != null) {
            n++;
        }
        return n;
    }

    /** The detected format. */
    SourceFormat format();

    /** The encoding read ({@code UTF-8}, {@code GB18030}, {@code UTF-16LE}), or {@code binary} for Excel. */
    String encoding();

    /** The sheet read, or null for CSV. */
    @Nullable
    String sheet();

    /** File-level warnings found so far (encoding guesses, hidden sheets, extension mismatch, title rows). */
    List<String> notes();

    /** Closes the file; never throws. */
    @Override
    void close();
}
