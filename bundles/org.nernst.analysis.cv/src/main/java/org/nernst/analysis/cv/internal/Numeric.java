package org.nernst.analysis.cv.internal;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/** Small numerical helpers shared by the analyses of this bundle. */
public final class Numeric {
    private Numeric() {
    }

    /** Straight line y = intercept + slope x with R². */
    public record Line(double slope, double intercept, double r2, int n) {
        public double at(double x) {
            return intercept + slope * x;
        }
    }

    public static Line fit(double[] x, double[] y, int from, int to) {
        SimpleRegression r = new SimpleRegression(true);
        for (int k = from; k < to; k++) {
            if (!Double.isNaN(x[k]) && !Double.isNaN(y[k])) {
                r.addData(x[k], y[k]);
            }
        }
        double r2 = r.getRSquare();
        return new Line(r.getSlope(), r.getIntercept(), Double.isNaN(r2) ? 1.0 : r2, (int) r.getN());
    }

    /** Trapezoidal integral of y dx over the points with lo <= x <= hi (x monotonic). */
    public static double trapezoid(double[] x, double[] y, double lo, double hi) {
        double s = 0;
        for (int k = 1; k < x.length; k++) {
            double a = Math.max(Math.min(x[k - 1], x[k]), lo);
            double b = Math.min(Math.max(x[k - 1], x[k]), hi);
            if (b <= a) {
                continue;
            }
            double xa = x[k - 1];
            double dx = x[k] - xa;
            double ya = y[k - 1] + (y[k] - y[k - 1]) * ((x[k] < xa ? b : a) - xa) / dx;
            double yb = y[k - 1] + (y[k] - y[k - 1]) * ((x[k] < xa ? a : b) - xa) / dx;
            s += 0.5 * (ya + yb) * (b - a);
        }
        return s;
    }

    /** Time-weighted mean of y over lo <= t <= hi. */
    public static double mean(double[] t, double[] y, double lo, double hi) {
        return trapezoid(t, y, lo, hi) / (hi - lo);
    }

    /** Linear interpolation on increasing x; NaN outside. */
    public static double at(double[] x, double[] y, double v) {
        if (x.length == 0 || v < x[0] || v > x[x.length - 1]) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = x.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double d = x[hi] - x[lo];
        return d == 0 ? y[lo] : y[lo] + (y[hi] - y[lo]) * (v - x[lo]) / d;
    }
}
