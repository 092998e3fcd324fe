package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.nernst.analysis.eis.internal.BoundedQp;
import org.nernst.analysis.eis.internal.DrtBasis;
import org.nernst.analysis.eis.internal.DrtPeaks;
import org.nernst.analysis.eis.internal.Gcv;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Distribution of relaxation times by Tikhonov-regularised, non-negative least squares:
 *
 * <pre>
 *   min |W (A x - Z)|^2 + lambda (x / R_ref)^T M (x / R_ref),   gamma coefficients >= 0
 * </pre>
 *
 * with A the RBF kernel matrix plus columns for R_inf and j omega L ({@link DrtBasis}), W the
 * residual weights, M the penalty on the chosen derivative of gamma, and R_ref = max |Z| so that
 * lambda is dimensionless. This is the formulation of Saccoccio et al., Electrochim. Acta 147 (2014)
 * 470 and of DRTtools (Wan et al., Electrochim. Acta 184 (2015) 483). lambda comes from robust generalised
 * cross-validation ({@link Gcv}) unless fixed. Pure function of (spectrum, options).
 */
public final class DrtAnalyzer {
    /** GCV search range 10^-10 .. 10^0, scanned at two values per decade, then refined to 1/8 decade. */
    private static final double LOG_LAMBDA_MIN = -10;
    private static final double LOG_LAMBDA_MAX = 0;
    private static final int LAMBDA_PER_DECADE = 2;
    /** Robust GCV parameter g of Lukas (2006), see {@link Gcv}; 1 would be plain GCV. */
    private static final double ROBUSTNESS = 0.2;
    private static final int OUTPUT_PER_DECADE = 20;
    private static final int PEAK_GRID_PER_DECADE = 200;

    private DrtAnalyzer() {
    }

    public static DrtResult analyze(Measurement m, DrtOptions o) {
        return analyze(Spectrum.of(m), o);
    }

