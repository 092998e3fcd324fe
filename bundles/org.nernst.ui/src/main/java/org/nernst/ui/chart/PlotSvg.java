package org.nernst.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link PlotModel} as a standalone SVG 1.1 document: real vector graphics (a path per line
 * series, a circle per symbol, axes with ticks and labels, markers, legend), so a figure stays
 * sharp in a paper and its numbers can be edited in Inkscape or Illustrator. Plain Java, no SWT.
 *
 * <p>Elements carry classes ({@code series}, {@code tick-label}, {@code axis-title}, {@code marker},
 * {@code legend}) and series their name in {@code data-name}, so the file is easy to restyle.
 */
public final class PlotSvg {
    private static final int LEFT = 78;
    private static final int TOP = 34;
    private static final int BOTTOM = 48;
    private static final int LEGEND_ROW = 18;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private PlotSvg() {
    }

    public static String render(PlotModel m) {
        int right = m.y2().isPresent() ? 78 : 24;
        int legendRows = m.series().isEmpty() ? 0 : 1 + (m.series().size() - 1) / 4;
        int pw = m.width() - LEFT - right;
        int ph = m.height() - TOP - BOTTOM - legendRows * LEGEND_ROW;
        if (pw < 20 || ph < 20) {
            throw new IllegalArgumentException("the plot is too small for axes and legend: " + m.width() + " x " + m.height());
        }
        Frame f = new Frame(LEFT, TOP, pw, ph);
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                m.width(), m.height(), m.width(), m.height()));
        sb.append("<title>").append(esc(m.title())).append("</title>\n");
        sb.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", m.width(), m.height()));
        sb.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%.1f\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" %s>%s</text>%n",
                m.width() / 2.0, FONT, esc(m.title())));
        sb.append(String.format(Locale.ROOT, "<defs><clipPath id=\"plot-area\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath></defs>%n",
                f.x, f.y, f.w, f.h));
        axes(sb, m, f);
        for (PlotModel.StyledSeries s : m.series()) {
            series(sb, s, m.x(), s.data().secondAxis() && m.y2().isPresent() ? m.y2().get() : m.y(), f);
        }
        markers(sb, m, f);
        legend(sb, m, f);
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** The plot area in SVG pixels. */
    private record Frame(int x, int y, int w, int h) {
        double px(PlotModel.Axis a, double v) {
            return x + a.fraction(v) * w;
        }

        double py(PlotModel.Axis a, double v) {
            return y + h - a.fraction(v) * h;
        }
    }

    private static void axes(StringBuilder sb, PlotModel m, Frame f) {
        sb.append("<g class=\"axes\" stroke=\"#333\" fill=\"none\" stroke-width=\"1\">\n");
        sb.append(String.format(Locale.ROOT, "<rect class=\"frame\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n", f.x, f.y, f.w, f.h));
        StringBuilder labels = new StringBuilder();
        for (double t : Ticks.of(m.x())) {
            double x = f.px(m.x(), t);
            sb.append(line("tick x", x, f.y + f.h, x, f.y + f.h + 5));
            sb.append(line("grid x", x, f.y, x, f.y + f.h).replace("/>", " stroke=\"#ddd\"/>"));
            labels.append(text("tick-label x", x, f.y + f.h + 18, "middle", Ticks.label(t, m.x()), 11));
        }
        for (double t : Ticks.of(m.y())) {
            double y = f.py(m.y(), t);
            sb.append(line("tick y", f.x - 5, y, f.x, y));
            sb.append(line("grid y", f.x, y, f.x + f.w, y).replace("/>", " stroke=\"#ddd\"/>"));
            labels.append(text("tick-label y", f.x - 8, y + 4, "end", Ticks.label(t, m.y()), 11));
        }
        m.y2().ifPresent(a -> {
            for (double t : Ticks.of(a)) {
                double y = f.py(a, t);
                sb.append(line("tick y2", f.x + f.w, y, f.x + f.w + 5, y));
                labels.append(text("tick-label y2", f.x + f.w + 8, y + 4, "start", Ticks.label(t, a), 11));
            }
        });
        sb.append("</g>\n<g class=\"labels\" fill=\"#222\">\n").append(labels);
        sb.append(text("axis-title x", f.x + f.w / 2.0, f.y + f.h + 38, "middle", m.x().title(), 13));
        sb.append(rotated("axis-title y", 18, f.y + f.h / 2.0, -90, m.y().title()));
        m.y2().ifPresent(a -> sb.append(rotated("axis-title y2", m.width() - 14, f.y + f.h / 2.0, 90, a.title())));
        sb.append("</g>\n");
    }

    private static void series(StringBuilder sb, PlotModel.StyledSeries s, PlotModel.Axis xa, PlotModel.Axis ya, Frame f) {
        String color = String.format(Locale.ROOT, "#%06x", s.rgb() & 0xffffff);
        double[] x = s.data().x();
        double[] y = s.data().y();
        int n = Math.min(x.length, y.length);
        sb.append("<g class=\"series\" data-name=\"").append(esc(s.data().name())).append("\" clip-path=\"url(#plot-area)\"");
        if (s.symbols()) {
            sb.append(" fill=\"").append(color).append("\">\n");
            for (int i = 0; i < n; i++) {
                if (drawable(xa, x[i]) && drawable(ya, y[i])) {
                    sb.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3\"/>%n", f.px(xa, x[i]), f.py(ya, y[i])));
                }
            }
        } else {
            sb.append(">\n<path fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.8\" stroke-linejoin=\"round\" d=\"");
            boolean pen = false;
            for (int i = 0; i < n; i++) {
                if (!drawable(xa, x[i]) || !drawable(ya, y[i])) {
                    pen = false; // a gap: undefined points (NaN, non-positive on a log axis) break the line
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "%s%.2f %.2f ", pen ? "L" : "M", f.px(xa, x[i]), f.py(ya, y[i])));
                pen = true;
            }
            sb.append("\"/>\n");
        }
        sb.append("</g>\n");
    }

    private static boolean drawable(PlotModel.Axis a, double v) {
        return Double.isFinite(v) && (!a.log() || v > 0);
    }

    private static void markers(StringBuilder sb, PlotModel m, Frame f) {
        if (m.markers().isEmpty()) {
            return;
        }
        sb.append("<g class=\"markers\" stroke=\"#555\">\n");
        for (int k = 0; k < m.markers().size(); k++) {
            Plot.Marker mk = m.markers().get(k);
            if (!drawable(m.x(), mk.x())) {
                continue;
            }
            double x = f.px(m.x(), mk.x());
            if (x < f.x || x > f.x + f.w) {
                continue;
            }
            sb.append(line("marker", x, f.y, x, f.y + f.h).replace("/>", " stroke-dasharray=\"5 4\"/>"));
            // labels step down like on screen; near the right edge they go left of the line
            boolean left = x > f.x + 0.75 * f.w;
            sb.append(text("marker-label", left ? x - 4 : x + 4, f.y + 14 + 16 * k, left ? "end" : "start", mk.label(), 11)
                    .replace("<text ", "<text stroke=\"none\" fill=\"#333\" "));
        }
        sb.append("</g>\n");
    }

    private static void legend(StringBuilder sb, PlotModel m, Frame f) {
        if (m.series().isEmpty()) {
            return;
        }
        sb.append("<g class=\"legend\">\n");
        int colW = Math.max(120, f.w / 4);
        for (int k = 0; k < m.series().size(); k++) {
            PlotModel.StyledSeries s = m.series().get(k);
            String color = String.format(Locale.ROOT, "#%06x", s.rgb() & 0xffffff);
            double x = f.x + (k % 4) * colW;
            double y = f.y + f.h + BOTTOM + 6 + (k / 4) * LEGEND_ROW;
            if (s.symbols()) {
                sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n", x + 10, y - 4, color));
            } else {
                sb.append(line("swatch", x, y - 4, x + 20, y - 4).replace("/>", " stroke=\"" + color + "\" stroke-width=\"2\"/>"));
            }
            sb.append(text("legend-label", x + 26, y, "start", s.data().name(), 12));
        }
        sb.append("</g>\n");
    }

    private static String line(String cls, double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>%n", cls, x1, y1, x2, y2);
    }

    private static String text(String cls, double x, double y, String anchor, String s, int size) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" font-size=\"%d\" %s>%s</text>%n",
                cls, x, y, anchor, size, FONT, esc(s));
    }

    private static String rotated(String cls, double x, double y, int deg, String s) {
        return String.format(Locale.ROOT,
                "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" transform=\"rotate(%d %.2f %.2f)\" text-anchor=\"middle\" font-size=\"13\" %s>%s</text>%n",
                cls, x, y, deg, x, y, FONT, esc(s));
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Tick positions and labels: 1-2-5 steps on linear axes, decades (with 2 and 5 when few) on log axes. */
    static final class Ticks {
        private Ticks() {
        }

        static List<Double> of(PlotModel.Axis a) {
            List<Double> out = new ArrayList<>();
            if (a.log()) {
                int lo = (int) Math.floor(Math.log10(a.lower()));
                int hi = (int) Math.ceil(Math.log10(a.upper()));
                double[] mult = Math.log10(a.upper() / a.lower()) <= 2 ? new double[] {1, 2, 5} : new double[] {1};
                int every = Math.max(1, (hi - lo) / 8);
                for (int e = lo; e <= hi; e++) {
                    for (double k : mult) {
                        double v = k * Math.pow(10, e);
                        if (v >= a.lower() * (1 - 1e-12) && v <= a.upper() * (1 + 1e-12) && (k != 1 || (e - lo) % every == 0)) {
                            out.add(v);
                        }
                    }
                }
                return out;
            }
            double step = step(a);
            double first = Math.ceil(a.lower() / step - 1e-9) * step;
            for (double v = first; v <= a.upper() + step * 1e-9; v += step) {
                out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
                if (out.size() > 50) {
                    break;
                }
            }
            return out;
        }

        static double step(PlotModel.Axis a) {
            double raw = (a.upper() - a.lower()) / 6;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double r = raw / mag;
            return (r < 1.5 ? 1 : r < 3.5 ? 2 : r < 7.5 ? 5 : 10) * mag;
        }

        static String label(double v, PlotModel.Axis a) {
            if (v == 0) {
                return "0";
            }
            double mag = Math.abs(v);
            if (mag >= 1e5 || mag < 1e-3) {
                int e = (int) Math.floor(Math.log10(mag) + 1e-9);
                return trim(String.format(Locale.ROOT, "%.2f", v / Math.pow(10, e))) + "e" + e;
            }
            if (a.log()) {
                return String.format(Locale.ROOT, "%s", trim(String.format(Locale.ROOT, "%.4f", v)));
            }
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step(a)) + 1e-9));
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }

        private static String trim(String s) {
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
    }
}
