package org.nernst.analysis.eis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Lin-KK validity test (Schönleber, Klotz &amp; Ivers-Tiffée, Electrochim. Acta 131 (2014) 20):
 * fit Z = R0 + sum_k R_k/(1 + j omega tau_k) + 1/(j omega C) (+ j omega L when the spectrum has
 * inductive points; the series C, as in the paper's extension, lets blocking or finite-space
 * diffusion tails pass)
 * with fixed time constants tau_1 = 1/omega_max ... tau_M = 1/omega_min, log-spaced; the model is
 * linear in R, so each M is one weighted linear least-squares solve (weights 1/|Z|). M grows from
 * three elements per decade until mu = 1 - sum|R_k<0| / sum|R_k>=0| drops below the cut-off (0.85, the paper's value):
 * beyond that the RC elements start fitting noise. Every circuit of R and RC is Kramers-Kronig
 * consistent, so residuals above the noise level flag drift, non-linearity or instrument artefacts.
 */
public final class KramersKronig {
    private KramersKronig() {
    }

    /** Defaults of the paper and cli.md: mu cut-off 0.85, valid when every residual is within ±1 % of |Z|. */
    public static KkResult test(Spectrum s) {
        return test(s.freq(), s.re(), s.im(), 0.85, 1.0);
    }

    public static KkResult test(double[] freq, double[] re, double[] im, double muCutoff, double limitPct) {
        int n = freq.length;
        if (n < 4) {
            throw org.nernst.core.NernstException.analysis("Lin-KK needs at least 4 points, the spectrum has " + n);
        }
        boolean inductive = false;
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        for (int i = 0; i < n; i++) {
            inductive |= im[i] > 0;
            wMin = Math.min(wMin, 2 * Math.PI * freq[i]);
            wMax = Math.max(wMax, 2 * Math.PI * freq[i]);
        }
        int maxM = Math.max(1, Math.min(n - (inductive ? 3 : 2), 100));
        // start at three RC elements per decade: a coarser grid cannot follow even one ideal RC arc
        // whose time constant falls between two grid points (measured: max residual 35 % at one, 3.7 %
        // at two, 0.34 % at three elements per decade), and the least-squares R_k then already
        // alternate in sign, so mu is below the cut-off while the fit is still poor and a valid
        // spectrum is called invalid. A sparse grid can also swing one R_k negative for a single M
        // (mu dips, then recovers): accept the first M whose mu and the next M's are both below the
        // cut-off, so the verdict does not hang on such an isolated dip
        int m = Math.max(1, Math.min(maxM, (int) Math.round(3 * Math.log10(wMax / wMin))));
        double[] taus = taus(m, wMin, wMax);
        double[] best = solve(freq, re, im, taus, inductive);
        double mu = mu(best, m);
        while (m < maxM) {
            double[] nextTaus = taus(m + 1, wMin, wMax);
            double[] next = solve(freq, re, im, nextTaus, inductive);
            double nextMu = mu(next, m + 1);
            if (mu <= muCutoff && nextMu <= muCutoff) {
                break;
            }
            m++;
            taus = nextTaus;
            best = next;
            mu = nextMu;
        }
        double[] zr = new double[n];
        double[] zi = new double[n];
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        double maxPct = 0;
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * freq[i];
            double[] z = model(best, taus, w, inductive);
            zr[i] = z[0];
            zi[i] = z[1];
            double mod = Math.hypot(re[i], im[i]);
            resRe[i] = 100 * (re[i] - z[0]) / mod;
            resIm[i] = 100 * (im[i] - z[1]) / mod;
            maxPct = Math.max(maxPct, Math.max(Math.abs(resRe[i]), Math.abs(resIm[i])));
        }
        return new KkResult(m, mu, muCutoff, limitPct, maxPct, maxPct <= limitPct, inductive, zr, zi, resRe, resIm);
    }

    private static double[] taus(int m, double wMin, double wMax) {
        double[] t = new double[m];
        if (m == 1) {
            t[0] = 1 / wMin;
            return t;
        }
        for (int k = 0; k < m; k++) {
            t[k] = Math.pow(10, Math.log10(1 / wMax) + k * Math.log10(wMax / wMin) / (m - 1));
        }
        return t;
    }

    /** Unknowns [R0, R_1..R_M, 1/C, (L)], rows [real parts; imaginary parts], each divided by |Z|. */
    private static double[] solve(double[] freq, double[] re, double[] im, double[] taus, boolean inductive) {
        int n = freq.length;
        int m = taus.length;
        int cols = 2 + m + (inductive ? 1 : 0);
        double[][] a = new double[2 * n][cols];
        double[] b = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * freq[i];
            double s = 1 / Math.hypot(re[i], im[i]);
            a[i][0] = s;
            for (int k = 0; k < m; k++) {
                double x = w * taus[k];
                double d = 1 + x * x;
                a[i][1 + k] = s / d;
                a[n + i][1 + k] = -s * x / d;
            }
            a[n + i][1 + m] = -s / w;
            if (inductive) {
                a[n + i][2 + m] = s * w;
            }
            b[i] = s * re[i];
            b[n + i] = s * im[i];
        }
        RealVector x = new QRDecomposition(new Array2DRowRealMatrix(a, false), 1e-14).getSolver()
                .solve(new ArrayRealVector(b, false));
        return x.toArray();
    }

    private static double mu(double[] x, int m) {
        double neg = 0;
        double pos = 0;
        for (int k = 1; k <= m; k++) {
            if (x[k] < 0) {
                neg -= x[k];
            } else {
                pos += x[k];
            }
        }
        return pos == 0 ? 1 : 1 - neg / pos;
    }

    private static double[] model(double[] x, double[] taus, double w, boolean inductive) {
        double r = x[0];
        double i = 0;
        for (int k = 0; k < taus.length; k++) {
            double y = w * taus[k];
            double d = 1 + y * y;
            r += x[1 + k] / d;
            i -= x[1 + k] * y / d;
        }
        i -= x[1 + taus.length] / w;
        if (inductive) {
            i += w * x[2 + taus.length];
        }
        return new double[] {r, i};
    }
}
