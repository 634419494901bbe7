package org.xiaoqu.source;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.ExitCode;

/**
 * What checking one source found: what {@code xiaoqu validate} prints per source. Serialisable to JSON as is.
 *
 * @param source the source id
 * @param file the file name
 * @param kind the input kind id
 * @param format the detected format
 * @param encoding the encoding read ({@code binary} for Excel)
 * @param sheet the sheet read, or null
 * @param rowsRead data rows read (blank rows not counted)
 * @param valid rows accepted (warned ones included)
 * @param rejected rows rejected
 * @param warned accepted rows with at least one warning
 * @param problems the first problems in file order, rejections and warnings
 * @param notes file-level warnings (encoding, ignored columns, hidden sheets, title rows…)
 * @param budgetExceeded whether the rejects exceed the source's budget (nothing may be published)
 */
public record SourceCheckResult(
        String source,
        String file,
        String kind,
        SourceFormat format,
        String encoding,
        @Nullable String sheet,
        long rowsRead,
        long valid,
        long rejected,
        long warned,
        List<Problem> problems,
        List<String> notes,
        boolean budgetExceeded) {

    /** The overall verdict on a source. */
    public enum Outcome {
        /** Every row valid, nothing to say. */
        CLEAN,
        /** No row rejected, but rows or the file were warned about. */
        WARNED,
        /** Rows rejected (within the budget or not). */
        ROWS_REJECTED,
        /** The file could not be read as the kind at all (reported as an exception, never as a result). */
        FILE_REFUSED
    }

    public SourceCheckResult {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        if (valid + rejected != rowsRead) {
            throw new IllegalArgumentException("valid + rejected must equal rows read");
        }
    }

    /** CLEAN, WARNED or ROWS_REJECTED. */
    public Outcome outcome() {
        if (rejected > 0) {
            return Outcome.ROWS_REJECTED;
        }
        return warned > 0 || !notes.isEmpty() ? Outcome.WARNED : Outcome.CLEAN;
    }

    /** 3 over the budget, 4 rejects within it, 0 clean or warnings only (DESIGN 3.1). */
    public ExitCode exitCode() {
        if (budgetExceeded) {
            return ExitCode.INPUT_REJECTED;
        }
        return rejected > 0 ? ExitCode.REJECTS_WITHIN_BUDGET : ExitCode.OK;
    }

    /** A few lines for a person: counts, then notes and problems as {@code file:line:column: message}. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(source)
                .append(" (")
                .append(file)
                .append(", ")
                .append(kind)
                .append(", ")
                .append(format);
        if (sheet != null) {
            b.append(" sheet ").append(sheet);
        } else {
            b.append(' ').append(encoding);
        }
        b.append("): ")
                .append(rowsRead)
                .append(" rows read, ")
                .append(valid)
                .append(" valid, ")
                .append(rejected)
                .append(" rejected, ")
                .append(warned)
                .append(" warned");
        if (budgetExceeded) {
            b.append(" — over the reject budget, nothing will be published");
        }
        b.append('\n');
        for (String n : notes) {
            b.append("  ").append(file).append(": note: ").append(n).append('\n');
        }
        for (Problem p : problems) {
            b.append("  ").append(p.format()).append('\n');
        }
        long shown = problems.size();
        long total = rejected + warned;
        if (total > shown) {
            b.append("  … and more; write them all with a rejects file\n");
        }
        return b.toString();
    }
}
