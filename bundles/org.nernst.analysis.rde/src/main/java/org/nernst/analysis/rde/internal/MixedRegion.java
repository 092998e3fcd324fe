package org.nernst.analysis.rde.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nernst.analysis.rde.RdeCurve;
import org.nernst.core.NernstException;

/**
 * Finds the default K-L potentials: the mixed kinetic/diffusion-control region, where the current
 * is neither negligible nor at its limit for every rotation rate, so both slope (n) and intercept
 * (j_k) are determined.
 */
public final class MixedRegion {
    private static final double SCAN_STEP_V = 0.001;

    private MixedRegion() {
    }

    /**
     * Limiting current density of one sweep, signed: the mean j over the {@code windowV} at the end of
     * the sweep where |j| is larger (the diffusion-limited end).
     */
    public static double plateau(RdeCurve c, double windowV) {
        double[] e = c.potentialV();
        double[] j = c.currentDensityACm2();
        double low = mean(e, j, e[0], e[0] + windowV);
        double high = mean(e, j, e[e.length - 1] - windowV, e[e.length - 1]);
        return Math.abs(low) >= Math.abs(high) ? low : high;
    }

    private static double mean(double[] e, double[] j, double from, double to) {
        double s = 0;
        int n = 0;
        for (int i = 0; i < e.length; i++) {
            if (e[i] >= from && e[i] <= to) {
                s += j[i];
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    /**
     * Grid potentials (multiples of {@code step}) inside the longest potential interval within
     * [lo, hi] where every curve has low <= j/j_L <= high; the interval's midpoint when it holds no
     * multiple of step. Refuses when no such interval exists.
     */
    public static List<Double> grid(List<RdeCurve> curves, double lo, double hi, double step, double smoothingV,
            double plateauV, double low, double high) {
        double[] limits = curves.stream().mapToDouble(c -> plateau(c, plateauV)).toArray();
        for (int k = 0; k < limits.length; k++) {
            if (limits[k] == 0) {
                throw NernstException.analysis(curves.get(k).label() + ": no limiting current found (zero current at"
                        + " the end of the sweep); give --at");
            }
        }
        double bestFrom = Double.NaN;
        double bestTo = Double.NaN;
        double runFrom = Double.NaN;
        int steps = (int) Math.floor((hi - lo) / SCAN_STEP_V);
        for (int s = 0; s <= steps; s++) {
            double e = lo + s * SCAN_STEP_V;
            boolean inside = true;
            for (int k = 0; k < limits.length && inside; k++) {
                double ratio = curves.get(k).currentDensityAt(e, smoothingV) / limits[k];
                inside = ratio >= low && ratio <= high;
            }
            if (inside && Double.isNaN(runFrom)) {
                runFrom = e;
            }
            boolean last = s == steps;
            if (!Double.isNaN(runFrom) && (!inside || last)) {
                double runTo = inside ? e : e - SCAN_STEP_V;
                if (Double.isNaN(bestFrom) || runTo - runFrom > bestTo - bestFrom) {
                    bestFrom = runFrom;
                    bestTo = runTo;
                }
                runFrom = Double.NaN;
            }
        }
        if (Double.isNaN(bestFrom)) {
            throw NernstException.analysis(String.format(Locale.ROOT, "no mixed-control region common to all rotation"
                    + " rates (where %.0f-%.0f %% of each limiting current flows) between %.3f and %.3f V; give --at",
                    100 * low, 100 * high, lo, hi));
        }
        List<Double> out = new ArrayList<>();
        long first = (long) Math.ceil(bestFrom / step - 1e-9);
        long last = (long) Math.floor(bestTo / step + 1e-9);
        for (long m = first; m <= last; m++) {
            out.add(round(m * step));
        }
        if (out.isEmpty()) {
            out.add(round((bestFrom + bestTo) / 2));
        }
        return out;
    }

    /** Rounds to 0.1 mV so grid values print cleanly (0.84 rather than 0.8400000000000001). */
    static double round(double v) {
        return Math.rint(v * 1e4) / 1e4;
    }
}
