package org.xiaoqu.report;

import java.util.List;

/** The blocks a report section is made of. */
public final class Blocks {
    private Blocks() {}

    /** A paragraph of text. */
    public static Block paragraph(String text) {
        return html -> html.raw("<p>").text(text).raw("</p>");
    }

    /** A bulleted list. */
    public static Block bullets(List<String> items) {
        return html -> {
            html.raw("<ul>");
            for (String item : items) {
                html.raw("<li>").text(item).raw("</li>");
            }
            html.raw("</ul>");
        };
    }

    /** Key-figure tiles, like the ones at the top of the report. */
    public static Block figures(List<KeyFigure> figures) {
        return html -> HtmlReport.tiles(html, figures);
    }

    /** A horizontal bar chart. */
    public static Block barChart(BarChart chart) {
        return chart;
    }

    /** One or more stacked bar charts. */
    public static Block stackedBars(StackedBarChart... charts) {
        return html -> {
            for (StackedBarChart c : charts) {
                c.render(html);
            }
        };
    }

    /** A histogram of the values in {@code bins} equal bins from the smallest to the largest. */
    public static Block histogram(String title, double[] values, int bins) {
        return new Histogram(title, values, bins);
    }

    /** An interval chart (rank intervals Q5–median–Q95). */
    public static Block intervalChart(IntervalChart chart) {
        return chart;
    }

    /** A table. */
    public static Block table(HtmlTable table) {
        return table;
    }

    /** A drill-down: the summary line, the blocks shown when it is opened. */
    public static Block details(String summary, Block... blocks) {
        return html -> {
            html.raw("<details><summary>").text(summary).raw("</summary><div class=\"inner\">");
            for (Block b : blocks) {
                b.render(html);
            }
            html.raw("</div></details>");
        };
    }
}
