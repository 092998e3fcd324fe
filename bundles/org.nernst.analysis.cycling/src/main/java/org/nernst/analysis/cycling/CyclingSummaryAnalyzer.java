package org.nernst.analysis.cycling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.analysis.cycling.internal.HalfCycleSplitter;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Per-cycle summary of any battery cycling record: charge and discharge capacity and energy, coulombic and
 * energy efficiency. Cycles follow the cycler's own CYCLE_INDEX column when the file has one (the numbering
 * battery researchers know from their cycler software); otherwise half-cycles are paired as for Zn-air
 * (cli.md: the first half-cycle and the next one of the other kind, an incomplete last cycle dropped).
 */
public final class CyclingSummaryAnalyzer {
    private CyclingSummaryAnalyzer() {
    }

    public static CyclingSummary analyze(Measurement m, CycleOptions o) {
        Segmentation seg = HalfCycleSplitter.split(m, o);
        List<Diagnostic> warnings = new ArrayList<>(seg.diagnostics());
        Optional<Channel> cycleIndex = o.useStepChannels() ? m.channel(Role.CYCLE_INDEX) : Optional.empty();
        List<SummaryRow> rows;
        String numbering;
        if (cycleIndex.isPresent()) {
            numbering = "cycler cycle index";
            rows = byCycleIndex(m, seg, cycleIndex.get().toArray());
        } else {
            numbering = "half-cycle pairing";
            rows = new ArrayList<>();
            double t0 = m.require(Role.TIME).stream().filter(Double::isFinite).min().orElse(0);
            for (CycleStats c : ZnAirCycleAnalyzer.pair(seg.halfCycles(), t0, warnings)) {
                HalfCycle ch = c.charge();
                HalfCycle di = c.discharge();
                rows.add(new SummaryRow(c.cycle(), ch.capacityAh(), di.capacityAh(), ch.energyWh(), di.energyWh(),
                        ch.activeS(), di.activeS(), ch.meanVoltage(), di.meanVoltage()));
            }
        }
        if (rows.isEmpty()) {
            throw NernstException.analysis("no cycle found (" + seg.halfCycles().size() + " half-cycle(s) by " + seg.method() + ")");
        }
        Map<String, Object> settings = new LinkedHashMap<>(o.toJson());
        settings.put("segmentation", seg.method());
        settings.put("cycle_numbering", numbering);
        settings.put("rest_threshold_A", seg.restThresholdA());
        return new CyclingSummary(rows, o.massG(), settings, warnings);
    }

    /** Sums each cycler cycle's charge and discharge intervals (both ends in the same cycle and state). */
    private static List<SummaryRow> byCycleIndex(Measurement m, Segmentation seg, double[] cyc) {
        double[] t = m.require(Role.TIME).toArray();
        double[] v = HalfCycleSplitter.voltage(m).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        // per cycle: [0..3] charge {dt, V dt, |I| dt, V|I| dt}, [4..7] the same for discharge
        Map<Integer, double[]> acc = new LinkedHashMap<>();
        for (int k = 0; k + 1 < t.length; k++) {
            int s = seg.state(k);
            double dt = t[k + 1] - t[k];
            if (s == 0 || seg.state(k + 1) != s || cyc[k] != cyc[k + 1] || !(dt > 0) || Double.isNaN(cyc[k])) {
                continue;
            }
            double[] a = acc.computeIfAbsent((int) cyc[k], c -> new double[8]);
            int o = s > 0 ? 0 : 4;
            a[o] += dt;
            a[o + 1] += 0.5 * (v[k] + v[k + 1]) * dt;
            a[o + 2] += 0.5 * (Math.abs(i[k]) + Math.abs(i[k + 1])) * dt;
            a[o + 3] += 0.5 * (v[k] * Math.abs(i[k]) + v[k + 1] * Math.abs(i[k + 1])) * dt;
        }
        List<SummaryRow> rows = new ArrayList<>();
        acc.forEach((c, a) -> rows.add(new SummaryRow(c, a[2] / 3600, a[6] / 3600, a[3] / 3600, a[7] / 3600, a[0], a[4],
                a[0] > 0 ? a[1] / a[0] : Double.NaN, a[4] > 0 ? a[5] / a[4] : Double.NaN)));
        return rows;
    }
}
