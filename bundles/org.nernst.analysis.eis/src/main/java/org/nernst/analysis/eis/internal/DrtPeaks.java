package org.nernst.analysis.eis.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Peaks of gamma(ln tau) on a fine grid. A local maximum is a peak when both its height and its
 * topographic prominence (height above the higher of the two lowest points separating it from a
 * higher maximum or the grid end, as scipy.signal.find_peaks defines it) reach {@code threshold}
 * times the largest gamma. The grid is then cut at the lowest point between neighbouring peaks, so
 * a ripple below the threshold that sits on a peak is counted with it; the extent of a peak ends
 * where gamma falls below 0.5 % of its height.
 */
public final class DrtPeaks {
    /** Fraction of a peak's height where its extent ends. */
    private static final double CUT = 0.005;

    private DrtPeaks() {
    }

    /** A peak: index range [from, to] of the grid, ln tau of the maximum (interpolated), height, area over ln tau. */
    public record Found(int from, int to, double lnTau, double height, double area) {
    }

    public static List<Found> find(double[] y, double[] gamma, double threshold) {
        int n = gamma.length;
        double max = 0;
        for (double g : gamma) {
            max = Math.max(max, g);
        }
        List<Integer> peaks = new ArrayList<>();
        if (max <= 0) {
            return List.of();
        }
        double floor = threshold * max;
        for (int i = 0; i < n; i++) {
            boolean left = i == 0 || gamma[i] > gamma[i - 1];
            int j = i;
            while (j + 1 < n && gamma[j + 1] == gamma[i]) {
                j++; // a flat top counts once
            }
            boolean right = j == n - 1 || gamma[j] > gamma[j + 1];
            if (left && right && gamma[i] >= floor && prominence(gamma, i) >= floor) {
                peaks.add((i + j) / 2);
            }
            i = j;
        }
        List<Found> out = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < peaks.size(); k++) {
            int p = peaks.get(k);
            int to = n - 1;
            if (k + 1 < peaks.size()) {
                to = p;
                for (int i = p; i <= peaks.get(k + 1); i++) {
                    if (gamma[i] < gamma[to]) {
                        to = i;
                    }
                }
            }
            // the peak ends where gamma falls to CUT of its height: low ripples beyond (noise fitted at the
            // ends of the tau grid) belong to no process and stay out of its resistance
            int lo = p;
            while (lo > from && gamma[lo - 1] > CUT * gamma[p]) {
                lo--;
            }
            int hi = p;
            while (hi < to && gamma[hi + 1] > CUT * gamma[p]) {
                hi++;
            }
            double area = 0;
            for (int i = lo; i < hi; i++) {
                area += 0.5 * (gamma[i] + gamma[i + 1]) * (y[i + 1] - y[i]);
            }
            out.add(new Found(lo, hi, vertex(y, gamma, p), gamma[p], area));
            from = to;
        }
        return out;
    }

    private static double prominence(double[] g, int p) {
        double h = g[p];
        double leftMin = h;
        for (int i = p - 1; i >= 0 && g[i] <= h; i--) {
            leftMin = Math.min(leftMin, g[i]);
        }
        double rightMin = h;
        for (int i = p + 1; i < g.length && g[i] <= h; i++) {
            rightMin = Math.min(rightMin, g[i]);
        }
        return h - Math.max(leftMin, rightMin);
    }

    /** ln tau of the maximum by a parabola through the top three grid points. */
    private static double vertex(double[] y, double[] g, int p) {
        if (p == 0 || p == g.length - 1) {
            return y[p];
        }
        double den = g[p - 1] - 2 * g[p] + g[p + 1];
        if (den >= 0) {
            return y[p];
        }
        double shift = 0.5 * (g[p - 1] - g[p + 1]) / den;
        return y[p] + shift * (y[p + 1] - y[p]);
    }
}
