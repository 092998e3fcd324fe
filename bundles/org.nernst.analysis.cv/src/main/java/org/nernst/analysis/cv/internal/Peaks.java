package org.nernst.analysis.cv.internal;

import java.util.Optional;
import org.nernst.analysis.cv.CvPeak;

/**
 * Peak of one sweep above a linear baseline extrapolated from the start of the sweep, the usual way of
 * measuring CV peak currents (Bard & Faulkner, Electrochemical Methods, 2nd ed., 2001, §6.2.2 and Fig. 6.2.3:
 * the peak current is read from the extrapolated baseline of the charging/foot current).
 */
public final class Peaks {
    private Peaks() {
    }

    /**
     * @param e     potentials in sweep order
     * @param i     currents (A) in sweep order
     * @param sign  +1 for an anodic (maximum), -1 for a cathodic (minimum) peak
     * @param frac  share of the sweep (after a 2 % reversal transient) for the baseline
     */
    public static Optional<CvPeak> find(double[] e, double[] i, int sign, double frac) {
        int n = e.length;
        int skip = Math.max(1, (int) Math.round(0.02 * n));
        int b1 = skip + Math.max(3, (int) Math.round(frac * n));
        int end = n - skip;
        if (b1 + 5 >= end) {
            return Optional.empty();
        }
        Numeric.Line base = Numeric.fit(e, i, skip, b1);
        int best = -1;
        double top = 0;
        for (int k = b1; k < end; k++) {
            double y = sign * (i[k] - base.at(e[k]));
            if (y > top) {
                top = y;
                best = k;
            }
        }
        // a maximum at the vertex is a rising wave (solvent, OER), not a peak
        if (best < 0 || best >= end - 2) {
            return Optional.empty();
        }
        // a peak must stand out: at least 2 % of the current range of the sweep above the baseline
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : i) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (top < 0.02 * (hi - lo)) {
            return Optional.empty();
        }
        double tail = sign * (i[end - 1] - base.at(e[end - 1]));
        if (tail > 0.98 * top) {
            return Optional.empty();
        }
        double step = Math.abs(e[n - 1] - e[0]) / (n - 1);
        int half = Math.max(2, (int) Math.round(0.005 / Math.max(step, 1e-9)));
        double ep = vertex(e, i, best, half);
        double raw = i[best];
        double bl = base.at(ep);
        // the current at the refined potential, on the same parabola (the sample when the parabola disagrees in sign)
        double ip = peakCurrent(e, i, best, half, ep) - bl;
        if (!(sign * ip > 0)) {
            ep = e[best];
            ip = raw - base.at(ep);
            bl = base.at(ep);
        }
        return Optional.of(new CvPeak(ep, ip * 1e3, raw * 1e3, bl * 1e3));
    }

    /** Vertex of the least-squares parabola through points best ± half (falls back to the sample). */
    private static double vertex(double[] e, double[] i, int best, int half) {
        double[] c = quadratic(e, i, best, half);
        if (c == null || !(c[2] != 0)) {
            return e[best];
        }
        double v = -c[1] / (2 * c[2]);
        double lo = Math.min(e[Math.max(0, best - half)], e[Math.min(e.length - 1, best + half)]);
        double hi = Math.max(e[Math.max(0, best - half)], e[Math.min(e.length - 1, best + half)]);
        return v >= lo && v <= hi ? v : e[best];
    }

    private static double peakCurrent(double[] e, double[] i, int best, int half, double ep) {
        double[] c = quadratic(e, i, best, half);
        return c == null ? i[best] : c[0] + c[1] * ep + c[2] * ep * ep;
    }

    /** Coefficients a0 + a1 x + a2 x² by normal equations (x centred for conditioning). */
    private static double[] quadratic(double[] e, double[] i, int best, int half) {
        int from = Math.max(0, best - half);
        int to = Math.min(e.length, best + half + 1);
        if (to - from < 3) {
            return null;
        }
        double x0 = e[best];
        double[][] a = new double[3][4];
        for (int k = from; k < to; k++) {
            double x = e[k] - x0;
            double[] p = {1, x, x * x};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    a[r][c] += p[r] * p[c];
                }
                a[r][3] += p[r] * i[k];
            }
        }
        for (int col = 0; col < 3; col++) {
            int piv = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
                    piv = r;
                }
            }
            double[] t = a[col];
            a[col] = a[piv];
            a[piv] = t;
            if (a[col][col] == 0) {
                return null;
            }
            for (int r = 0; r < 3; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 4; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double b0 = a[0][3] / a[0][0];
        double b1 = a[1][3] / a[1][1];
        double b2 = a[2][3] / a[2][2];
        // back from centred x: a0 + a1 (e - x0) + a2 (e - x0)²
        return new double[] {b0 - b1 * x0 + b2 * x0 * x0, b1 - 2 * b2 * x0, b2};
    }
}
