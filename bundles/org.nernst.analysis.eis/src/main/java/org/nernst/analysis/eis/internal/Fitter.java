package org.nernst.analysis.eis.internal;

import java.util.Arrays;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.util.Pair;

/**
 * Complex nonlinear least squares: real and imaginary residuals, each times its weight, minimised
 * by Levenberg-Marquardt (Commons Math; Moré, Lecture Notes in Mathematics 630 (1978) 105) over
 * transformed parameters that keep every value in its valid range: u = ln p for positive values,
 * u = logit(p) for a CPE exponent in (0, 1) (bounds by reparametrisation, Press et al., Numerical
 * Recipes 3rd ed. 2007, sec. 15.4). The Jacobian is analytic ({@link Impedance#gradient}).
 */
public final class Fitter {
    private final Node root;
    private final int nParams;
    private final boolean[] logit;
    private final boolean[] free;
    private final int[] freeIndex;
    private final double[] omega;
    private final double[] target;
    private final double[] wRe;
    private final double[] wIm;

    /** The best point of one run: full physical parameters, chi² (weighted), and LM bookkeeping. */
    public record Run(double[] p, double chi2, int iterations, int evaluations, boolean converged) {
    }

    /**
     * @param fixed  NaN where the parameter is fitted, else the value it is held at
     */
    public Fitter(Node root, int nParams, boolean[] logit, double[] fixed, double[] freq, double[] re, double[] im,
            double[] wRe, double[] wIm) {
        this.root = root;
        this.nParams = nParams;
        this.logit = logit;
        this.free = new boolean[nParams];
        int k = 0;
        for (int i = 0; i < nParams; i++) {
            free[i] = Double.isNaN(fixed[i]);
            k += free[i] ? 1 : 0;
        }
        this.freeIndex = new int[k];
        for (int i = 0, j = 0; i < nParams; i++) {
            if (free[i]) {
                freeIndex[j++] = i;
            }
        }
        int n = freq.length;
        this.omega = new double[n];
        this.target = new double[2 * n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * freq[i];
            target[i] = wRe[i] * re[i];
            target[n + i] = wIm[i] * im[i];
        }
        this.wRe = wRe;
        this.wIm = wIm;
    }

    public int freeCount() {
        return freeIndex.length;
    }

    /** LM from start (full physical vector; fixed entries hold their fixed values). */
    public Run run(double[] start, int maxEvaluations) {
        double[] base = start.clone();
        double[] u0 = new double[freeIndex.length];
        for (int j = 0; j < freeIndex.length; j++) {
            u0[j] = toU(freeIndex[j], start[freeIndex[j]]);
        }
        MultivariateJacobianFunction model = point -> evaluate(base, point.toArray());
        LeastSquaresProblem problem = new LeastSquaresBuilder().model(model).target(target).start(u0)
                .maxEvaluations(maxEvaluations).maxIterations(maxEvaluations).lazyEvaluation(false).build();
        try {
            Optimum o = new LevenbergMarquardtOptimizer().optimize(problem);
            double[] p = physical(base, o.getPoint().toArray());
            double chi2 = o.getCost() * o.getCost();
            return new Run(p, Double.isFinite(chi2) ? chi2 : Double.POSITIVE_INFINITY, o.getIterations(), o.getEvaluations(), true);
        } catch (MathIllegalStateException | MathIllegalArgumentException e) {
            // too many evaluations or a singular step: report the start so the caller can try another one
            return new Run(start.clone(), Double.POSITIVE_INFINITY, 0, maxEvaluations, false);
        }
    }

    /** Weighted chi² at p without fitting. */
    public double chi2(double[] p) {
        double[] m = model(p);
        double s = 0;
        for (int i = 0; i < m.length; i++) {
            double r = m[i] - target[i];
            s += r * r;
        }
        return s;
    }

    /** Weighted model values [w Re Z..., w Im Z...] at physical p. */
    public double[] model(double[] p) {
        int n = omega.length;
        double[] v = new double[2 * n];
        for (int i = 0; i < n; i++) {
            Cx z = Impedance.of(root, omega[i], p);
            v[i] = wRe[i] * z.re();
            v[n + i] = wIm[i] * z.im();
        }
        return v;
    }

    /**
     * Standard errors of the free parameters from the covariance chi²/(2N - p) (J^T J)^-1 (the
     * linearised estimate, as scipy's curve_fit with relative sigma gives it): computed in u-space,
     * where the columns are well scaled, then propagated through dp/du. NaN where J^T J is singular.
     */
    public double[] standardErrors(double[] p, double chi2) {
        double[] se = new double[nParams];
        Arrays.fill(se, Double.NaN);
        int m = freeIndex.length;
        int dof = target.length - m;
        if (m == 0 || dof <= 0) {
            return se;
        }
        double[] u = new double[m];
        for (int j = 0; j < m; j++) {
            u[j] = toU(freeIndex[j], p[freeIndex[j]]);
        }
        RealMatrix j = evaluate(p, u).getSecond();
        SingularValueDecomposition svd = new SingularValueDecomposition(j);
        double[] s = svd.getSingularValues();
        if (s[s.length - 1] <= s[0] * 1e-12) {
            return se;
        }
        RealMatrix v = svd.getV();
        double scale = chi2 / dof;
        for (int a = 0; a < m; a++) {
            double var = 0;
            for (int b = 0; b < m; b++) {
                var += v.getEntry(a, b) * v.getEntry(a, b) / (s[b] * s[b]);
            }
            int i = freeIndex[a];
            se[i] = Math.abs(dpdu(i, p[i])) * Math.sqrt(var * scale);
        }
        return se;
    }

    private Pair<RealVector, RealMatrix> evaluate(double[] base, double[] u) {
        double[] p = physical(base, u);
        int n = omega.length;
        int m = freeIndex.length;
        double[] v = new double[2 * n];
        double[][] jac = new double[2 * n][m];
        double[] scale = new double[m];
        for (int j = 0; j < m; j++) {
            scale[j] = dpdu(freeIndex[j], p[freeIndex[j]]);
        }
        Cx[] d = new Cx[nParams];
        for (int i = 0; i < n; i++) {
            Cx z = Impedance.withGradient(root, omega[i], p, d);
            v[i] = finite(wRe[i] * z.re());
            v[n + i] = finite(wIm[i] * z.im());
            for (int j = 0; j < m; j++) {
                Cx dz = d[freeIndex[j]];
                jac[i][j] = finiteOrZero(wRe[i] * dz.re() * scale[j]);
                jac[n + i][j] = finiteOrZero(wIm[i] * dz.im() * scale[j]);
            }
        }
        return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
    }

    private double[] physical(double[] base, double[] u) {
        double[] p = base.clone();
        for (int j = 0; j < freeIndex.length; j++) {
            p[freeIndex[j]] = fromU(freeIndex[j], u[j]);
        }
        return p;
    }

    private double toU(int i, double p) {
        if (logit[i]) {
            double x = Math.max(1e-9, Math.min(1 - 1e-9, p));
            return Math.log(x / (1 - x));
        }
        return Math.log(Math.max(p, Double.MIN_NORMAL));
    }

    private double fromU(int i, double u) {
        if (logit[i]) {
            return 1 / (1 + Math.exp(-u));
        }
        // exp overflows past 709: hold the value at the largest finite scale instead of producing NaN
        return Math.exp(Math.max(-700, Math.min(700, u)));
    }

    private double dpdu(int i, double p) {
        return logit[i] ? p * (1 - p) : p;
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : Math.copySign(1e200, x);
    }

    private static double finiteOrZero(double x) {
        return Double.isFinite(x) ? x : 0;
    }
}
