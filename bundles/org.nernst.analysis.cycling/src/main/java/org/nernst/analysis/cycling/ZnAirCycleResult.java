package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * Result of {@link ZnAirCycleAnalyzer}.
 *
 * @param cycles          complete cycles in order
 * @param durationH       hours of operation: time span of the whole record
 * @param gapGrowthV100h  least-squares growth of the gap, V per 100 h of operation
 * @param cycleLife       cycles and hours before the user's threshold failed (only with a threshold)
 * @param segmentation    the half-cycles the cycles were built from
 * @param settings        inputs that shaped the result
 * @param warnings        what the user should know
 */
public record ZnAirCycleResult(List<CycleStats> cycles, double durationH, Optional<Double> gapGrowthV100h,
        Optional<Map<String, Object>> cycleLife, Segmentation segmentation, Map<String, Object> settings,
        List<Diagnostic> warnings) {

    public ZnAirCycleResult {
        cycles = List.copyOf(cycles);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public int nCycles() {
        return cycles.size();
    }

    public double initialGapV() {
        return cycles.get(0).gapV();
    }

    public double finalGapV() {
        return cycles.get(cycles.size() - 1).gapV();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycles", cycles.stream().map(CycleStats::toJson).toList());
        m.put("n_cycles", nCycles());
        m.put("initial_gap_V", initialGapV());
        m.put("final_gap_V", finalGapV());
        m.put("duration_h", durationH);
        gapGrowthV100h.ifPresent(g -> m.put("gap_growth_V_per_100h", g));
        m.put("initial_rte_pct", cycles.get(0).rtePct());
        m.put("final_rte_pct", cycles.get(cycles.size() - 1).rtePct());
        m.put("mean_rte_pct", cycles.stream().mapToDouble(CycleStats::rtePct).average().orElse(Double.NaN));
        cycleLife.ifPresent(c -> m.put("cycle_life", c));
        m.put("first_half_cycle", cycles.get(0).first().kind().label());
        int s = segmentation.chargeCurrentSign();
        m.put("charge_current_sign", s > 0 ? "positive" : s < 0 ? "negative" : "unknown");
        m.put("settings", settings);
        m.put("warnings", Json.messages(warnings));
        return m;
    }

    /** Per-cycle curves for plots and --export-curves: gap, voltages and efficiencies vs cycle and time. */
    public Measurement curves() {
        int n = cycles.size();
        double[] cyc = new double[n];
        double[] mid = new double[n];
        double[] vc = new double[n];
        double[] vd = new double[n];
        double[] gap = new double[n];
        double[] rte = new double[n];
        double[] ee = new double[n];
        for (int k = 0; k < n; k++) {
            CycleStats c = cycles.get(k);
            cyc[k] = c.cycle();
            mid[k] = c.midH() * 3600;
            vc[k] = c.vChargeV();
            vd[k] = c.vDischargeV();
            gap[k] = c.gapV();
            rte[k] = c.rtePct();
            ee[k] = c.energyEfficiencyPct();
        }
        return new Measurement(Metadata.builder().instrument("Zn-air cycling summary").build(), List.of(
                Channel.of("cycle", Role.CYCLE_INDEX, Quantity.COUNT, cyc),
                Channel.of("cycle mid time", Role.TIME, Quantity.TIME, mid),
                Channel.of("v_charge", Role.OTHER, Quantity.POTENTIAL, vc),
                Channel.of("v_discharge", Role.OTHER, Quantity.POTENTIAL, vd),
                Channel.of("gap", Role.OTHER, Quantity.POTENTIAL, gap),
                Channel.of("rte", Role.OTHER, Quantity.PERCENT, rte),
                Channel.of("energy efficiency", Role.OTHER, Quantity.PERCENT, ee)));
    }
}
