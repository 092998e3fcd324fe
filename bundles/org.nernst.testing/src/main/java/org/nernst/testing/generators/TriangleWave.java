package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.units.Quantity;

/**
 * The potential programme of a cyclic voltammogram: a triangle wave from {@code start} to {@code high}, down to
 * {@code low} and back to {@code start} (one cycle), repeated, recorded every {@code step} volts. The current
 * is asked of a {@link Cell} that sees the potential, the sweep sign, the 1-based cycle and the time since the
 * last reversal (for charging transients). Cycles are written as CYCLE segments, as potentiostats number them.
 */
public final class TriangleWave {
    private TriangleWave() {
    }

    /** The cell's current in A. */
    @FunctionalInterface
    public interface Cell {
        double currentA(double potentialV, int sweepSign, int cycle, double secondsSinceReversal);
    }

    /** Vertices of {@code cycles} cycles: start → high → low → start (start between low and high). */
    public static double[] vertices(double start, double high, double low, int cycles) {
        double[] v = new double[3 * cycles + 1];
        v[0] = start;
        for (int c = 0; c < cycles; c++) {
            v[3 * c + 1] = high;
            v[3 * c + 2] = low;
            v[3 * c + 3] = start;
        }
        return v;
    }

    public static Measurement run(double start, double high, double low, int cycles, double step, double scanRate,
            Cell cell, Noise noise, Metadata md) {
        double[] vertices = vertices(start, high, low, cycles);
        List<double[]> rows = new ArrayList<>();
        List<Segment> segs = new ArrayList<>();
        double t = 0;
        int cycleStart = 0;
        for (int v = 0; v + 1 < vertices.length; v++) {
            double a = vertices[v];
            double b = vertices[v + 1];
            int sign = b >= a ? 1 : -1;
            int cycle = v / 3 + 1;
            int n = (int) Math.round(Math.abs(b - a) / step);
            for (int k = (v == 0 ? 0 : 1); k <= n; k++) {
                double e = a + sign * k * step;
                double since = k * step / scanRate;
                rows.add(new double[] {t + since, e, cell.currentA(e, sign, cycle, since) + noise.next()});
            }
            t += n * step / scanRate;
            if (v % 3 == 2) {
                segs.add(new Segment(Segment.Kind.CYCLE, cycle, cycleStart, rows.size(), "cycle " + cycle));
                cycleStart = rows.size();
            }
        }
        double[] time = new double[rows.size()];
        double[] e = new double[rows.size()];
        double[] i = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            time[r] = rows.get(r)[0];
            e[r] = rows.get(r)[1];
            i[r] = rows.get(r)[2];
        }
        Measurement m = new Measurement(md.toBuilder().scanRateVPerS(scanRate).build(),
                List.of(Channel.of("time", Role.TIME, Quantity.TIME, time), Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, e),
                        Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
        return m.withSegments(segs);
    }
}
