package org.xiaoqu.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal stacked bars: one bar per category, one coloured segment per series, a legend above and the
 * total after each bar.
 *
 * <pre>{@code
 * StackedBarChart.of("各区评定等级").series("优秀", "优秀").series("合格", "合格").series("不合格", "不合格")
 *         .category("天心区", 12, 30, 3).category("雨花区", 8, 25, 9).unit(" 个")
 * }</pre>
 */
public final class StackedBarChart implements Block {
    private record Series(String name, @Nullable String colourKey) {}

    private record Category(String label, double[] values) {}

    private final String title;
    private final List<Series> series = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private String unit = "";

    private StackedBarChart(String title) {
        this.title = title;
    }

    /** An empty chart; add the series, then the categories. */
    public static StackedBarChart of(String title) {
        return new StackedBarChart(title);
    }

    /** A series coloured by its own name as key. */
    public StackedBarChart series(String name) {
        return series(name, name);
    }

    /** A series coloured by {@code colourKey} ({@link Palette}). */
    public StackedBarChart series(String name, @Nullable String colourKey) {
        if (!categories.isEmpty()) {
            throw new IllegalStateException("add every series before the first category");
        }
        series.add(new Series(name, colourKey));
        return this;
    }

    /** A bar: one non-negative value per series, in series order. */
    public StackedBarChart category(String label, double... values) {
        if (values.length != series.size()) {
            throw new IllegalArgumentException(
                    "category " + label + " has " + values.length + " values for " + series.size() + " series");
        }
        categories.add(new Category(label, values.clone()));
        return this;
    }

    /** A unit written after values. */
    public StackedBarChart unit(String unit) {
        this.unit = unit;
        return this;
    }

    /** Pixels a legend character takes (capitals of the chart's font are wider than the average). */
    private static final double LEGEND_CHAR = 7.4;
    /** Pixels between legend lines. */
    private static final int LEGEND_LINE = 20;

    @Override
    public void render(Html html) {
        double hi = 0;
        for (Category c : categories) {
            hi = Math.max(hi, Arrays.stream(c.values()).filter(v -> v > 0).sum());
        }
        List<Double> ticks = Svg.ticks(0, hi == 0 ? 1 : hi, 5);
        Svg.Scale x = new Svg.Scale(0, ticks.get(ticks.size() - 1), Svg.PLOT_LEFT, Svg.PLOT_RIGHT);
        // the legend wraps onto as many lines as its entries need, from the plot's left edge to the chart's right
        List<double[]> places = new ArrayList<>();
        double lx = Svg.PLOT_LEFT;
        double ly = 4;
        for (Series se : series) {
            double w = 16 + ExcelBook.displayWidth(se.name()) * LEGEND_CHAR + 14;
            if (lx > Svg.PLOT_LEFT && lx + w > Svg.WIDTH) {
                lx = Svg.PLOT_LEFT;
                ly += LEGEND_LINE;
            }
            places.add(new double[] {lx, ly});
            lx += w;
        }
        int legend = (int) ly + LEGEND_LINE;
        int row = 26;
        int height = legend + categories.size() * row + 26;
        Svg.open(html, title, height);
        for (int s = 0; s < series.size(); s++) {
            double[] p = places.get(s);
            html.raw("<rect x=\"" + Svg.f(p[0]) + "\" y=\"" + Svg.f(p[1])
                    + "\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" + colour(s) + "\"/>");
            html.raw("<text class=\"legend\" x=\"" + Svg.f(p[0] + 16) + "\" y=\"" + Svg.f(p[1] + 10) + "\">")
                    .text(series.get(s).name())
                    .raw("</text>");
        }
        double bottom = legend + categories.size() * row;
        Svg.valueAxis(html, x, ticks, legend, bottom, unit);
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            double y = legend + i * row;
            html.raw("<text class=\"label\" x=\"" + (Svg.PLOT_LEFT - 8) + "\" y=\"" + Svg.f(y + 17)
                            + "\" text-anchor=\"end\">")
                    .text(Svg.cut(c.label(), 28))
                    .raw("</text>");
            double at = 0;
            double total = 0;
            for (int s = 0; s < series.size(); s++) {
                double v = c.values()[s];
                if (!(v > 0)) {
                    continue;
                }
                double x0 = x.at(at);
                double x1 = x.at(at + v);
                html.raw("<rect x=\"" + Svg.f(x0) + "\" y=\"" + Svg.f(y + 4) + "\" width=\"" + Svg.f(x1 - x0)
                        + "\" height=\"18\" fill=\"" + colour(s) + "\"><title>");
                html.text(c.label() + " · " + series.get(s).name() + ": " + html.number(v) + unit)
                        .raw("</title></rect>");
                String shown = html.number(v);
                if (x1 - x0 > shown.length() * 7 + 6) {
                    html.raw("<text class=\"inside\" x=\"" + Svg.f((x0 + x1) / 2) + "\" y=\"" + Svg.f(y + 17)
                                    + "\" text-anchor=\"middle\">")
                            .text(shown)
                            .raw("</text>");
                }
                at += v;
                total += v;
            }
            html.raw("<text class=\"value\" x=\"" + Svg.f(x.at(at) + 5) + "\" y=\"" + Svg.f(y + 17) + "\">")
                    .text(html.number(total) + unit)
                    .raw("</text>");
        }
        Svg.close(html);
    }

    private String colour(int s) {
        String key = series.get(s).colourKey();
        return key == null ? Palette.nth(s) : Palette.colour(key);
    }
}
