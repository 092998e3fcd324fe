package org.nernst.analysis.lsv.corrections;

import java.util.Arrays;

/**
 * Monotonic resampling: a sweep whose potential jitters (noise, iR correction) becomes a curve over an
 * increasing, equally spaced potential grid, by sorting, averaging duplicate potentials and interpolating
 * linearly. Equal spacing is what Savitzky–Golay smoothing and windowed fits assume.
 */
public final class Resampling {
    private Resampling() {
    }

    /** x strictly increasing, y the same length. */
    public record Series(double[] x, double[] y) {
    }

    /** The median |Δx| of a series, the natural grid step of a recorded sweep. */
    public static double medianStep(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double[] d = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            d[i - 1] = Math.abs(x[i] - x[i - 1]);
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }

    /** Sorted by x with equal x averaged: strictly increasing x, no interpolation. */
    public static Series sorted(double[] x, double[] y) {
        int n = x.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
        double[] sx = new double[n];
        double[] sy = new double[n];
        int k = -1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[idx[i]];
            double yi = y[idx[i]];
            if (k >= 0 && xi == sx[k]) {
                count++;
                sy[k] += (yi - sy[k]) / count;
            } else {
                k++;
                sx[k] = xi;
                sy[k] = yi;
                count = 1;
            }
        }
        return new Series(Arrays.copyOf(sx, k + 1), Arrays.copyOf(sy, k + 1));
    }

    /** Sorted, then interpolated onto min(x) + i * step up to max(x). */
    public static Series uniform(double[] x, double[] y, double step) {
        Series s = sorted(x, y);
        if (!(step > 0) || s.x().length < 2) {
            return s;
        }
        double lo = s.x()[0];
        double hi = s.x()[s.x().length - 1];
        int n = (int) Math.floor((hi - lo) / step + 1e-9) + 1;
        double[] gx = new double[n];
        double[] gy = new double[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            gx[i] = lo + i * step;
            while (j < s.x().length - 2 && s.x()[j + 1] < gx[i]) {
                j++;
            }
            gy[i] = lerp(s.x()[j], s.y()[j], s.x()[j + 1], s.y()[j + 1], gx[i]);
        }
        return new Series(gx, gy);
    }

    /** y at x on an increasing series (linear; clamped to the end values outside). */
    public static double interpolate(double[] xs, double[] ys, double x) {
        int n = xs.length;
        if (x <= xs[0]) {
            return ys[0];
        }
        if (x >= xs[n - 1]) {
            return ys[n - 1];
        }
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) {
            return ys[i];
        }
        int hi = -i - 1;
        return lerp(xs[hi - 1], ys[hi - 1], xs[hi], ys[hi], x);
    }

    private static double lerp(double x0, double y0, double x1, double y1, double x) {
        return x1 == x0 ? y0 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
}
