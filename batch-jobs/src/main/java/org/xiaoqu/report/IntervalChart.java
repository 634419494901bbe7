package org.xiaoqu.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One interval per row on a shared axis: a line from low to high with a dot at the middle value — for rank
 * intervals (Q5, median, Q95) or any estimate with its uncertainty.
 *
 * <pre>{@code
 * IntervalChart.of("排名区间（5%–95%）").row("甲小区", 3, 5, 9, "优秀").row("乙小区", 8, 12, 20, "合格")
 * }</pre>
 */
public final class IntervalChart implements Block {
    private record Row(String label, double low, double mid, double high, @Nullable String colourKey) {}

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private String unit = "";

    private IntervalChart(String title) {
        this.title = title;
    }

    /** An empty chart. */
    public static IntervalChart of(String title) {
        return new IntervalChart(title);
    }

    /** A row in the default colour. */
    public IntervalChart row(String label, double low, double mid, double high) {
        return row(label, low, mid, high, null);
    }

    /** A row coloured by its key ({@link Palette}). */
    public IntervalChart row(String label, double low, double mid, double high, @Nullable String colourKey) {
        if (!(low <= mid && mid <= high)) {
            throw new IllegalArgumentException(
                    label + ": need low <= mid <= high, got " + low + ", " + mid + ", " + high);
        }
        rows.add(new Row(label, low, mid, high, colourKey));
        return this;
    }

    /** A unit written after values. */
    public IntervalChart unit(String unit) {
        this.unit = unit;
        return this;
    }

    @Override
    public void render(Html html) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Row r : rows) {
            lo = Math.min(lo, r.low());
            hi = Math.max(hi, r.high());
        }
        if (rows.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        List<Double> ticks = Svg.ticks(lo, hi == lo ? lo + 1 : hi, 6);
        int right = 600;
        Svg.Scale x = new Svg.Scale(ticks.get(0), ticks.get(ticks.size() - 1), Svg.PLOT_LEFT, right);
        int row = 24;
        int top = 6;
        double bottom = top + rows.size() * row;
        Svg.open(html, title, (int) bottom + 26);
        Svg.valueAxis(html, x, ticks, top, bottom, unit);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = top + i * row + row / 2.0;
            String colour = Palette.colour(r.colourKey());
            String text = html.number(r.mid()) + unit + " (" + html.number(r.low()) + "–" + html.number(r.high()) + ")";
            html.raw("<g class=\"interval\"><title>")
                    .text(r.label() + ": " + text)
                    .raw("</title>");
            html.raw("<text class=\"label\" x=\"" + (Svg.PLOT_LEFT - 8) + "\" y=\"" + Svg.f(cy + 4)
                            + "\" text-anchor=\"end\">")
                    .text(Svg.cut(r.label(), 28))
                    .raw("</text>");
            String y = Svg.f(cy);
            String x0 = Svg.f(x.at(r.low()));
            String x1 = Svg.f(x.at(r.high()));
            html.raw("<line x1=\"" + x0 + "\" x2=\"" + x1 + "\" y1=\"" + y + "\" y2=\"" + y + "\" stroke=\"" + colour
                    + "\" stroke-width=\"3\" stroke-linecap=\"round\"/>");
            for (String end : new String[] {x0, x1}) {
                html.raw("<line x1=\"" + end + "\" x2=\"" + end + "\" y1=\"" + Svg.f(cy - 6) + "\" y2=\""
                        + Svg.f(cy + 6) + "\" stroke=\"" + colour + "\" stroke-width=\"2\"/>");
            }
            html.raw("<circle cx=\"" + Svg.f(x.at(r.mid())) + "\" cy=\"" + y + "\" r=\"5\" fill=\"#fff\" stroke=\""
                    + colour + "\" stroke-width=\"2.5\"/>");
            html.raw("<text class=\"value\" x=\"" + (right + 8) + "\" y=\"" + Svg.f(cy + 4) + "\">")
                    .text(text)
                    .raw("</text></g>");
        }
        Svg.close(html);
    }
}
