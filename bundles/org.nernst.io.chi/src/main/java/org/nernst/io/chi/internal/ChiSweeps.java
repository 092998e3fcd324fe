package org.nernst.io.chi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nernst.core.model.Segment;
import org.nernst.io.api.ReadContext;

/**
 * CV segments of a CHI export. CHI writes no segment column: a segment is one sweep between
 * vertices, and CHI starts each segment at its start vertex (a 0.7 V sweep sampled every 1 mV has
 * 700 points; the end vertex is the first point of the next segment). Segment numbers are CHI's:
 * an export of "Segment 5:" and "Segment 6:" (Results block) labels its two sweeps 5 and 6; two
 * consecutive segments (1-2, 3-4, ...) are one cycle, as CHI counts "Sweep Segments".
 */
final class ChiSweeps {
    private ChiSweeps() {
    }

    /** Row index where each sweep starts (the first is 0); the potential ramp reverses at each vertex. */
    static List<Integer> starts(double[] e, int n) {
        List<Integer> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        out.add(0);
        int dir = 0;
        for (int i = 1; i < n; i++) {
            double d = e[i] - e[i - 1];
            if (d == 0 || Double.isNaN(d)) {
                continue;
            }
            int s = d > 0 ? 1 : -1;
            if (dir != 0 && s != dir && i - 1 > out.get(out.size() - 1)) {
                out.add(i - 1);
            }
            dir = s;
        }
        return out;
    }

    /** SWEEP and CYCLE segments, numbered as CHI numbers them; empty (with a warning) when the ramp disagrees with the header. */
    static List<Segment> segments(double[] e, int n, List<Integer> listed, OptionalInt declared, ReadContext ctx, int line) {
        List<Integer> starts = starts(e, n);
        int k = starts.size();
        int first;
        if (listed.size() == k && isRun(listed)) {
            first = listed.get(0);
        } else if (listed.isEmpty() || listed.size() == k) {
            first = 1;
        } else {
            ctx.warn("the Results block lists " + listed.size() + " segments but the potential reverses into " + k
                    + " sweeps: sweeps numbered from 1", line);
            first = 1;
        }
        if (declared.isPresent() && first + k - 1 > declared.getAsInt()) {
            ctx.warn("the potential reverses into " + k + " sweeps, more than the " + declared.getAsInt()
                    + " segments the header declares (a measured, noisy potential?): no sweep markers", line);
            return List.of();
        }
        List<Segment> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            int end = s + 1 < k ? starts.get(s + 1) : n;
            int number = first + s;
            out.add(new Segment(Segment.Kind.SWEEP, number, starts.get(s), end, "segment " + number));
        }
        int s = 0;
        while (s < k) {
            int cycle = (first + s + 1) / 2;
            int t = s;
            while (t + 1 < k && (first + t + 2) / 2 == cycle) {
                t++;
            }
            int end = t + 1 < k ? starts.get(t + 1) : n;
            out.add(new Segment(Segment.Kind.CYCLE, cycle, starts.get(s), end, "cycle " + cycle));
            s = t + 1;
        }
        return out;
    }

    private static boolean isRun(List<Integer> xs) {
        for (int i = 1; i < xs.size(); i++) {
            if (xs.get(i) != xs.get(i - 1) + 1) {
                return false;
            }
        }
        return true;
    }
}
