package org.nernst.ui.rde.internal;

import java.util.List;
import java.util.Locale;
import org.eclipse.swtchart.ILineSeries;
import org.nernst.analysis.rde.KlPoint;
import org.nernst.analysis.rde.KlResult;
import org.nernst.ui.chart.Plot;

/** Draws a K-L result: a few K-L lines (points measured, line fitted) and the electron number over potential. */
final class KlPlots {
    /** One colour per K-L line (points and fitted line alike); the first is the shell plots' first series colour. */
    static final int[][] LINE_COLORS = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {255, 127, 14}, {148, 103, 189},
        {140, 86, 75}};
    private KlPlots() {
    }

    /** Up to {@code max} potentials spread evenly over the analysed ones (first and last included). */
    static List<KlPoint> spread(List<KlPoint> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        List<KlPoint> out = new java.util.ArrayList<>();
        for (int i = 0; i < max; i++) {
            out.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (max - 1))));
        }
        return out;
    }

    /**
     * 1/|j| against ω^-1/2 with ω = 2π·rpm/60 (Bard & Faulkner, Electrochemical Methods 2nd ed., eq. 9.3.22
     * for the Levich term that makes K-L plots linear in ω^-1/2), each line from the result's own regression.
     */
    static void lines(Plot p, KlResult r, int max) {
        String scale = r.rhe() ? "V vs RHE" : "V vs ref";
        p.axisTitles("ω^-1/2 [(rad/s)^-1/2]", "1/|j| [cm² mA⁻¹]");
        double[] x = r.rpm().stream().mapToDouble(rpm -> 1 / Math.sqrt(2 * Math.PI * rpm / 60)).toArray();
        double[] xfit = {0, x[0] * 1.05};
        int i = 0;
        for (KlPoint k : spread(r.points(), max)) {
            int[] c = LINE_COLORS[i++ % LINE_COLORS.length];
            org.eclipse.swt.graphics.Color color = new org.eclipse.swt.graphics.Color(c[0], c[1], c[2]);
            double[] y = k.currentDensitiesMaCm2().stream().mapToDouble(j -> 1 / Math.abs(j)).toArray();
            ILineSeries<?> pts = p.points(String.format(Locale.ROOT, "%.3f %s (n %.2f)", k.potentialV(), scale, k.n()), x, y);
            pts.setSymbolSize(5);
            pts.setSymbolColor(color);
            double[] yfit = {k.intercept() + k.slope() * xfit[0], k.intercept() + k.slope() * xfit[1]};
            ILineSeries<?> fit = p.line("fit " + k.potentialV(), xfit, yfit);
            fit.setLineColor(color);
            fit.setLineWidth(1);
            fit.setVisibleInLegend(false);
        }
        p.fit();
    }

    static void electronNumber(Plot p, KlResult r) {
        String scale = r.rhe() ? "V vs RHE" : "V vs ref";
        p.axisTitles("E [" + scale + "]", "n");
        double[] e = r.points().stream().mapToDouble(KlPoint::potentialV).toArray();
        double[] n = r.points().stream().mapToDouble(KlPoint::n).toArray();
        p.chart().getTitle().setText(String.format(Locale.ROOT, "n(E): mean %.2f ± %.2f", r.nMean(), r.nStd()));
        p.line("n", e, n).setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        p.fit();
        // n of O2 reduction lies between 2 (peroxide) and 4 (water): keep that frame even when n is flat
        var y = p.chart().getAxisSet().getYAxis(0);
        var range = y.getRange();
        y.setRange(new org.eclipse.swtchart.Range(Math.min(range.lower, 1.5), Math.max(range.upper, 4.5)));
        p.chart().redraw();
    }
}
