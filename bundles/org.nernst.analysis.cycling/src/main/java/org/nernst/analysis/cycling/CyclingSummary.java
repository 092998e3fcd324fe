package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** Result of {@link CyclingSummaryAnalyzer}: one row per cycle, as JSON, CSV or curves. */
public record CyclingSummary(List<SummaryRow> rows, OptionalDouble massG, Map<String, Object> settings,
        List<Diagnostic> warnings) {

    public CyclingSummary {
        rows = List.copyOf(rows);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycles", rows.stream().map(r -> r.toJson(massG)).toList());
        m.put("n_cycles", rows.size());
        m.put("total_charge_capacity_mAh", rows.stream().mapToDouble(SummaryRow::chargeAh).sum() * 1000);
        m.put("total_discharge_capacity_mAh", rows.stream().mapToDouble(SummaryRow::dischargeAh).sum() * 1000);
        SummaryRow first = rows.get(0);
        SummaryRow last = rows.get(rows.size() - 1);
        if (first.dischargeAh() > 0) {
            // capacity retention: last discharge capacity relative to the first
            m.put("capacity_retention_pct", 100 * last.dischargeAh() / first.dischargeAh());
        }
        m.put("settings", settings);
        m.put("warnings", Json.messages(warnings));
        return m;
    }

    /** The table as CSV (comma, point decimal, header with units, empty cell for undefined values). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(String.join(",", SummaryRow.header(massG.isPresent()))).append('\n');
        for (SummaryRow r : rows) {
            double[] v = r.values(massG);
            for (int k = 0; k < v.length; k++) {
                if (k > 0) {
                    b.append(',');
                }
                if (k == 0) {
                    b.append(r.cycle());
                } else if (Double.isFinite(v[k])) {
                    b.append(String.format(Locale.ROOT, "%.10g", v[k]));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Capacities and efficiencies vs cycle number. */
    public Measurement curves() {
        int n = rows.size();
        double[] c = new double[n];
        double[] qc = new double[n];
        double[] qd = new double[n];
        double[] ce = new double[n];
        double[] ee = new double[n];
        for (int k = 0; k < n; k++) {
            SummaryRow r = rows.get(k);
            c[k] = r.cycle();
            qc[k] = r.chargeAh();
            qd[k] = r.dischargeAh();
            ce[k] = r.coulombicEfficiencyPct();
            ee[k] = r.energyEfficiencyPct();
        }
        return new Measurement(Metadata.builder().instrument("cycling summary").build(), List.of(
                Channel.of("cycle", Role.CYCLE_INDEX, Quantity.COUNT, c),
                Channel.of("charge capacity", Role.CHARGE_CAPACITY, Quantity.CAPACITY, qc),
                Channel.of("discharge capacity", Role.DISCHARGE_CAPACITY, Quantity.CAPACITY, qd),
                Channel.of("coulombic efficiency", Role.OTHER, Quantity.PERCENT, ce),
                Channel.of("energy efficiency", Role.OTHER, Quantity.PERCENT, ee)));
    }
}
