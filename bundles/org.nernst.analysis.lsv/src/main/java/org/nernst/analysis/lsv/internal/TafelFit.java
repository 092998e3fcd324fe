package org.nernst.analysis.lsv.internal;

import java.util.Optional;

/**
 * Least-squares lines E = intercept + slope log10|j| over Tafel windows, and the search for the most linear
 * window spanning a given number of decades (the highest R² among all windows of at least that span).
 * Prefix sums make each window's fit O(1), so the whole search stays linear-ish in the number of points.
 */
public final class TafelFit {
    private TafelFit() {
    }

    /**
     * A fitted Tafel line on points [from, to) of the input arrays.
     *
     * @param slope     dE/dlog10|j| in V per decade (signed: negative for cathodic reactions)
     * @param intercept E at |j| = 1 mA cm^-2
     * @param r2        coefficient of determination
     * @param decades   span of log10|j| covered by the window
     */
    public record Fit(int from, int to, double slope, double intercept, double r2, double decades) {
        public int points() {
            return to - from;
        }
    }

    /** The line through points [from, to). */
    public static Fit fit(double[] logj, double[] e, int from, int to) {
        double sx = 0;
        double sy = 0;
        int n = to - from;
        for (int k = from; k < to; k++) {
            sx += logj[k];
            sy += e[k];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            double dx = logj[k] - mx;
            double dy = e[k] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
            lo = Math.min(lo, logj[k]);
            hi = Math.max(hi, logj[k]);
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new Fit(from, to, slope, my - slope * mx, r2, hi - lo);
    }

    /**
     * The most linear window whose (locally averaged) log10|j| spans at least {@code decades}, with at least
     * {@code minPoints} points; empty when the data span less.
     */
    public static Optional<Fit> mostLinear(double[] logj, double[] e, double decades, int minPoints) {
        int n = logj.length;
        if (n < minPoints) {
            return Optional.empty();
        }
        // running mean of 5 points decides the span, so a noise spike cannot make a window "one decade" wide
        double[] sm = new double[n];
        for (int k = 0; k < n; k++) {
            int a = Math.max(0, k - 2);
            int b = Math.min(n, k + 3);
            double s = 0;
            for (int q = a; q < b; q++) {
                s += logj[q];
            }
            sm[k] = s / (b - a);
        }
        double x0 = sm[n / 2];
        double y0 = e[n / 2];
        double[] px = new double[n + 1];
        double[] py = new double[n + 1];
        double[] pxx = new double[n + 1];
        double[] pyy = new double[n + 1];
        double[] pxy = new double[n + 1];
        for (int k = 0; k < n; k++) {
            double x = logj[k] - x0;
            double y = e[k] - y0;
            px[k + 1] = px[k] + x;
            py[k + 1] = py[k] + y;
            pxx[k + 1] = pxx[k] + x * x;
            pyy[k + 1] = pyy[k] + y * y;
            pxy[k + 1] = pxy[k] + x * y;
        }
        int bestA = -1;
        int bestB = -1;
        double bestR2 = Double.NEGATIVE_INFINITY;
        int b = 0;
        for (int a = 0; a < n; a++) {
            b = Math.max(b, a + minPoints - 1);
            while (b < n && Math.abs(sm[b] - sm[a]) < decades) {
                b++;
            }
            if (b >= n) {
                break;
            }
            int m = b - a + 1;
            double sx = px[b + 1] - px[a];
            double sy = py[b + 1] - py[a];
            double sxx = pxx[b + 1] - pxx[a] - sx * sx / m;
            double syy = pyy[b + 1] - pyy[a] - sy * sy / m;
            double sxy = pxy[b + 1] - pxy[a] - sx * sy / m;
            double r2 = sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : 0;
            if (r2 > bestR2) {
                bestR2 = r2;
                bestA = a;
                bestB = b;
            }
        }
        return bestA < 0 ? Optional.empty() : Optional.of(fit(logj, e, bestA, bestB + 1));
    }
}
