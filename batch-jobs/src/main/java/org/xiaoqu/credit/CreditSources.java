package org.xiaoqu.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.xiaoqu.common.CreditCode;
import org.xiaoqu.common.ExitCode;
import org.xiaoqu.common.XiaoquException;
import org.xiaoqu.credit.internal.States;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;
import org.xiaoqu.source.CheckedRow;
import org.xiaoqu.source.RawRow;
import org.xiaoqu.source.RowChecker;
import org.xiaoqu.source.RowReader;
import org.xiaoqu.source.RowResult;
import org.xiaoqu.source.SourceSpec;

/** Reads the credit-record sources into {@link CreditRecord}s through the shared checked reader. */
final class CreditSources {
    private static final TableSchema SCHEMA = TableSchema.of(InputKind.CREDIT_RECORD);
    private static final int RECORD_ID = SCHEMA.indexOf("record_id");
    private static final int CODE = SCHEMA.indexOf("credit_code");
    private static final int NAME = SCHEMA.indexOf("enterprise_name");
    private static final int ITEM = SCHEMA.indexOf("item_code");
    private static final int ITEM_NAME = SCHEMA.indexOf("item_name");
    private static final int CATEGORY = SCHEMA.indexOf("category");
    private static final int DATE = SCHEMA.indexOf("event_date");
    private static final int DOCUMENT = SCHEMA.indexOf("document_no");
    private static final int ISSUER = SCHEMA.indexOf("issuer");
    private static final int POINTS = SCHEMA.indexOf("points");
    private static final int VALID_UNTIL = SCHEMA.indexOf("valid_until");
    private static final int STATUS = SCHEMA.indexOf("status");

    private CreditSources() {}

    /**
     * Reads one source ({@code specs}: its files); rows rejected beyond its budget refuse the run (exit 3). Returns
     * rows read, rejected.
     */
    static long[] read(String source, List<SourceSpec> specs, Consumer<CreditRecord> sink, Map<String, Object> notes) {
        long read = 0;
        long rejected = 0;
        for (SourceSpec spec : specs) {
            long fileRead = 0;
            long fileRejected = 0;
            try (RowReader reader = RowReader.open(spec)) {
                RowChecker checker = RowChecker.create(spec, reader);
                // the code as written: the checker folds full-width characters before its own check
                int codeColumn = checker.columnOf("credit_code") - 1;
                for (RawRow raw; (raw = reader.next()) != null; ) {
                    fileRead++;
                    RowResult r = checker.check(raw);
                    if (r.rejected()) {
                        fileRejected++;
                        continue;
                    }
                    String written =
                            codeColumn >= 0 && codeColumn < raw.cells().length ? raw.cells()[codeColumn] : null;
                    sink.accept(of(source, Objects.requireNonNull(r.row()), written));
                }
                List<String> fileNotes = new ArrayList<>(reader.notes());
                fileNotes.addAll(checker.notes());
                if (!fileNotes.isEmpty()) {
                    notes.put(spec.fileName(), fileNotes);
                }
            }
            if (spec.budget().exceeded(fileRejected, fileRead)) {
                throw new XiaoquException(
                        ExitCode.INPUT_REJECTED,
                        "source " + source + ": " + fileRejected + " of " + fileRead + " rows of "
                                + spec.fileName() + " rejected, over its budget; see them with `xiaoqu validate "
                                + source + " --rejects FILE`");
            }
            read += fileRead;
            rejected += fileRejected;
        }
        return new long[] {read, rejected};
    }

    static CreditRecord of(String source, CheckedRow row, @Nullable String written) {
        String code = text(row, CODE);
        String raw = written == null ? code : written.strip();
        if (raw.isBlank() || raw.equals(code)) {
            raw = code;
        }
        String status = nullable(row, STATUS);
        return new CreditRecord(
                source,
                text(row, RECORD_ID),
                row.line(),
                raw,
                code,
                code.isEmpty() ? null : CreditCode.check(code).status(),
                text(row, NAME),
                text(row, ITEM),
                nullable(row, ITEM_NAME),
                nullable(row, CATEGORY),
                (LocalDate) row.value(DATE),
                nullable(row, DOCUMENT),
                nullable(row, ISSUER),
                (BigDecimal) row.value(POINTS),
                (LocalDate) row.value(VALID_UNTIL),
                status,
                States.of(status));
    }

    private static String text(CheckedRow row, int i) {
        Object v = row.value(i);
        return v == null ? "" : v.toString();
    }

    private static @Nullable String nullable(CheckedRow row, int i) {
        Object v = row.value(i);
        return v == null ? null : v.toString();
    }

    static List<String> fields() {
        return SCHEMA.fields().stream().map(TableSchema.Field::name).toList();
    }
}