    public static DrtResult analyze(Spectrum raw, DrtOptions o) {
        List<String> warnings = new ArrayList<>();
        Spectrum s = finite(raw, warnings);
        int n = s.size();
        double[] f = s.freq();
        double[] re = s.re();
        double[] im = s.im();
        boolean useRe = o.part() != DrtOptions.Part.IMAGINARY;
        boolean useIm = o.part() != DrtOptions.Part.REAL;
        boolean inductive = false;
        double fMin = Double.POSITIVE_INFINITY;
        double fMax = 0;
        double zMax = 0;
        for (int i = 0; i < n; i++) {
            inductive |= im[i] > 0;
            fMin = Math.min(fMin, f[i]);
            fMax = Math.max(fMax, f[i]);
            zMax = Math.max(zMax, Math.hypot(re[i], im[i]));
        }
        if (n < 5 || fMax < 10 * fMin) {
            throw NernstException.analysis("a DRT needs at least 5 points over a decade of frequency (got " + n + " points, "
                    + String.format(java.util.Locale.ROOT, "%.3g", fMax / Math.max(fMin, 1e-300)) + " x frequency span)");
        }
        boolean fitL = useIm && switch (o.inductance()) {
            case YES -> true;
            case NO -> false;
            case AUTO -> inductive;
        };
        if (inductive && !fitL) {
            warnings.add("the spectrum has inductive points (Im Z > 0) but no series inductance is fitted");
        }
        // below 1/(2 pi f_max) a relaxation looks like a series resistance to every measured point, so the
        // grid starts there and R_inf takes it (the DRTtools grid starts at 1/f_max, Wan et al. 2015); at the
        // low-frequency end a partly measured arc still shapes the data, so the grid reaches beyond
        double ext = Math.pow(10, o.extendDecades());
        DrtBasis basis = DrtBasis.of(o.basis() == DrtOptions.Basis.GAUSSIAN, 1 / (2 * Math.PI * fMax),
                1 / (2 * Math.PI * fMin) * ext, o.perDecade());
        double[] omega = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * f[i];
            // modulus: residual / |Z|; unit: residual / max|Z| (a constant, so lambda stays dimensionless)
            w[i] = o.weighting() == Weighting.MODULUS ? 1 / Math.hypot(re[i], im[i]) : 1 / zMax;
        }
        double[][][] k = basis.kernels(omega);
        int nb = basis.size();
        int iR = useRe ? 0 : -1;
        int iL = fitL ? (useRe ? 1 : 0) : -1;
        int off = (useRe ? 1 : 0) + (fitL ? 1 : 0);
        int p = off + nb;
        int rows = (useRe ? n : 0) + (useIm ? n : 0);
        double[][] a = new double[rows][p];
        double[] b = new double[rows];
        int r = 0;
        if (useRe) {
            for (int i = 0; i < n; i++, r++) {
                a[r][iR] = w[i];
                for (int j = 0; j < nb; j++) {
                    a[r][off + j] = w[i] * k[0][i][j];
                }
                b[r] = w[i] * re[i];
            }
        }
        if (useIm) {
            for (int i = 0; i < n; i++, r++) {
                if (fitL) {
                    a[r][iL] = w[i] * omega[i];
                }
                for (int j = 0; j < nb; j++) {
                    a[r][off + j] = w[i] * k[1][i][j];
                }
                b[r] = w[i] * im[i];
            }
        }
        // unknowns scaled to unit column norm: the L column is ~omega, the others ~1 (conditioning only)
        double[] d = new double[p];
        for (int j = 0; j < p; j++) {
            double ss = 0;
            for (int q = 0; q < rows; q++) {
                ss += a[q][j] * a[q][j];
            }
            d[j] = ss > 0 ? Math.sqrt(ss) : 1;
            for (int q = 0; q < rows; q++) {
                a[q][j] /= d[j];
            }
        }
        double[][] pen = basis.penalty(o.penaltyOrder());
        double[][] mm = new double[p][p];
        for (int i = 0; i < nb; i++) {
            for (int j = 0; j < nb; j++) {
                mm[off + i][off + j] = pen[i][j] / (zMax * zMax * d[off + i] * d[off + j]);
            }
        }
        double lambda;
        String selection;
        if (o.lambda().isPresent()) {
            lambda = o.lambda().getAsDouble();
            selection = "fixed";
        } else {
            lambda = gcv(a, b, mm, warnings);
            selection = "robust-gcv";
        }
        double[][] kk = new double[p][p];
        double[] g = new double[p];
        for (int q = 0; q < rows; q++) {
            for (int i = 0; i < p; i++) {
                g[i] += a[q][i] * b[q];
                for (int j = i; j < p; j++) {
                    kk[i][j] += a[q][i] * a[q][j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                kk[i][j] = kk[j][i];
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                kk[i][j] += lambda * mm[i][j];
            }
        }
        boolean[] constrained = new boolean[p];
        for (int j = off; j < p; j++) {
            constrained[j] = true;
        }
        double[] xs = BoundedQp.solve(kk, g, constrained);
        double[] x = new double[nb];
        for (int j = 0; j < nb; j++) {
            x[j] = xs[off + j] / d[off + j];
        }
        double lH = fitL ? xs[iL] / d[iL] : 0;
        double[] fitRe = new double[n];
        double[] fitIm = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < nb; j++) {
                fitRe[i] += k[0][i][j] * x[j];
                fitIm[i] += k[1][i][j] * x[j];
            }
            fitIm[i] += omega[i] * lH;
        }
        double rInf;
        if (useRe) {
            rInf = xs[iR] / d[iR];
        } else {
            // the imaginary part carries no R_inf: the weighted mean offset of the real part (as DRTtools does)
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                num += w[i] * w[i] * (re[i] - fitRe[i]);
                den += w[i] * w[i];
            }
            rInf = num / den;
        }
        for (int i = 0; i < n; i++) {
            fitRe[i] += rInf;
        }
        if (rInf < 0) {
            warnings.add("R_inf came out negative (" + String.format(java.util.Locale.ROOT, "%.4g", rInf)
                    + " Ohm): the high-frequency end of the spectrum is not captured");
        }
        return result(basis, x, o, s, fitRe, fitIm, rInf, fitL ? OptionalDouble.of(lH) : OptionalDouble.empty(), lambda, selection,
                warnings);
    }

    private static DrtResult result(DrtBasis basis, double[] x, DrtOptions o, Spectrum s, double[] fitRe, double[] fitIm,
            double rInf, OptionalDouble l, double lambda, String selection, List<String> warnings) {
        double[] c = basis.centres();
        double lo = c[0];
        double hi = c[c.length - 1];
        double[] yOut = grid(lo, hi, OUTPUT_PER_DECADE);
        double[] yFine = grid(lo, hi, PEAK_GRID_PER_DECADE);
        double[] gOut = basis.evaluate(x, yOut);
        double[] gFine = basis.evaluate(x, yFine);
        double[] tau = new double[yOut.length];
        for (int i = 0; i < tau.length; i++) {
            tau[i] = Math.exp(yOut[i]);
        }
        double rPol = 0;
        for (int i = 0; i + 1 < yFine.length; i++) {
            rPol += 0.5 * (gFine[i] + gFine[i + 1]) * (yFine[i + 1] - yFine[i]);
        }
        List<DrtPeak> peaks = new ArrayList<>();
        DrtPeaks.Peaks found = DrtPeaks.find(yFine, gFine, o.peakThreshold(), o.minPeakShare());
        for (DrtPeaks.Found p : found.peaks()) {
            double t = Math.exp(p.lnTau());
            peaks.add(new DrtPeak(t, 1 / (2 * Math.PI * t), p.area(), p.height(), Math.exp(yFine[p.from()]), Math.exp(yFine[p.to()])));
        }
        if (found.dropped() > 0) {
            warnings.add(found.dropped() + " isolated DRT feature(s) below " + Math.round(100 * o.minPeakShare())
                    + " % of the polarisation resistance not reported as peaks (at the noise level of a regularised inversion)");
        }
        double edge = Math.max(gFine[0], gFine[gFine.length - 1]);
        double max = java.util.Arrays.stream(gFine).max().orElse(0);
        if (max > 0 && edge > 0.2 * max) {
            warnings.add("gamma is still large at the end of the tau grid: a process lies outside the measured frequencies");
        }
        return new DrtResult(tau, gOut, peaks, rInf, l, rPol, lambda, selection, s, fitRe, fitIm, o.toJson(), warnings);
    }

    private static double[] grid(double lo, double hi, int perDecade) {
        int n = Math.max(2, (int) Math.round((hi - lo) / Math.log(10) * perDecade) + 1);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = lo + (hi - lo) * i / (n - 1);
        }
        return y;
    }

    /** Coarse GCV scan over the search range, then a finer one around its minimum. */
    private static double gcv(double[][] a, double[] b, double[][] m, List<String> warnings) {
        int count = (int) ((LOG_LAMBDA_MAX - LOG_LAMBDA_MIN) * LAMBDA_PER_DECADE) + 1;
        double[] logs = new double[count];
        for (int i = 0; i < count; i++) {
            logs[i] = LOG_LAMBDA_MIN + (double) i / LAMBDA_PER_DECADE;
        }
        int best = argmin(Gcv.scores(a, b, m, pow10(logs), ROBUSTNESS));
        double[] fine = new double[7];
        for (int i = 0; i < fine.length; i++) {
            fine[i] = Math.max(LOG_LAMBDA_MIN, Math.min(LOG_LAMBDA_MAX, logs[best] + (i - 3) / 8.0));
        }
        double[] scores = Gcv.scores(a, b, m, pow10(fine), ROBUSTNESS);
        int f = argmin(scores);
        if (!Double.isFinite(scores[f])) {
            throw NernstException.analysis("the DRT system is singular for every lambda: too few independent points");
        }
        double lambda = Math.pow(10, fine[f]);
        if (fine[f] <= LOG_LAMBDA_MIN + 1e-9 || fine[f] >= LOG_LAMBDA_MAX - 1e-9 || best == 0 || best == count - 1) {
            warnings.add("robust generalised cross-validation chose lambda at the end of its search range ("
                    + String.format(java.util.Locale.ROOT, "%.3g", lambda) + "): the data are nearly noise-free or very noisy");
        }
        return lambda;
    }

    private static double[] pow10(double[] logs) {
        double[] v = new double[logs.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.pow(10, logs[i]);
        }
        return v;
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Points with a finite positive frequency and finite impedance, sorted as recorded. */
    private static Spectrum finite(Spectrum s, List<String> warnings) {
        double[] f = s.freq();
        double[] re = s.re();
        double[] im = s.im();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (Double.isFinite(f[i]) && f[i] > 0 && Double.isFinite(re[i]) && Double.isFinite(im[i]) && (re[i] != 0 || im[i] != 0)) {
                keep.add(i);
            }
        }
        if (keep.size() < f.length) {
            warnings.add((f.length - keep.size()) + " points without a finite positive frequency and impedance were skipped");
        }
        double[][] out = new double[3][keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            out[0][j] = f[keep.get(j)];
            out[1][j] = re[keep.get(j)];
            out[2][j] = im[keep.get(j)];
        }
        return new Spectrum(out[0], out[1], out[2]);
    }
}
