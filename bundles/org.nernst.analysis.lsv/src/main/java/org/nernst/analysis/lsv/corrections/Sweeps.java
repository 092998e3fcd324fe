package org.nernst.analysis.lsv.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;

/**
 * Splits a voltammogram into cycles and monotonic sweeps and picks one.
 *
 * <p>Cycles come from the file (CYCLE segments, else a cycle-index column); without them a new cycle starts
 * each time the potential passes its starting value again in the starting direction, as potentiostats count
 * CV cycles. Sweeps are split at turning points found with a hysteresis of 2 % of the scanned range (at least
 * 3 mV) so that noise on the potential does not create false reversals.
 */
public final class Sweeps {
    private Sweeps() {
    }

    /** One monotonic sweep: rows [start, end) of the measurement, in 1-based cycle {@code cycle}. */
    public record Sweep(int cycle, SweepDirection direction, int start, int end) {
        public int rows() {
            return end - start;
        }
    }

    /** Every sweep of the record in order. */
    public static List<Sweep> split(Measurement m) {
        double[] e = m.require(Role.POTENTIAL).toArray();
        List<int[]> cycles = cycles(m, e);
        List<Sweep> out = new ArrayList<>();
        for (int c = 0; c < cycles.size(); c++) {
            int[] r = cycles.get(c);
            for (int[] s : monotonicRuns(e, r[0], r[1])) {
                if (s[1] - s[0] >= 2) {
                    SweepDirection d = e[s[1] - 1] >= e[s[0]] ? SweepDirection.POSITIVE : SweepDirection.NEGATIVE;
                    out.add(new Sweep(c + 1, d, s[0], s[1]));
                }
            }
        }
        return out;
    }

    /**
     * The requested sweep. A record with a single sweep (an LSV) is used as recorded unless a different
     * direction is asked for; a CV defaults to the positive-going sweep of the last cycle (cli.md). The
     * longest matching sweep of the cycle wins. Refuses (analysis error) when the sweep does not exist.
     */
    public static Sweep select(Measurement m, OptionalInt cycle, Optional<SweepDirection> direction) {
        List<Sweep> all = split(m);
        if (all.isEmpty()) {
            throw NernstException.analysis("no potential sweep found (fewer than 2 points or constant potential)");
        }
        // one sweep is an LSV whatever the file calls it (generic readers may guess CV for any E-I table)
        boolean single = all.size() == 1;
        if (single && direction.isEmpty() && cycle.isEmpty()) {
            return all.get(0);
        }
        int lastCycle = all.get(all.size() - 1).cycle();
        int wanted = cycle.orElse(lastCycle);
        SweepDirection dir = direction.orElse(single ? all.get(0).direction() : SweepDirection.POSITIVE);
        Sweep best = null;
        for (Sweep s : all) {
            if (s.cycle() == wanted && s.direction() == dir && (best == null || span(m, s) > span(m, best))) {
                best = s;
            }
        }
        if (best == null) {
            throw NernstException.analysis("the record has no " + dir.label() + " sweep in cycle " + wanted
                    + " (it has " + lastCycle + " cycle(s): " + describe(all) + ")");
        }
        return best;
    }

    private static double span(Measurement m, Sweep s) {
        Channel e = m.require(Role.POTENTIAL);
        return Math.abs(e.get(s.end() - 1) - e.get(s.start()));
    }

    private static String describe(List<Sweep> all) {
        StringBuilder b = new StringBuilder();
        for (Sweep s : all) {
            b.append(b.isEmpty() ? "" : ", ").append("cycle ").append(s.cycle()).append(' ').append(s.direction().label());
        }
        return b.toString();
    }

    private static List<int[]> cycles(Measurement m, double[] e) {
        List<Segment> segs = m.segments(Segment.Kind.CYCLE);
        List<int[]> out = new ArrayList<>();
        if (!segs.isEmpty()) {
            for (Segment s : segs) {
                out.add(new int[] {s.start(), s.end()});
            }
            return out;
        }
        Optional<Channel> idx = m.channel(Role.CYCLE_INDEX);
        if (idx.isPresent() && idx.get().size() > 0) {
            Channel c = idx.get();
            int start = 0;
            for (int i = 1; i <= c.size(); i++) {
                if (i == c.size() || c.get(i) != c.get(i - 1)) {
                    out.add(new int[] {start, i});
                    start = i;
                }
            }
            return out;
        }
        return crossingCycles(e);
    }

    /** Cycles split where the potential passes its start value again in the initial direction. */
    private static List<int[]> crossingCycles(double[] e) {
        List<int[]> out = new ArrayList<>();
        List<int[]> runs = monotonicRuns(e, 0, e.length);
        if (runs.size() <= 1) {
            out.add(new int[] {0, e.length});
            return out;
        }
        double e0 = e[0];
        boolean up = e[runs.get(0)[1] - 1] > e0;
        int start = 0;
        for (int r = 1; r < runs.size(); r++) {
            int[] run = runs.get(r);
            boolean runUp = e[run[1] - 1] > e[run[0]];
            if (runUp != up) {
                continue;
            }
            for (int i = Math.max(run[0], 1); i < run[1]; i++) {
                boolean crossed = up ? e[i - 1] <= e0 && e[i] > e0 : e[i - 1] >= e0 && e[i] < e0;
                if (crossed && i - start > 2) {
                    out.add(new int[] {start, i});
                    start = i;
                    break;
                }
            }
        }
        out.add(new int[] {start, e.length});
        return out;
    }

    /** Rows [from, to) split at turning points (hysteresis: 2 % of the range, at least 3 mV). */
    static List<int[]> monotonicRuns(double[] e, int from, int to) {
        List<int[]> out = new ArrayList<>();
        if (to - from < 2) {
            out.add(new int[] {from, to});
            return out;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, e[i]);
            hi = Math.max(hi, e[i]);
        }
        double h = Math.max(0.003, 0.02 * (hi - lo));
        int start = from;
        int dir = 0;
        int ext = from;
        for (int i = from + 1; i < to; i++) {
            if (dir == 0) {
                if (Math.abs(e[i] - e[from]) >= h) {
                    dir = e[i] > e[from] ? 1 : -1;
                    ext = i;
                }
                continue;
            }
            if ((dir > 0 && e[i] > e[ext]) || (dir < 0 && e[i] < e[ext])) {
                ext = i;
            } else if (Math.abs(e[i] - e[ext]) >= h) {
                out.add(new int[] {start, ext + 1});
                start = ext;
                dir = -dir;
                ext = i;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }
}
