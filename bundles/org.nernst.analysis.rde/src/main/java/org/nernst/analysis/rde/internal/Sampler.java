package org.nernst.analysis.rde.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Reads a y(x) curve at arbitrary x: sorting, local straight-line smoothing, interpolation. */
public final class Sampler {
    private Sampler() {
    }

    /** Copies of x and y sorted by x (stable, so repeated x keep their order). */
    public static double[][] sortByX(double[] x, double[] y) {
        Integer[] idx = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int k = 0; k < idx.length; k++) {
            xs[k] = x[idx[k]];
            ys[k] = y[idx[k]];
        }
        return new double[][] {xs, ys};
    }

    /**
     * y at x0 from a least-squares parabola through the points within +-window of x0: noise averages
     * out, and unlike a straight line a parabola centred on x0 is not biased by the curvature of an
     * exponential (Tafel) foot (a local-polynomial / Savitzky-Golay smoother). Plain linear
     * interpolation when fewer than 5 points fall in the window; NaN outside [x_min, x_max]. x sorted.
     */
    public static double at(double[] x, double[] y, double x0, double window) {
        int n = x.length;
        if (n == 0 || x0 < x[0] || x0 > x[n - 1] || Double.isNaN(x0)) {
            return Double.NaN;
        }
        int lo = lowerBound(x, x0 - window);
        int hi = upperBound(x, x0 + window);
        if (window > 0 && hi - lo >= 5) {
            double v = localQuadratic(x, y, lo, hi, x0, window);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return interpolate(x, y, x0);
    }

    /** Value at x0 of the least-squares parabola in u = (x - x0) / window over rows [lo, hi). */
    private static double localQuadratic(double[] x, double[] y, int lo, int hi, double x0, double window) {
        double[] s = new double[5];
        double[] t = new double[3];
        for (int i = lo; i < hi; i++) {
            double u = (x[i] - x0) / window;
            double p = 1;
            for (int k = 0; k < 5; k++) {
                s[k] += p;
                if (k < 3) {
                    t[k] += p * y[i];
                }
                p *= u;
            }
        }
        // normal equations [s0 s1 s2; s1 s2 s3; s2 s3 s4] c = t, solved for c0 by Cramer's rule
        double det = det3(s[0], s[1], s[2], s[1], s[2], s[3], s[2], s[3], s[4]);
        if (Math.abs(det) < 1e-12 * Math.pow(s[0], 3)) {
            return Double.NaN;
        }
        return det3(t[0], s[1], s[2], t[1], s[2], s[3], t[2], s[3], s[4]) / det;
    }

    private static double det3(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
    }

    /** Linear interpolation on sorted x; NaN outside the range. */
    public static double interpolate(double[] x, double[] y, double x0) {
        int n = x.length;
        if (n == 0 || x0 < x[0] || x0 > x[n - 1]) {
            return Double.NaN;
        }
        int i = upperBound(x, x0);
        if (i >= n) {
            return y[n - 1];
        }
        if (i == 0) {
            return y[0];
        }
        double x1 = x[i - 1];
        double x2 = x[i];
        return x2 == x1 ? y[i] : y[i - 1] + (y[i] - y[i - 1]) * (x0 - x1) / (x2 - x1);
    }

    /** First index with x[i] >= v. */
    static int lowerBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with x[i] > v. */
    static int upperBound(double[] x, double v) {
        int lo = 0;
        int hi = x.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
