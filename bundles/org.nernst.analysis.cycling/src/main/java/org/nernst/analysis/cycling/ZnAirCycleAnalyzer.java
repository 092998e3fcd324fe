package org.nernst.analysis.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nernst.analysis.cycling.internal.HalfCycleSplitter;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Zn-air galvanostatic cycling (cli.md "Zn-air cycling"): half-cycles split where the current changes
 * direction, rests excluded; a cycle is the first half-cycle of the record and the next one of the other
 * kind, paired in order; an incomplete last cycle is dropped with a warning.
 */
public final class ZnAirCycleAnalyzer {
    private ZnAirCycleAnalyzer() {
    }

    public static ZnAirCycleResult analyze(Measurement m, CycleOptions o) {
        Segmentation seg = HalfCycleSplitter.split(m, o);
        List<Diagnostic> warnings = new ArrayList<>(seg.diagnostics());
        double[] t = m.require(Role.TIME).toArray();
        double t0 = Arrays.stream(t).filter(Double::isFinite).min().orElse(0);
        double t1 = Arrays.stream(t).filter(Double::isFinite).max().orElse(0);
        List<CycleStats> cycles = pair(seg.halfCycles(), t0, warnings);
        if (cycles.isEmpty()) {
            throw NernstException.analysis("no complete charge/discharge cycle found (" + seg.halfCycles().size()
                    + " half-cycle(s) by " + seg.method() + ")");
        }
        warnTruncated(seg.halfCycles(), warnings);
        Map<String, Object> settings = new LinkedHashMap<>(o.toJson());
        settings.put("segmentation", seg.method());
        settings.put("rest_threshold_A", seg.restThresholdA());
        settings.put("voltage_channel", HalfCycleSplitter.voltage(m).name());
        settings.put("current_channel", m.require(Role.CURRENT).name());
        return new ZnAirCycleResult(cycles, (t1 - t0) / 3600, gapGrowthPer100h(cycles), cycleLife(cycles, o), seg,
                settings, warnings);
    }

    /** Pairs half-cycles in order: (0,1), (2,3), ...; kinds alternate because same-kind runs were merged. */
    static List<CycleStats> pair(List<HalfCycle> h, double t0, List<Diagnostic> warnings) {
        List<CycleStats> out = new ArrayList<>();
        for (int k = 0; k + 1 < h.size(); k += 2) {
            HalfCycle a = h.get(k);
            HalfCycle b = h.get(k + 1);
            out.add(new CycleStats(out.size() + 1, a, b, (a.startS() - t0) / 3600, (b.endS() - t0) / 3600));
        }
        if (h.size() % 2 == 1) {
            HalfCycle lone = h.get(h.size() - 1);
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                    "incomplete last cycle dropped: a lone %s half-cycle at %.3f h has no partner",
                    lone.kind().label(), (lone.startS() - t0) / 3600)));
        }
        return out;
    }

    /** A last half-cycle much shorter than its kind's median suggests the test stopped mid-way: counted, but said. */
    private static void warnTruncated(List<HalfCycle> h, List<Diagnostic> warnings) {
        if (h.size() < 4) {
            return;
        }
        HalfCycle last = h.get(h.size() - 1);
        double[] same = h.stream().filter(x -> x.kind() == last.kind()).mapToDouble(HalfCycle::activeS).sorted().toArray();
        double median = same[same.length / 2];
        if (last.activeS() < 0.5 * median) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                    "the last %s half-cycle lasted %.0f %% of the median one: the test may have stopped during it",
                    last.kind().label(), 100 * last.activeS() / median)));
        }
    }

    /** Least-squares slope of gap vs cycle mid-time, scaled to 100 h (V per 100 h); empty below 2 cycles. */
    static Optional<Double> gapGrowthPer100h(List<CycleStats> c) {
        int n = c.size();
        if (n < 2) {
            return Optional.empty();
        }
        double mx = c.stream().mapToDouble(CycleStats::midH).average().orElse(0);
        double my = c.stream().mapToDouble(CycleStats::gapV).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (CycleStats s : c) {
            sxy += (s.midH() - mx) * (s.gapV() - my);
            sxx += (s.midH() - mx) * (s.midH() - mx);
        }
        return sxx > 0 ? Optional.of(100 * sxy / sxx) : Optional.empty();
    }

    /** Cycle life to the user's threshold: cycles before the first one that fails it. */
    static Optional<Map<String, Object>> cycleLife(List<CycleStats> cycles, CycleOptions o) {
        if (o.maxGapV().isEmpty() && o.minRtePct().isEmpty()) {
            return Optional.empty();
        }
        List<String> criteria = new ArrayList<>();
        o.maxGapV().ifPresent(g -> criteria.add("gap_V > " + g));
        o.minRtePct().ifPresent(r -> criteria.add("rte_pct < " + r));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criterion", String.join(" or ", criteria));
        for (CycleStats c : cycles) {
            boolean fails = (o.maxGapV().isPresent() && c.gapV() > o.maxGapV().getAsDouble())
                    || (o.minRtePct().isPresent() && c.rtePct() < o.minRtePct().getAsDouble());
            if (fails) {
                m.put("reached", true);
                m.put("cycles", c.cycle() - 1);
                m.put("hours", c.cycle() > 1 ? cycles.get(c.cycle() - 2).endH() : 0.0);
                m.put("first_failing_cycle", c.cycle());
                return Optional.of(m);
            }
        }
        m.put("reached", false);
        m.put("cycles", cycles.size());
        m.put("hours", cycles.get(cycles.size() - 1).endH());
        return Optional.of(m);
    }
}
