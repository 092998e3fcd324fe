package org.nernst.io.neware.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nernst.io.api.ReadContext;

/**
 * The .ndc tables of an .ndax archive (versions 14, 16, 17): 4096-byte pages, the first one a
 * header; each later page holds fixed-size records between byte 132 and a version-specific tail.
 */
final class Ndc {
    private Ndc() {
    }

    private static final int PAGE = 4096;
    private static final int BODY = 132;

    /** A merged record in NewareNDA's units (s, V, mA, mA·h, mW·h, epoch s). */
    record Row(long index, int cycle, int stepIndex, long step, int status, double time, double voltage, double current,
            double qc, double qd, double ec, double ed, double stamp) {
        NewareTable.Row toRow() {
            return new NewareTable.Row(index, cycle, stepIndex, step, status, time, voltage, current, qc, qd, ec, ed, stamp);
        }
    }

    record Merged(List<Row> rows, int interpolated) {
    }

    private record Run(double time, double dt, double qc, double qd, double ec, double ed, double stamp, long step) {
    }

    private record Step(int cycle, int stepIndex, int status) {
    }

    static Merged merge(ByteBuffer data, ByteBuffer runInfo, ByteBuffer steps, int version, ReadContext ctx) {
        Map<Long, Run> runs = runs(runInfo, version);
        List<Step> stepTable = steps(steps, version);
        List<Row> out = new ArrayList<>();
        int tail = 4;
        long index = 0;
        Run last = null;
        int interpolated = 0;
        double sCap = 0;
        double sEnergy = 0;
        Run base = null;
        for (int p = PAGE; p + PAGE <= data.limit(); p += PAGE) {
            for (int q = p + BODY; q + 8 <= p + PAGE - tail; q += 8) {
                index++;
                double a = data.getFloat(q);
                double b = data.getFloat(q + 4);
                double v = version == 16 ? 1e-4 * a : a;
                double iMa = version == 16 ? b : 1000 * b;
                if (v == 0) {
                    continue;
                }
                Run r = runs.get(index);
                double time;
                double qc;
                double qd;
                double ec;
                double ed;
                double stamp;
                long step;
                if (r != null) {
                    base = r;
                    sCap = 0;
                    sEnergy = 0;
                    time = r.time();
                    qc = r.qc();
                    qd = r.qd();
                    ec = r.ec();
                    ed = r.ed();
                    stamp = r.stamp();
                    step = r.step();
                } else if (base != null) {
                    // BTS 8 leaves some records out of runInfo: time advances by the sampling interval, capacity
                    // and energy by the integral of I and I*V over it (rectangle rule, as BTS and NewareNDA do)
                    interpolated++;
                    double dt = base.dt();
                    time = (last == null ? base.time() : last.time()) + dt;
                    sCap += dt * iMa / 3600;
                    sEnergy += dt * iMa / 3600 * v;
                    qc = Math.abs(base.qc()) + Math.max(sCap, 0);
                    qd = Math.abs(base.qd()) + Math.abs(Math.min(sCap, 0));
                    ec = Math.abs(base.ec()) + Math.max(sEnergy, 0);
                    ed = Math.abs(base.ed()) + Math.abs(Math.min(sEnergy, 0));
                    stamp = (last == null ? base.stamp() : last.stamp()) + dt;
                    step = base.step();
                } else {
                    throw ctx.fail("data.ndc record " + index + " precedes every data_runInfo.ndc record: cannot place it");
                }
                last = new Run(time, 0, qc, qd, ec, ed, stamp, step);
                if (step < 1 || step > stepTable.size()) {
                    throw ctx.fail("record " + index + " refers to step " + step + " but data_step.ndc lists "
                            + stepTable.size() + " steps: the archive is inconsistent");
                }
                Step s = stepTable.get((int) step - 1);
                out.add(new Row(index, s.cycle(), s.stepIndex(), step, s.status(), time, v, iMa, qc, qd, ec, ed, stamp));
            }
        }
        return new Merged(out, interpolated);
    }

    private static Map<Long, Run> runs(ByteBuffer b, int version) {
        Map<Long, Run> out = new HashMap<>();
        int rec = version == 14 ? 55 : 100;
        int tail = version == 14 ? 4 : 64;
        long prevRaw = Long.MIN_VALUE;
        long step = 0;
        for (int p = PAGE; p + PAGE <= b.limit(); p += PAGE) {
            for (int q = p + BODY; q + rec <= p + PAGE - tail; q += rec) {
                long index = b.getInt(q + 41);
                if (index == 0) {
                    continue;
                }
                long raw = b.getInt(q + 37);
                if (raw != prevRaw) {
                    step++;
                    prevRaw = raw;
                }
                // capacities: A·h in versions 14 and 17, mA·s in 16
                double k = version == 16 ? 1.0 / 3600 : 1000;
                double stamp = Integer.toUnsignedLong(b.getInt(q + 33)) + b.getShort(q + 45) / 1000.0;
                out.putIfAbsent(index, new Run(b.getInt(q) / 1000.0, b.getInt(q + 29) / 1000.0, b.getFloat(q + 5) * k,
                        b.getFloat(q + 9) * k, b.getFloat(q + 13) * k, b.getFloat(q + 17) * k, stamp, step));
            }
        }
        return out;
    }

    private static List<Step> steps(ByteBuffer b, int version) {
        List<Step> out = new ArrayList<>();
        int rec = version == 14 ? 37 : 100;
        int tail = version == 14 ? 5 : 64;
        for (int p = PAGE; p + PAGE <= b.limit(); p += PAGE) {
            for (int q = p + BODY; q + rec <= p + PAGE - tail; q += rec) {
                int stepIndex = b.getInt(q + 4);
                boolean keep = version == 14 ? stepIndex != 0 : b.getInt(q + 33) != 0;
                if (keep) {
                    out.add(new Step(b.getInt(q) + 1, stepIndex, b.get(q + 24) & 0xFF));
                }
            }
        }
        return out;
    }
}
