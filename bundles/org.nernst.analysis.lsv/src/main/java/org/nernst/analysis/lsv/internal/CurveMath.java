package org.nernst.analysis.lsv.internal;

import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.SavitzkyGolay;

/** Crossings, plateaus and tangents on a corrected curve (potentials increasing). */
public final class CurveMath {
    private CurveMath() {
    }

    /** Where the reaction current s*j first stays above a threshold, walking from the reaction end. */
    public record Crossing(State state, double potentialV) {
        public enum State { FOUND, NEVER_REACHED, ABOVE_EVERYWHERE }
    }

    /**
     * The potential beyond which s·j stays above {@code threshold} for the rest of the sweep toward the reaction
     * (cli.md onset definition): walk from the reaction end (lowest E for s = -1, highest for s = +1) while the
     * reaction current exceeds the threshold, and interpolate the crossing where it stops.
     */
    public static Crossing stayAbove(double[] e, double[] j, int s, double threshold) {
        int n = e.length;
        int start = s < 0 ? 0 : n - 1;
        int step = s < 0 ? 1 : -1;
        if (s * j[start] <= threshold) {
            return new Crossing(Crossing.State.NEVER_REACHED, Double.NaN);
        }
        int prev = start;
        for (int k = start + step; k >= 0 && k < n; k += step) {
            if (s * j[k] <= threshold) {
                return new Crossing(Crossing.State.FOUND, lerpAt(e[prev], s * j[prev], e[k], s * j[k], threshold));
            }
            prev = k;
        }
        return new Crossing(Crossing.State.ABOVE_EVERYWHERE, Double.NaN);
    }

    /** The most positive potential where j reaches {@code target} (walking down from the top end). */
    public static OptionalDouble mostPositiveCrossing(double[] e, double[] j, double target) {
        int n = e.length;
        double sign = Math.signum(target);
        if (sign * j[n - 1] >= sign * target) {
            return OptionalDouble.empty();
        }
        for (int k = n - 2; k >= 0; k--) {
            if (sign * j[k] >= sign * target) {
                return OptionalDouble.of(lerpAt(e[k + 1], j[k + 1], e[k], j[k], target));
            }
        }
        return OptionalDouble.empty();
    }

    /** Mean and relative change (fraction of |mean|, from a least-squares line) of j over rows with lo <= E <= hi. */
    public record Plateau(double mean, double relativeChange, int points) {
    }

    public static Plateau plateau(double[] e, double[] j, double lo, double hi) {
        double se = 0;
        double sj = 0;
        int n = 0;
        for (int k = 0; k < e.length; k++) {
            if (e[k] >= lo && e[k] <= hi) {
                se += e[k];
                sj += j[k];
                n++;
            }
        }
        if (n < 3) {
            return new Plateau(Double.NaN, Double.NaN, n);
        }
        double me = se / n;
        double mj = sj / n;
        double sxx = 0;
        double sxy = 0;
        double elo = Double.POSITIVE_INFINITY;
        double ehi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < e.length; k++) {
            if (e[k] >= lo && e[k] <= hi) {
                sxx += (e[k] - me) * (e[k] - me);
                sxy += (e[k] - me) * (j[k] - mj);
                elo = Math.min(elo, e[k]);
                ehi = Math.max(ehi, e[k]);
            }
        }
        double slope = sxy / sxx;
        return new Plateau(mj, Math.abs(slope * (ehi - elo) / mj), n);
    }

    /** Linear interpolation of y at potential x on increasing e (NaN outside). */
    public static double at(double[] e, double[] y, double x) {
        if (x < e[0] || x > e[e.length - 1]) {
            return Double.NaN;
        }
        for (int k = 1; k < e.length; k++) {
            if (e[k] >= x) {
                return lerpAt(y[k - 1], e[k - 1], y[k], e[k], x);
            }
        }
        return y[e.length - 1];
    }

    /**
     * Tangent onset: the steepest point of the (Savitzky–Golay smoothed) reaction current, its tangent from a
     * local line fit, intersected with the baseline (mean reaction current over the 50 mV of the sweep farthest
     * from the reaction). Empty when the curve is too short.
     */
    public static OptionalDouble tangentOnset(double[] e, double[] j, int s) {
        int n = e.length;
        if (n < 15) {
            return OptionalDouble.empty();
        }
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = s * j[k];
        }
        int w = Math.min(21, (n / 4) * 2 + 1);
        double[] sm = new SavitzkyGolay(Math.max(5, w), 2).smooth(r);
        int best = -1;
        double steep = 0;
        for (int k = 1; k < n - 1; k++) {
            double d = Math.abs((sm[k + 1] - sm[k - 1]) / (e[k + 1] - e[k - 1]));
            if (d > steep) {
                steep = d;
                best = k;
            }
        }
        int a = Math.max(0, best - 3);
        int b = Math.min(n, best + 4);
        double me = 0;
        double mr = 0;
        for (int k = a; k < b; k++) {
            me += e[k];
            mr += sm[k];
        }
        me /= b - a;
        mr /= b - a;
        double sxx = 0;
        double sxy = 0;
        for (int k = a; k < b; k++) {
            sxx += (e[k] - me) * (e[k] - me);
            sxy += (e[k] - me) * (sm[k] - mr);
        }
        double slope = sxy / sxx;
        double base = 0;
        int nb = 0;
        double far = s < 0 ? e[n - 1] : e[0];
        for (int k = 0; k < n; k++) {
            if (Math.abs(e[k] - far) <= 0.05) {
                base += r[k];
                nb++;
            }
        }
        base /= nb;
        if (slope == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(me + (base - mr) / slope);
    }

    /** x where the line through (x0, y0), (x1, y1) reaches y. */
    private static double lerpAt(double x0, double y0, double x1, double y1, double y) {
        return y1 == y0 ? x0 : x0 + (x1 - x0) * (y - y0) / (y1 - y0);
    }
}
