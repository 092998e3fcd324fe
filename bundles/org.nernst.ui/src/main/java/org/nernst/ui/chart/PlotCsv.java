package org.nernst.ui.chart;

import java.util.List;
import java.util.Locale;

/** The numbers of a plot as CSV: an x and a y column per series, shorter series padded with empty cells. */
public final class PlotCsv {
    private PlotCsv() {
    }

    public static String format(List<Plot.Series> series, String xTitle, String yTitle, String y2Title) {
        StringBuilder sb = new StringBuilder();
        int rows = 0;
        for (int k = 0; k < series.size(); k++) {
            Plot.Series s = series.get(k);
            rows = Math.max(rows, s.x().length);
            sb.append(k == 0 ? "" : ",").append(quote(s.name() + ": " + xTitle)).append(',')
                    .append(quote(s.name() + ": " + (s.secondAxis() ? y2Title : yTitle)));
        }
        sb.append('\n');
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < series.size(); k++) {
                Plot.Series s = series.get(k);
                if (k > 0) {
                    sb.append(',');
                }
                if (i < s.x().length) {
                    sb.append(num(s.x()[i])).append(',').append(num(s.y()[i]));
                } else {
                    sb.append(',');
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.9g", v) : "";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
