package org.xiaoqu.source;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes problems to a UTF-8 CSV file with the header {@code file,line,column,field,value,reason} (plus {@code
 * severity} when warnings are written too). Values are written as the problem holds them: shortened, personal
 * data masked.
 */
public final class RejectsCsvWriter implements Closeable {

    private final CSVPrinter printer;
    private final boolean withSeverity;
    private long written;

    /** Opens {@code file} for rejects only; parent folders are created. */
    public static RejectsCsvWriter open(Path file) {
        return open(file, false);
    }

    /**
     * Opens {@code file}, creating parent folders.
     *
     * @param withSeverity add a {@code severity} column ({@code REJECT}/{@code WARNING}) so warnings can be written
     */
    public static RejectsCsvWriter open(Path file, boolean withSeverity) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return new RejectsCsvWriter(w, withSeverity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
    }

    RejectsCsvWriter(Appendable out, boolean withSeverity) throws IOException {
        this.withSeverity = withSeverity;
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n");
        format = withSeverity
                ? format.setHeader("file", "line", "column", "field", "value", "reason", "severity")
                : format.setHeader("file", "line", "column", "field", "value", "reason");
        this.printer = new CSVPrinter(out, format.get());
    }

    /** Writes one problem; warnings are written only when the writer has a severity column. */
    public void write(Problem p) {
        if (!withSeverity && !p.rejected()) {
            return;
        }
        try {
            String field = p.field() == null ? "" : p.field();
            String value = p.value() == null ? "" : p.value();
            if (withSeverity) {
                printer.printRecord(p.file(), p.line(), p.column(), field, value, p.reason(), p.severity());
            } else {
                printer.printRecord(p.file(), p.line(), p.column(), field, value, p.reason());
            }
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file", e);
        }
    }

    /** Problems written so far. */
    public long written() {
        return written;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close rejects file", e);
        }
    }
}
