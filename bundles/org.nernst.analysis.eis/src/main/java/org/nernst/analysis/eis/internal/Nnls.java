package org.nernst.analysis.eis.internal;

/**
 * Non-negative least squares, min |A x - b| subject to x >= 0, by the active-set algorithm of
 * Lawson &amp; Hanson, Solving Least Squares Problems (Prentice-Hall 1974), ch. 23. The normal
 * equations of the normalised columns are formed once, so each active-set step is a small Cholesky
 * solve; that is accurate enough for a starting guess and keeps it cheap.
 */
public final class Nnls {
    private Nnls() {
    }

    public static double[] solve(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        double[] norm = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[i][j] * a[i][j];
            }
            norm[j] = s > 0 ? Math.sqrt(s) : 1;
        }
        double[][] g = new double[n][n];
        double[] h = new double[n];
        for (int i = 0; i < m; i++) {
            double[] row = a[i];
            for (int j = 0; j < n; j++) {
                double rj = row[j] / norm[j];
                if (rj == 0) {
                    continue;
                }
                h[j] += rj * b[i];
                for (int k = j; k < n; k++) {
                    g[j][k] += rj * row[k] / norm[k];
                }
            }
        }
        for (int j = 0; j < n; j++) {
            g[j][j] *= 1 + 1e-12; // a whisper of ridge keeps nearly collinear neighbours solvable
            for (int k = 0; k < j; k++) {
                g[j][k] = g[k][j];
            }
        }
        double bb = 0;
        for (double v : b) {
            bb += v * v;
        }
        double tol = 1e-12 * Math.max(1, Math.sqrt(bb));
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        for (int outer = 0; outer < 3 * n; outer++) {
            int best = BoundedQp.mostAscending(g, h, x, passive, tol);
            if (best < 0) {
                break;
            }
            passive[best] = true;
            for (int inner = 0; inner < 3 * n; inner++) {
                double[] s = BoundedQp.subsetSolve(g, h, passive);
                double step = 1;
                boolean feasible = true;
                for (int j = 0; j < n; j++) {
                    if (passive[j] && s[j] <= 0) {
                        feasible = false;
                        step = Math.min(step, x[j] / (x[j] - s[j]));
                    }
                }
                if (feasible) {
                    x = s;
                    break;
                }
                for (int j = 0; j < n; j++) {
                    x[j] += step * (s[j] - x[j]);
                    if (passive[j] && x[j] <= 1e-15) {
                        passive[j] = false;
                        x[j] = 0;
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            x[j] /= norm[j];
        }
        return x;
    }
}
