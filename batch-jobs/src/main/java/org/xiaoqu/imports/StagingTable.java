package org.xiaoqu.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.xiaoqu.schemas.InputKind;
import org.xiaoqu.schemas.TableSchema;

/**
 * The staging table of an input kind, derived from its Table Schema: {@code XQ_STG_<KIND>} with the
 * load id, the source line, the row's warnings and one typed column per field. The migrations hold
 * the same DDL (a test keeps them in step), and the active rows of each kind are the view
 * {@code XQ_<KIND>}.
 */
public final class StagingTable {
    /** Words H2 or PostgreSQL reserve: such a field's column gets a trailing underscore. */
    private static final Set<String> RESERVED = Set.of("VALUE", "USER", "ROW", "YEAR", "MONTH", "DAY", "KEY");

    private final InputKind kind;
    private final TableSchema schema;
    private final List<String> columns;

    private StagingTable(InputKind kind) {
        this.kind = kind;
        this.schema = TableSchema.of(kind);
        this.columns = schema.fields().stream().map(f -> column(f.name())).toList();
    }

    public static StagingTable of(InputKind kind) {
        return new StagingTable(kind);
    }

    /** {@code XQ_STG_GRID_MEMBERSHIP}. */
    public String name() {
        return "XQ_STG_" + base();
    }

    /** The view of the published rows: {@code XQ_GRID_MEMBERSHIP}. */
    public String viewName() {
        return "XQ_" + base();
    }

    private String base() {
        return kind.id().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public TableSchema schema() {
        return schema;
    }

    /** The field columns, in schema order (after LOAD_ID, LINE, WARNINGS). */
    public List<String> columns() {
        return columns;
    }

    /** The column of a field: upper-cased, SQL reserved words with a trailing underscore. */
    public static String column(String field) {
        String c = field.toUpperCase(Locale.ROOT);
        return RESERVED.contains(c) ? c + "_" : c;
    }

    /** INSERT with one parameter per column: LOAD_ID, LINE, WARNINGS, then the fields. */
    public String insertSql() {
        return "INSERT INTO " + name() + " (LOAD_ID, LINE, WARNINGS, " + String.join(", ", columns) + ") VALUES ("
                + "?, ".repeat(2 + columns.size()) + "?)";
    }

    /** PostgreSQL COPY of CSV text in column order. */
    public String copySql() {
        return "COPY " + name() + " (LOAD_ID, LINE, WARNINGS, " + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT csv)";
    }

    /** The DDL of the table and its view, as the migrations (H2 and PostgreSQL alike) hold it. */
    public String ddl() {
        List<String> lines = new ArrayList<>();
        lines.add("    LOAD_ID BIGINT NOT NULL");
        lines.add("    LINE BIGINT NOT NULL");
        lines.add("    WARNINGS VARCHAR(2000)");
        for (int i = 0; i < columns.size(); i++) {
            lines.add("    " + columns.get(i) + " " + sqlType(schema.fields().get(i)));
        }
        lines.add("    PRIMARY KEY (LOAD_ID, LINE)");
        return "-- " + schema.title() + " (" + kind.id() + ")\n"
                + "CREATE TABLE " + name() + " (\n" + String.join(",\n", lines) + "\n);\n"
                + "CREATE VIEW " + viewName() + " AS SELECT s.LOAD_ID, s.LINE, s.WARNINGS, "
                + columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "))
                + " FROM " + name() + " s JOIN XQ_ACTIVE_LOAD a ON a.LOAD_ID = s.LOAD_ID;\n";
    }

    private static String sqlType(TableSchema.Field field) {
        return switch (field.type()) {
            case STRING -> "VARCHAR(" + (field.maxLength() == null ? 4000 : field.maxLength()) + ")";
            case INTEGER -> "BIGINT";
            case NUMBER -> "NUMERIC(38, 10)";
            case DATE -> "DATE";
            case BOOLEAN -> "BOOLEAN";
        };
    }
}
