package org.nernst.analysis.eis.internal;

/**
 * Discretisation of a distribution of relaxation times gamma(ln tau) = sum_m x_m phi_m(ln tau) on
 * a log-uniform grid of centres, and the matrices of the DRT inversion built from it:
 *
 * <pre>
 *   Z(omega) = R_inf + j omega L + integral gamma(y) / (1 + j omega e^y) dy,   y = ln tau
 * </pre>
 *
 * (Barsoukov &amp; Macdonald (eds.), Impedance Spectroscopy, 2nd ed., Wiley 2005; the radial-basis
 * discretisation and its quadrature follow Wan, Saccoccio, Chen, Ciucci, Electrochim. Acta 184 (2015)
 * 483-499). gamma is in Ohm per unit ln tau, so the area under a peak over ln tau is the
 * resistance of that process.
 *
 * @param gaussian   Gaussian RBF (else piecewise-linear "hat" functions)
 * @param centres    ln tau of the basis centres, uniformly spaced
 * @param epsilon    Gaussian shape factor, phi(u) = exp(-(epsilon u)^2)
 */
public record DrtBasis(boolean gaussian, double[] centres, double epsilon) {

    /** Quadrature nodes per basis function (trapezoid; the integrands are smooth and decay fast). */
    private static final int NODES = 121;

    /**
     * Basis with {@code perDecade} centres per decade of tau between tauMin and tauMax. The Gaussian
     * has a full width at half maximum of twice the spacing, the default shape of DRTtools (Wan et al.
     * 2015: FWHM coefficient 0.5).
     */
    public static DrtBasis of(boolean gaussian, double tauMin, double tauMax, int perDecade) {
        double lo = Math.log(tauMin);
        double hi = Math.log(tauMax);
        int m = Math.max(3, (int) Math.round((hi - lo) / Math.log(10) * perDecade) + 1);
        double[] c = new double[m];
        for (int i = 0; i < m; i++) {
            c[i] = lo + (hi - lo) * i / (m - 1);
        }
        double delta = (hi - lo) / (m - 1);
        double fwhm = 2 * delta;
        return new DrtBasis(gaussian, c, 2 * Math.sqrt(Math.log(2)) / fwhm);
    }

    public DrtBasis {
        centres = centres.clone();
    }

    @Override
    public double[] centres() {
        return centres.clone();
    }

    public int size() {
        return centres.length;
    }

    public double spacing() {
        return centres[1] - centres[0];
    }

    /** phi(u), u = y - centre. */
    public double phi(double u) {
        if (gaussian) {
            double e = epsilon * u;
            return Math.exp(-e * e);
        }
        double a = Math.abs(u) / spacing();
        return a < 1 ? 1 - a : 0;
    }

    /** Half-width of the support used for quadrature (phi below 1e-12 beyond it for the Gaussian). */
    private double halfWidth() {
        return gaussian ? 5.3 / epsilon : spacing();
    }

    /**
     * Kernel matrices at angular frequencies omega: re[n][m] = int phi_m(y) / (1 + omega^2 e^2y) dy
     * and im[n][m] = -int phi_m(y) omega e^y / (1 + omega^2 e^2y) dy (physical sign, Im Z &lt; 0).
     * With e = omega e^y = e^c e^u the integrands are 1/(1 + e^2) and e/(1 + e^2), so one exp per
     * (frequency, centre) pair suffices.
     */
    public double[][][] kernels(double[] omega) {
        int n = omega.length;
        int m = centres.length;
        double hw = halfWidth();
        double h = 2 * hw / (NODES - 1);
        double[] eu = new double[NODES];
        double[] wq = new double[NODES];
        for (int k = 0; k < NODES; k++) {
            double u = -hw + k * h;
            eu[k] = Math.exp(u);
            wq[k] = phi(u) * h * (k == 0 || k == NODES - 1 ? 0.5 : 1);
        }
        double[][] re = new double[n][m];
        double[][] im = new double[n][m];
        for (int i = 0; i < n; i++) {
            double lw = Math.log(omega[i]);
            for (int j = 0; j < m; j++) {
                double c = lw + centres[j];
                if (c > 300) {
                    continue; // omega tau so large that both integrands vanish
                }
                double ec = Math.exp(c);
                double sr = 0;
                double si = 0;
                for (int k = 0; k < NODES; k++) {
                    double e = ec * eu[k];
                    double q = wq[k] / (1 + e * e);
                    sr += q;
                    si += q * e;
                }
                re[i][j] = sr;
                im[i][j] = -si;
            }
        }
        return new double[][][] {re, im};
    }

    /**
     * Penalty matrix M with x^T M x = int (d^k gamma / dy^k)^2 dy, order k = 0, 1 or 2. For hat
     * functions gamma is linear between centres, so the integral is exact in finite differences of
     * the coefficients. For Gaussians it is closed-form: the correlation of two Gaussians a distance
     * d apart is R(d) = sqrt(pi/2)/eps exp(-eps^2 d^2 / 2), and the correlation of their k-th
     * derivatives is (-1)^k R^(2k)(d) (differentiation under the integral).
     */
    public double[][] penalty(int order) {
        int m = centres.length;
        double[][] out = new double[m][m];
        if (gaussian) {
            double a = epsilon * epsilon;
            double r0 = Math.sqrt(Math.PI / 2) / epsilon;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double d2 = (centres[i] - centres[j]) * (centres[i] - centres[j]);
                    double g = r0 * Math.exp(-a * d2 / 2);
                    out[i][j] = switch (order) {
                        case 0 -> g;
                        case 1 -> a * (1 - a * d2) * g;
                        default -> a * a * (3 - 6 * a * d2 + a * a * d2 * d2) * g;
                    };
                }
            }
            return out;
        }
        double d = spacing();
        double[][] rows = differences(identity(m), order, d);
        for (double[] row : rows) {
            for (int i = 0; i < m; i++) {
                if (row[i] == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    out[i][j] += d * row[i] * row[j];
                }
            }
        }
        return out;
    }

    private static double[][] identity(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    /** Repeated forward differences along the rows, order k, divided by h^k. */
    private static double[][] differences(double[][] a, int order, double h) {
        double[][] cur = a;
        for (int o = 0; o < order; o++) {
            double[][] next = new double[cur.length - 1][];
            for (int r = 0; r < next.length; r++) {
                next[r] = new double[cur[r].length];
                for (int j = 0; j < next[r].length; j++) {
                    next[r][j] = (cur[r + 1][j] - cur[r][j]) / h;
                }
            }
            cur = next;
        }
        return cur;
    }

    /** gamma at the given ln tau values from the coefficients. */
    public double[] evaluate(double[] x, double[] y) {
        double[] g = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            double s = 0;
            for (int j = 0; j < centres.length; j++) {
                double p = phi(y[i] - centres[j]);
                s += x[j] * p;
            }
            g[i] = s;
        }
        return g;
    }
}
