package org.nernst.ui.chart;

import java.util.List;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/** Data ranges for {@link Plot}: finite points only, axes fitted to the data with a small margin. */
final class PlotRanges {
    private PlotRanges() {
    }

    /** Drops points where x or y is not finite (analyses mark "undefined here" with NaN). */
    static Plot.Series finiteOnly(Plot.Series s) {
        int n = Math.min(s.x().length, s.y().length);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                ok++;
            }
        }
        if (ok == s.x().length && ok == s.y().length) {
            return s;
        }
        double[] x = new double[ok];
        double[] y = new double[ok];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                x[k] = s.x()[i];
                y[k++] = s.y()[i];
            }
        }
        return new Plot.Series(s.name(), x, y, s.secondAxis());
    }

    static void fitAxis(IAxis a, List<double[]> data) {
        boolean log = a.isLogScaleEnabled();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] d : data) {
            for (double v : d) {
                if (Double.isFinite(v) && (!log || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return;
        }
        if (log) {
            a.setRange(new Range(lo / 1.2, hi * 1.2));
            return;
        }
        double pad = hi > lo ? 0.04 * (hi - lo) : Math.max(1e-12, Math.abs(hi) * 0.1);
        a.setRange(new Range(lo - pad, hi + pad));
    }
}
