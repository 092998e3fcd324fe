package org.nernst.analysis.cycling.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Maximum of the power density P = j V(j) of a polarization curve, robust to voltage noise.
 *
 * <p>Why a local fit: near its maximum P(j) is flat, so the largest raw sample is biased upwards by the
 * noise (the maximum of many noisy points near a flat top) and its position jumps between neighbours.
 * The fit is made to V(j), the measured quantity with plain additive noise, not to P: V is smooth and
 * nearly linear (ohmic) around the power peak, so a cubic describes it to well below the noise, and
 * P = j V(j) then follows exactly, including the asymmetry that a parabola in P would miss. The window
 * is where a moving average of P stays within {@code fraction} of its maximum, found on the smoothed
 * curve so that one noisy point cannot cut it short. The least-squares problem is solved by QR on a
 * centred and scaled variable (well conditioned). Ordinary least squares for polynomial models:
 * Press et al., Numerical Recipes, 3rd ed. (2007), sec. 15.4.
 */
public final class PeakFit {

    /**
     * @param j      current density at the peak (same units as the input x)
     * @param p      power density at the peak (x units times V)
     * @param v      voltage at the peak
     * @param first  first point of the fitted window
     * @param end    one past the last point of the window
     * @param rmseV  root-mean-square residual of the voltage fit
     * @param atEdge the maximum lies at the end of the recorded range (the curve did not pass it)
     * @param fitted the fitted voltage at every point of the window (index 0 = first)
     */
    public record Peak(double j, double p, double v, int first, int end, double rmseV, boolean atEdge, double[] fitted) {
    }

    private PeakFit() {
    }

    /** x = |j| ascending, y = V; at least 4 points. */
    public static Peak find(double[] x, double[] y, double fraction) {
        int n = x.length;
        double[] p = new double[n];
        for (int k = 0; k < n; k++) {
            p[k] = x[k] * y[k];
        }
        double[] ps = movingAverage(p, Math.max(2, n / 100));
        int top = 0;
        for (int k = 1; k < n; k++) {
            if (ps[k] > ps[top]) {
                top = k;
            }
        }
        int lo = top;
        int hi = top;
        while (lo > 0 && ps[lo - 1] >= fraction * ps[top]) {
            lo--;
        }
        while (hi < n - 1 && ps[hi + 1] >= fraction * ps[top]) {
            hi++;
        }
        // a cubic needs a few more points than parameters to average the noise
        while (hi - lo + 1 < Math.min(n, 8)) {
            if (lo > 0) {
                lo--;
            }
            if (hi - lo + 1 < Math.min(n, 8) && hi < n - 1) {
                hi++;
            }
        }
        int m = hi - lo + 1;
        int degree = m >= 8 ? 3 : m >= 5 ? 2 : 1;
        double xc = (x[lo] + x[hi]) / 2;
        double xs = Math.max((x[hi] - x[lo]) / 2, Double.MIN_NORMAL);
        double[][] a = new double[m][degree + 1];
        double[] b = new double[m];
        for (int k = 0; k < m; k++) {
            double u = (x[lo + k] - xc) / xs;
            double pow = 1;
            for (int d = 0; d <= degree; d++) {
                a[k][d] = pow;
                pow *= u;
            }
            b[k] = y[lo + k];
        }
        RealVector c = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().solve(new ArrayRealVector(b, false));
        double[] coef = c.toArray();
        double[] fitted = new double[m];
        double ss = 0;
        for (int k = 0; k < m; k++) {
            fitted[k] = poly(coef, (x[lo + k] - xc) / xs);
            ss += (fitted[k] - y[lo + k]) * (fitted[k] - y[lo + k]);
        }
        // dense scan then golden-section refinement of u * V(u) on the window
        int grid = 2000;
        double best = -1;
        double bestP = Double.NEGATIVE_INFINITY;
        for (int g = 0; g <= grid; g++) {
            double u = -1 + 2.0 * g / grid;
            double pw = (xc + xs * u) * poly(coef, u);
            if (pw > bestP) {
                bestP = pw;
                best = u;
            }
        }
        double l = Math.max(-1, best - 2.0 / grid);
        double r = Math.min(1, best + 2.0 / grid);
        double gr = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 60; it++) {
            double u1 = r - gr * (r - l);
            double u2 = l + gr * (r - l);
            if ((xc + xs * u1) * poly(coef, u1) < (xc + xs * u2) * poly(coef, u2)) {
                l = u1;
            } else {
                r = u2;
            }
        }
        double u = (l + r) / 2;
        double j = xc + xs * u;
        double v = poly(coef, u);
        boolean atEdge = hi == n - 1 && u > 1 - 4.0 / grid;
        return new Peak(j, j * v, v, lo, hi + 1, Math.sqrt(ss / m), atEdge, fitted);
    }

    private static double poly(double[] c, double u) {
        double s = 0;
        for (int d = c.length - 1; d >= 0; d--) {
            s = s * u + c[d];
        }
        return s;
    }

    /** Centred moving average of half-width h (shrinking at the ends). */
    static double[] movingAverage(double[] p, int h) {
        int n = p.length;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            int a = Math.max(0, k - h);
            int b = Math.min(n - 1, k + h);
            double s = 0;
            for (int q = a; q <= b; q++) {
                s += p[q];
            }
            out[k] = s / (b - a + 1);
        }
        return out;
    }
}
