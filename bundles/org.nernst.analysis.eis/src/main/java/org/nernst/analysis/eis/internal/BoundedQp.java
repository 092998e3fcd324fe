package org.nernst.analysis.eis.internal;

/**
 * min 1/2 x^T K x - g^T x subject to x_j >= 0 for the constrained j (the others free), K symmetric
 * positive definite: the active-set method of Lawson &amp; Hanson, Solving Least Squares Problems
 * (Prentice-Hall 1974), ch. 23 (NNLS), written on the normal equations so that a Tikhonov term
 * (K = A^T A + lambda M) and unconstrained columns (R_inf, L) fit in. Each step is a Cholesky
 * solve on the passive set; the problem is a few hundred variables at most.
 */
public final class BoundedQp {
    private BoundedQp() {
    }

    public static double[] solve(double[][] k, double[] g, boolean[] constrained) {
        int n = g.length;
        boolean[] passive = new boolean[n];
        for (int j = 0; j < n; j++) {
            passive[j] = !constrained[j];
        }
        double[] x = new double[n];
        double gmax = 0;
        for (double v : g) {
            gmax = Math.max(gmax, Math.abs(v));
        }
        double tol = 1e-11 * Math.max(gmax, 1e-300);
        x = feasibleStep(k, g, constrained, passive, x);
        for (int outer = 0; outer < 4 * n + 10; outer++) {
            int best = mostAscending(k, g, x, passive, tol);
            if (best < 0) {
                break;
            }
            passive[best] = true;
            x = feasibleStep(k, g, constrained, passive, x);
        }
        return x;
    }

    /** Inner loop of Lawson-Hanson: solve on the passive set, step back and drop variables that turn negative. */
    private static double[] feasibleStep(double[][] k, double[] g, boolean[] constrained, boolean[] passive, double[] x0) {
        int n = g.length;
        double[] x = x0.clone();
        for (int inner = 0; inner < 4 * n + 10; inner++) {
            double[] s = subsetSolve(k, g, passive);
            double step = 1;
            boolean feasible = true;
            for (int j = 0; j < n; j++) {
                if (passive[j] && constrained[j] && s[j] <= 0) {
                    feasible = false;
                    double d = x[j] - s[j];
                    step = Math.min(step, d > 0 ? x[j] / d : 0);
                }
            }
            if (feasible) {
                return s;
            }
            for (int j = 0; j < n; j++) {
                x[j] += step * (s[j] - x[j]);
                if (passive[j] && constrained[j] && x[j] <= 1e-14 * Math.abs(s[j]) + 1e-300) {
                    passive[j] = false;
                    x[j] = 0;
                }
            }
        }
        return x;
    }

    /** Solves K_PP s_P = g_P by Cholesky; s is zero outside P. */
    /**
     * The active-set step shared with {@link Nnls}: among the indices not yet free, the one whose
     * component of {@code h - G x} (the descent direction of 1/2 x'Gx - h'x) is largest and above
     * {@code tol}; -1 when none is (the optimality test of Lawson & Hanson, Solving Least Squares
     * Problems, 1974, ch. 23).
     */
    static int mostAscending(double[][] g, double[] h, double[] x, boolean[] passive, double tol) {
        int best = -1;
        double bestW = tol;
        for (int j = 0; j < h.length; j++) {
            if (!passive[j]) {
                double w = h[j];
                for (int q = 0; q < h.length; q++) {
                    w -= g[j][q] * x[q];
                }
                if (w > bestW) {
                    bestW = w;
                    best = j;
                }
            }
        }
        return best;
    }

    static double[] subsetSolve(double[][] k, double[] g, boolean[] passive) {
        int n = g.length;
        int[] idx = new int[n];
        int c = 0;
        for (int j = 0; j < n; j++) {
            if (passive[j]) {
                idx[c++] = j;
            }
        }
        double[][] l = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = 0; j <= i; j++) {
                double s = k[idx[i]][idx[j]];
                for (int q = 0; q < j; q++) {
                    s -= l[i][q] * l[j][q];
                }
                if (i == j) {
                    // a pivot floor relative to the diagonal keeps a nearly dependent passive column from blowing up
                    l[i][i] = Math.sqrt(Math.max(s, 1e-13 * k[idx[i]][idx[i]] + 1e-300));
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[c];
        for (int i = 0; i < c; i++) {
            double s = g[idx[i]];
            for (int q = 0; q < i; q++) {
                s -= l[i][q] * y[q];
            }
            y[i] = s / l[i][i];
        }
        double[] z = new double[c];
        for (int i = c - 1; i >= 0; i--) {
            double s = y[i];
            for (int q = i + 1; q < c; q++) {
                s -= l[q][i] * z[q];
            }
            z[i] = s / l[i][i];
        }
        double[] out = new double[n];
        for (int i = 0; i < c; i++) {
            out[idx[i]] = z[i];
        }
        return out;
    }
}
