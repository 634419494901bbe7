package org.xiaoqu.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Geometry shared by the charts: nice axis ticks, coordinates, label cutting, the horizontal axis. */
final class Svg {
    /** Width of every chart's viewBox; the SVG scales to its container. */
    static final int WIDTH = 720;
    /** Left edge of the plot (labels sit left of it). */
    static final int PLOT_LEFT = 210;
    /** Right edge of the plot (values sit right of it). */
    static final int PLOT_RIGHT = 640;

    private Svg() {}

    /** Ticks at 1, 2, 2.5 or 5 times a power of ten covering [lo, hi], about {@code target} of them. */
    static List<Double> ticks(double lo, double hi, int target) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / Math.max(target, 1);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        double step = power * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10);
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        if (ticks.get(ticks.size() - 1) < hi - step * 1e-9) {
            ticks.add(ticks.get(ticks.size() - 1) + step);
        }
        return ticks;
    }

    /** A coordinate with one decimal. */
    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The label, cut with an ellipsis to about {@code width} narrow characters (wide ones count two). */
    static String cut(String label, int width) {
        if (ExcelBook.displayWidth(label) <= width) {
            return label;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            int cw = ExcelBook.displayWidth(new String(Character.toChars(cp)));
            if (w + cw > width - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** Opens a chart figure with its title and an SVG of the given height. */
    static void open(Html html, String title, int height) {
        String id = html.id("c");
        html.raw("<figure class=\"chart\"><figcaption id=\"")
                .raw(id)
                .raw("\">")
                .text(title)
                .raw("</figcaption>");
        html.raw("<svg viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-labelledby=\"" + id + "\">");
    }

    static void close(Html html) {
        html.raw("</svg></figure>");
    }

    /** Vertical grid lines and tick labels of a horizontal value axis from y0 to y1. */
    static void valueAxis(Html html, Scale x, List<Double> ticks, double y0, double y1, String unit) {
        html.raw("<g class=\"axis\">");
        for (double t : ticks) {
            String px = f(x.at(t));
            html.raw("<line x1=\"" + px + "\" x2=\"" + px + "\" y1=\"" + f(y0) + "\" y2=\"" + f(y1) + "\"/>");
            html.raw("<text x=\"" + px + "\" y=\"" + f(y1 + 15) + "\" text-anchor=\"middle\">")
                    .text(html.number(t) + unit)
                    .raw("</text>");
        }
        html.raw("</g>");
    }

    /** A linear map from values to x pixels. */
    record Scale(double lo, double hi, double left, double right) {
        double at(double v) {
            return hi == lo ? left : left + (v - lo) / (hi - lo) * (right - left);
        }
    }
}
