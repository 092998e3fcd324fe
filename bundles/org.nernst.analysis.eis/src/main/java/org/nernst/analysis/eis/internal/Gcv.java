package org.nernst.analysis.eis.internal;

/**
 * Automatic choice of the Tikhonov parameter by generalised cross-validation (Golub, Heath &amp;
 * Wahba, Technometrics 21 (1979) 215-223), the criterion Saccoccio, Wan, Chen &amp; Ciucci found
 * robust for DRT inversion (Electrochim. Acta 147 (2014) 470-482):
 *
 * <pre>
 *   GCV(lambda)  = n |(I - H) b|^2 / (n - tr H)^2,   H = A (A^T A + lambda M)^-1 A^T
 *   RGCV(lambda) = (g + (1 - g) tr(H^2) / n) GCV(lambda)
 * </pre>
 *
 * RGCV is the robust GCV of Lukas (Inverse Problems 22 (2006) 1883-1902): with g &lt; 1 the extra
 * factor, which grows as lambda shrinks, guards against plain GCV's occasional choice of a far too
 * small lambda (here: on about 1 spectrum in 10 of a noisy ZARC, splitting it into several peaks).
 * Both are evaluated for the unconstrained ridge estimator (a linear smoother, so H exists); the
 * non-negative solution is then computed at the chosen lambda, as in Saccoccio et al.
 */
public final class Gcv {
    private Gcv() {
    }

    /**
     * The RGCV score of each lambda (robustness g; g = 1 is plain GCV); A is n x p, M p x p (zero
     * rows/columns for unpenalised unknowns).
     */
    public static double[] scores(double[][] a, double[] b, double[][] m, double[] lambdas, double g) {
        int n = a.length;
        int p = a[0].length;
        double[][] gram = new double[p][p];
        double[] atb = new double[p];
        for (double[] row : a) {
            for (int i = 0; i < p; i++) {
                if (row[i] == 0) {
                    continue;
                }
                for (int j = i; j < p; j++) {
                    gram[i][j] += row[i] * row[j];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < p; i++) {
                atb[i] += a[r][i] * b[r];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                gram[i][j] = gram[j][i];
            }
        }
        double[] out = new double[lambdas.length];
        for (int q = 0; q < lambdas.length; q++) {
            double[][] k = new double[p][p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    k[i][j] = gram[i][j] + lambdas[q] * m[i][j];
                }
            }
            double[][] l = cholesky(k);
            if (l == null) {
                out[q] = Double.POSITIVE_INFINITY;
                continue;
            }
            double[] x = backSolve(l, forwardSolve(l, atb));
            double rss = 0;
            double trace = 0;
            // with v_r = L^-1 a_r: H_rs = v_r . v_s, so tr H = sum |v_r|^2 and tr H^2 = |V^T V|_F^2
            double[][] vtv = new double[p][p];
            for (int r = 0; r < n; r++) {
                double fit = 0;
                for (int i = 0; i < p; i++) {
                    fit += a[r][i] * x[i];
                }
                rss += (b[r] - fit) * (b[r] - fit);
                double[] v = forwardSolve(l, a[r]);
                for (int i = 0; i < p; i++) {
                    trace += v[i] * v[i];
                    if (v[i] == 0) {
                        continue;
                    }
                    for (int j = i; j < p; j++) {
                        vtv[i][j] += v[i] * v[j];
                    }
                }
            }
            double trH2 = 0;
            for (int i = 0; i < p; i++) {
                for (int j = i; j < p; j++) {
                    trH2 += (i == j ? 1 : 2) * vtv[i][j] * vtv[i][j];
                }
            }
            double dof = n - trace;
            out[q] = dof > 0 ? (g + (1 - g) * trH2 / n) * n * rss / (dof * dof) : Double.POSITIVE_INFINITY;
        }
        return out;
    }

    /** Lower Cholesky factor, or null when the matrix is not numerically positive definite. */
    static double[][] cholesky(double[][] k) {
        int p = k.length;
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = k[i][j];
                for (int q = 0; q < j; q++) {
                    s -= l[i][q] * l[j][q];
                }
                if (i == j) {
                    if (!(s > 1e-14 * Math.abs(k[i][i]))) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    static double[] forwardSolve(double[][] l, double[] b) {
        int p = b.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int q = 0; q < i; q++) {
                s -= l[i][q] * y[q];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }

    static double[] backSolve(double[][] l, double[] y) {
        int p = y.length;
        double[] z = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = y[i];
            for (int q = i + 1; q < p; q++) {
                s -= l[q][i] * z[q];
            }
            z[i] = s / l[i][i];
        }
        return z;
    }
}
