package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReferenceJson;

/** Shared checks for the cycler corpus tests: reading, probing, golden column sums. */
final class CorpusCheck {
    private CorpusCheck() {
    }

    record Read(Measurement m, List<Diagnostic> warnings) {
    }

    static Read read(MeasurementReader reader, String corpusPath) throws IOException {
        Path f = Corpus.file(corpusPath);
        byte[] head = java.nio.file.Files.readAllBytes(f);
        int probe = reader.probe(new ProbeInput(f.getFileName().toString(), head.length,
                java.util.Arrays.copyOf(head, Math.min(head.length, ProbeInput.HEAD_BYTES))));
        assertTrue(probe >= MeasurementReader.LIKELY, corpusPath + " probe " + probe);
        ReadContext ctx = new ReadContext(f, Monitor.none());
        Measurement m = reader.read(ctx).get(0);
        return new Read(m, ctx.diagnostics());
    }

    static Map<String, Object> reference(String corpusPath) throws IOException {
        Path f = Corpus.file(corpusPath);
        return ReferenceJson.read(f.resolveSibling(f.getFileName() + ".reference.json"));
    }

    static Channel ch(Measurement m, String name) {
        return m.channel(name).orElseThrow(() -> new AssertionError("no channel " + name + ": " + m.describeChannels()));
    }

    static double last(Channel c) {
        return c.get(c.size() - 1);
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /**
     * A cellpy golden column summary (sum, first/last 3, min/max) against our values times {@code k}
     * (from our SI unit to cellpy's), within {@code rel} of the sum.
     */
    static void golden(Map<String, Object> ref, String column, double[] ours, double offset, double rel) {
        Object col = ReferenceJson.at(ref, "raw_parquet_summary", "columns", column);
        int n = ours.length;
        double s = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : ours) {
            s += x + offset;
            lo = Math.min(lo, x + offset);
            hi = Math.max(hi, x + offset);
        }
        double refSum = ReferenceJson.number(col, "sum");
        assertEquals(refSum, s, rel * Math.abs(refSum) + 1e-9, column + " sum");
        assertEquals(ReferenceJson.number(col, "min"), lo, 1e-9 + 1e-9 * Math.abs(lo), column + " min");
        assertEquals(ReferenceJson.number(col, "max"), hi, 1e-9 + 1e-9 * Math.abs(hi), column + " max");
        for (int j = 0; j < 3; j++) {
            double f = ReferenceJson.number(col, "first", j);
            double l = ReferenceJson.number(col, "last", j);
            assertEquals(f, ours[j] + offset, 1e-9 + 1e-9 * Math.abs(f), column + " first[" + j + "]");
            assertEquals(l, ours[n - 3 + j] + offset, 1e-9 + 1e-9 * Math.abs(l), column + " last[" + j + "]");
        }
    }

    static void cycles(Map<String, Object> ref, Measurement m, int firstCycleShift) {
        int cycles = (int) ReferenceJson.number(ref, "raw_parquet_summary", "n_cycles");
        List<Segment> segs = m.segments(Segment.Kind.CYCLE);
        assertEquals(cycles, segs.size(), "cycle count");
        Map<?, ?> per = (Map<?, ?>) ReferenceJson.at(ref, "raw_parquet_summary", "per_cycle");
        for (Segment s : segs) {
            String key = Integer.toString(s.index() + firstCycleShift);
            assertEquals(ReferenceJson.number(per, key, "rows"), s.rows(), "rows of cycle " + key);
        }
    }

    static void basics(Measurement m, int rows) {
        assertEquals(rows, m.rows(), "rows");
        for (Role r : new Role[] {Role.TIME, Role.CELL_VOLTAGE, Role.CURRENT, Role.STEP_TYPE}) {
            m.require(r);
        }
    }

    /**
     * Coulomb counting, Q = ∫ I dt (Faraday; trapezoid rule between records): in every cycle, the last
     * charge capacity equals the integral of the positive current over the cycle, and the last discharge
     * capacity that of the negative current, within {@code rel} of the larger of the two (plus one record's worth).
     * This checks current sign, units and the capacity convention at once.
     */
    static void coulombCounting(Measurement m, double rel) {
        double[] t = m.require(Role.TIME).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        double[] qc = m.require(Role.CHARGE_CAPACITY).toArray();
        double[] qd = m.require(Role.DISCHARGE_CAPACITY).toArray();
        int checked = 0;
        for (Segment s : m.segments(Segment.Kind.CYCLE)) {
            double in = 0;
            double out = 0;
            double step = 0;
            for (int k = s.start() + 1; k < s.end(); k++) {
                double dt = t[k] - t[k - 1];
                double q = 0.5 * (i[k] + i[k - 1]) * dt / 3600;
                step = Math.max(step, Math.abs(q));
                if (i[k] > 0 && i[k - 1] > 0) {
                    in += q;
                } else if (i[k] < 0 && i[k - 1] < 0) {
                    out -= q;
                }
            }
            double scale = Math.max(in, out);
            if (scale == 0) {
                continue;
            }
            double tol = rel * scale + 2 * step;
            assertEquals(in, qc[s.end() - 1], tol, "cycle " + s.index() + ": charge capacity vs integral of I dt");
            assertEquals(out, qd[s.end() - 1], tol, "cycle " + s.index() + ": discharge capacity vs integral of -I dt");
            checked++;
        }
        assertTrue(checked > 0, "no cycle with current");
    }
}
