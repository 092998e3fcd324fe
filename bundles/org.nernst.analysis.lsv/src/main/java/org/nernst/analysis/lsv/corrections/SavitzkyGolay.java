package org.nernst.analysis.lsv.corrections;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky–Golay smoothing: a least-squares polynomial of order p over a moving window of w points,
 * evaluated at the window centre. It keeps peak positions and half-wave potentials where a moving average
 * would shift and flatten them (A. Savitzky, M. J. E. Golay, Anal. Chem. 36 (1964) 1627). The first and
 * last w/2 points are evaluated on the polynomial of the first/last full window (like SciPy's mode "interp").
 * Meant for equally spaced data (use {@link Resampling} first).
 */
public final class SavitzkyGolay {
    private final int window;
    private final int order;
    /** Row k: weights giving polynomial coefficient k (in window-offset units) from the window's values. */
    private final double[][] h;

    public SavitzkyGolay(int window, int order) {
        if (window < 3 || window % 2 == 0 || order < 0 || order >= window - 1) {
            throw new IllegalArgumentException("Savitzky-Golay needs an odd window >= 3 and order < window - 1 (got window "
                    + window + ", order " + order + ")");
        }
        this.window = window;
        this.order = order;
        int m = window / 2;
        double[][] a = new double[window][order + 1];
        for (int i = 0; i < window; i++) {
            double t = i - m;
            double p = 1;
            for (int k = 0; k <= order; k++) {
                a[i][k] = p;
                p *= t;
            }
        }
        RealMatrix am = new Array2DRowRealMatrix(a, false);
        RealMatrix ata = am.transpose().multiply(am);
        this.h = new LUDecomposition(ata).getSolver().getInverse().multiply(am.transpose()).getData();
    }

    public int window() {
        return window;
    }

    public int order() {
        return order;
    }

    /** The smoothed copy of {@code y}; shorter series than the window are returned unchanged. */
    public double[] smooth(double[] y) {
        int n = y.length;
        double[] out = y.clone();
        if (n < window) {
            return out;
        }
        int m = window / 2;
        double[] centre = h[0];
        for (int i = m; i < n - m; i++) {
            double s = 0;
            for (int j = 0; j < window; j++) {
                s += centre[j] * y[i - m + j];
            }
            out[i] = s;
        }
        for (int i = 0; i < m; i++) {
            out[i] = evaluate(y, 0, i - m);
            out[n - 1 - i] = evaluate(y, n - window, m - i);
        }
        return out;
    }

    /** The window polynomial fitted to y[from, from + window) evaluated at offset t from the window centre. */
    private double evaluate(double[] y, int from, double t) {
        double s = 0;
        double p = 1;
        for (int k = 0; k <= order; k++) {
            double c = 0;
            for (int j = 0; j < window; j++) {
                c += h[k][j] * y[from + j];
            }
            s += c * p;
            p *= t;
        }
        return s;
    }
}
