package org.xiaoqu.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal bars, one per label, with the value at the end of each bar.
 *
 * <pre>{@code
 * BarChart.horizontal("各街道匹配率").bar("天心街道", 93.5, "良好").bar("雨花街道", 71.2, "不合格").unit("%")
 * }</pre>
 */
public final class BarChart implements Block {
    private record Bar(String label, double value, @Nullable String colourKey) {}

    private final String title;
    private final List<Bar> bars = new ArrayList<>();
    private String unit = "";

    private BarChart(String title) {
        this.title = title;
    }

    /** A chart with horizontal bars. */
    public static BarChart horizontal(String title) {
        return new BarChart(title);
    }

    /** A bar in the default colour. */
    public BarChart bar(String label, double value) {
        return bar(label, value, null);
    }

    /** A bar coloured by its key ({@link Palette}). */
    public BarChart bar(String label, double value, @Nullable String colourKey) {
        bars.add(new Bar(label, value, colourKey));
        return this;
    }

    /** A unit written after every value ({@code "%"}, {@code " 户"}). */
    public BarChart unit(String unit) {
        this.unit = unit;
        return this;
    }

    @Override
    public void render(Html html) {
        double lo = 0;
        double hi = 0;
        for (Bar b : bars) {
            if (Double.isFinite(b.value())) {
                lo = Math.min(lo, b.value());
                hi = Math.max(hi, b.value());
            }
        }
        List<Double> ticks = Svg.ticks(lo, hi == lo ? lo + 1 : hi, 5);
        Svg.Scale x = new Svg.Scale(ticks.get(0), ticks.get(ticks.size() - 1), Svg.PLOT_LEFT, Svg.PLOT_RIGHT);
        int row = 26;
        int top = 6;
        int height = top + bars.size() * row + 26;
        Svg.open(html, title, Math.max(height, 50));
        double bottom = top + bars.size() * row;
        Svg.valueAxis(html, x, ticks, top, bottom, unit);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * row;
            double v = Double.isFinite(b.value()) ? b.value() : 0;
            double x0 = x.at(Math.min(0, v));
            double x1 = x.at(Math.max(0, v));
            html.raw("<g class=\"bar\"><title>").text(b.label() + ": " + html.number(b.value()) + unit);
            html.raw("</title><text class=\"label\" x=\"" + (Svg.PLOT_LEFT - 8) + "\" y=\"" + Svg.f(y + 17)
                            + "\" text-anchor=\"end\">")
                    .text(Svg.cut(b.label(), 28))
                    .raw("</text>");
            html.raw("<rect x=\"" + Svg.f(x0) + "\" y=\"" + Svg.f(y + 4) + "\" width=\"" + Svg.f(Math.max(x1 - x0, 1))
                    + "\" height=\"18\" rx=\"2\" fill=\"" + Palette.colour(b.colourKey()) + "\"/>");
            html.raw("<text class=\"value\" x=\"" + Svg.f(x.at(Math.max(0, v)) + 5) + "\" y=\"" + Svg.f(y + 17) + "\">")
                    .text(html.number(b.value()) + unit)
                    .raw("</text></g>");
        }
        Svg.close(html);
    }
}
