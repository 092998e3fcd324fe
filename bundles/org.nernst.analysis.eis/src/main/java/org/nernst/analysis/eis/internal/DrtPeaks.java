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

    /** The peaks, and how many small features were merged into a neighbour or left out. */
    public record Peaks(List<Found> peaks, int merged, int dropped) {
    }

    /**
     * The peaks of gamma; a peak whose resistance is below {@code minShare} of the total is merged
     * into the neighbour it is joined to (gamma stays above CUT of that neighbour's height between
     * them: a shoulder or side lobe of one process), or else left out (an isolated ripple).
     */
    public static Peaks find(double[] y, double[] gamma, double threshold, double minShare) {
        int n = gamma.length;
        double max = 0;
        for (double g : gamma) {
            max = Math.max(max, g);
        }
        if (max <= 0) {
            return new Peaks(List.of(), 0, 0);
        }
        List<Integer> peaks = new ArrayList<>();
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
        double total = area(y, gamma, 0, n - 1);
        // segments: peak k owns [bounds[k], bounds[k + 1]], cut at the lowest point between neighbours
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        for (int k = 0; k + 1 < peaks.size(); k++) {
            int b = peaks.get(k);
            for (int i = peaks.get(k); i <= peaks.get(k + 1); i++) {
                if (gamma[i] < gamma[b]) {
                    b = i;
                }
            }
            bounds.add(b);
        }
        bounds.add(n - 1);
        int merged = 0;
        int dropped = 0;
        while (!peaks.isEmpty()) {
            int small = -1;
            double smallest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < peaks.size(); k++) {
                double a = trimmed(y, gamma, peaks.get(k), bounds.get(k), bounds.get(k + 1)).area();
                if (a < minShare * total && a < smallest) {
                    smallest = a;
                    small = k;
                }
            }
            if (small < 0) {
                break;
            }
            int into = joinedNeighbour(gamma, peaks, bounds, small);
            if (into < 0) {
                // an isolated ripple: its segment goes to nobody (trimming keeps it out of the neighbours)
                peaks.remove(small);
                bounds.remove(small == peaks.size() ? small : small + 1);
                dropped++;
                continue;
            }
            // merged: the neighbour's segment grows over the small one's
            peaks.remove(small);
            bounds.remove(into < small ? small : small + 1);
            merged++;
        }
        List<Found> out = new ArrayList<>();
        for (int k = 0; k < peaks.size(); k++) {
            out.add(trimmed(y, gamma, peaks.get(k), bounds.get(k), bounds.get(k + 1)));
        }
        return new Peaks(out, merged, dropped);
    }

    /** The neighbour (index) joined to peak k above CUT of its own height, the higher-joined one first; -1 if none. */
    private static int joinedNeighbour(double[] gamma, List<Integer> peaks, List<Integer> bounds, int k) {
        int best = -1;
        double bestLevel = -1;
        for (int nb : new int[] {k - 1, k + 1}) {
            if (nb < 0 || nb >= peaks.size()) {
                continue;
            }
            double level = gamma[bounds.get(nb < k ? k : k + 1)];
            if (level > CUT * gamma[peaks.get(nb)] && level > bestLevel) {
                best = nb;
                bestLevel = level;
            }
        }
        return best;
    }

    /**
     * The peak at p within [from, to], ending where gamma falls to CUT of its height: low ripples
     * beyond (noise fitted at the ends of the tau grid) belong to no process and stay out of its area.
     */
    private static Found trimmed(double[] y, double[] gamma, int p, int from, int to) {
        int lo = p;
        while (lo > from && gamma[lo - 1] > CUT * gamma[p]) {
            lo--;
        }
        int hi = p;
        while (hi < to && gamma[hi + 1] > CUT * gamma[p]) {
            hi++;
        }
        return new Found(lo, hi, vertex(y, gamma, p), gamma[p], area(y, gamma, lo, hi));
    }

    private static double area(double[] y, double[] g, int from, int to) {
        double a = 0;
        for (int i = from; i < to; i++) {
            a += 0.5 * (g[i] + g[i + 1]) * (y[i + 1] - y[i]);
        }
        return a;
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
