package org.xiaoqu.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table in a report, optionally with a text filter, sortable columns (click a header) and pages — all done
 * by a few lines of inline script, the table staying readable without it. Numbers are right-aligned and
 * formatted in the report's language and sort as numbers. Rows past {@link #maxRows(int)} are left out with a
 * note (the full table is in the CSV and Excel files).
 *
 * <pre>{@code
 * HtmlTable.of(List.of("小区", "得分")).row(List.of("甲小区", 92.5)).filterable(true).sortable(true).pageSize(50)
 * }</pre>
 */
public final class HtmlTable implements Block {
    private final List<String> headers;
    private final List<List<?>> rows = new ArrayList<>();
    private long total;
    private boolean filterable;
    private boolean sortable;
    private int pageSize;
    private int maxRows = 5_000;
    private @Nullable String caption;

    private HtmlTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    /** A table with these column headers. */
    public static HtmlTable of(List<String> headers) {
        return new HtmlTable(headers);
    }

    /** A row: one cell per header (String, Number, Boolean, a date, or null). */
    public HtmlTable row(List<?> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(
                    "a row needs " + headers.size() + " cells, got " + cells.size() + ": " + cells);
        }
        total++;
        if (rows.size() < maxRows) {
            rows.add(new ArrayList<>(cells));
        }
        return this;
    }

    /** Every row. */
    public HtmlTable rows(Iterable<? extends List<?>> rows) {
        for (List<?> r : rows) {
            row(r);
        }
        return this;
    }

    /** A text box that hides rows not containing its text. */
    public HtmlTable filterable(boolean filterable) {
        this.filterable = filterable;
        return this;
    }

    /** Header clicks sort the rows (again: reverse). */
    public HtmlTable sortable(boolean sortable) {
        this.sortable = sortable;
        return this;
    }

    /** Rows per page; 0 (the default) shows all. */
    public HtmlTable pageSize(int pageSize) {
        this.pageSize = Math.max(pageSize, 0);
        return this;
    }

    /** Most rows put in the page (default 5,000); set it before adding rows. */
    public HtmlTable maxRows(int maxRows) {
        this.maxRows = Math.max(maxRows, 0);
        while (rows.size() > this.maxRows) {
            rows.remove(rows.size() - 1);
        }
        return this;
    }

    /** A line above the table. */
    public HtmlTable caption(String caption) {
        this.caption = caption;
        return this;
    }

    @Override
    public void render(Html html) {
        ReportLang lang = html.lang();
        boolean[] numeric = new boolean[headers.size()];
        for (int i = 0; i < numeric.length; i++) {
            boolean any = false;
            boolean all = true;
            for (List<?> r : rows) {
                Object v = r.get(i);
                if (v != null) {
                    any = true;
                    all &= v instanceof Number;
                }
            }
            numeric[i] = any && all;
        }
        html.raw("<div class=\"tbl\"");
        if (pageSize > 0) {
            html.raw(" data-page=\"" + pageSize + "\"");
        }
        html.raw(" data-fmt=\"")
                .text(lang.pick("第 {p}/{n} 页 · {r} 行", "Page {p} of {n} · {r} rows"))
                .raw("\">");
        if (caption != null) {
            html.raw("<p class=\"caption\">").text(caption).raw("</p>");
        }
        if (filterable) {
            html.raw("<input type=\"search\" class=\"filter\" placeholder=\"")
                    .text(lang.pick("筛选…", "Filter…"))
                    .raw("\" aria-label=\"")
                    .text(lang.pick("筛选", "Filter"))
                    .raw("\">");
        }
        html.raw("<div class=\"scroll\"><table");
        if (sortable) {
            html.raw(" class=\"sortable\"");
        }
        html.raw("><thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            html.raw(numeric[i] ? "<th class=\"num\">" : "<th>")
                    .text(headers.get(i))
                    .raw("</th>");
        }
        html.raw("</tr></thead><tbody>");
        for (List<?> r : rows) {
            html.raw("<tr>");
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
                    html.raw("<td class=\"num\" data-v=\"" + sortKey(n) + "\">").text(html.number(n.doubleValue()));
                } else {
                    html.raw(numeric[i] ? "<td class=\"num\">" : "<td>").text(text(v, lang));
                }
                html.raw("</td>");
            }
            html.raw("</tr>");
        }
        html.raw("</tbody></table></div>");
        if (pageSize > 0 && rows.size() > pageSize) {
            html.raw("<div class=\"pager\"><button type=\"button\" data-step=\"-1\" aria-label=\"")
                    .text(lang.pick("上一页", "Previous page"))
                    .raw("\">‹</button><span></span><button type=\"button\" data-step=\"1\" aria-label=\"")
                    .text(lang.pick("下一页", "Next page"))
                    .raw("\">›</button></div>");
        }
        if (total > rows.size()) {
            html.raw("<p class=\"note\">")
                    .text(lang.pick(
                            "仅显示前 " + html.number(rows.size()) + " 行，共 " + html.number(total)
                                    + " 行；完整数据见 CSV / Excel 文件。",
                            "Showing the first " + html.number(rows.size()) + " of " + html.number(total)
                                    + " rows; the CSV and Excel files hold them all."))
                    .raw("</p>");
        }
        html.raw("</div>");
    }

    private static String sortKey(Number n) {
        return n instanceof BigDecimal d ? d.toPlainString() : CellValues.number(n);
    }

    private static String text(@Nullable Object v, ReportLang lang) {
        if (v == null) {
            return "";
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return CellValues.people(v, lang);
    }
}
