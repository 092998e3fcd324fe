package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One cycle of the general battery cycling summary. Capacities in A h, energies in W h, times in s.
 * Coulombic efficiency = 100 Q_discharge / Q_charge and energy efficiency = 100 E_discharge / E_charge,
 * the usual definitions for full cells (e.g. the cellpy summary table).
 */
public record SummaryRow(int cycle, double chargeAh, double dischargeAh, double chargeWh, double dischargeWh,
        double chargeS, double dischargeS, double vChargeV, double vDischargeV) {

    public double coulombicEfficiencyPct() {
        return chargeAh > 0 ? 100 * dischargeAh / chargeAh : Double.NaN;
    }

    public double energyEfficiencyPct() {
        return chargeWh > 0 ? 100 * dischargeWh / chargeWh : Double.NaN;
    }

    /** Column names of {@link #values}, with units. */
    static String[] header(boolean specific) {
        String[] base = {"cycle", "charge_capacity_mAh", "discharge_capacity_mAh", "coulombic_efficiency_pct",
            "charge_energy_mWh", "discharge_energy_mWh", "energy_efficiency_pct", "v_charge_V", "v_discharge_V",
            "charge_h", "discharge_h"};
        if (!specific) {
            return base;
        }
        String[] out = java.util.Arrays.copyOf(base, base.length + 2);
        out[base.length] = "charge_capacity_mAh_g";
        out[base.length + 1] = "discharge_capacity_mAh_g";
        return out;
    }

    double[] values(OptionalDouble massG) {
        double[] v = {cycle, chargeAh * 1000, dischargeAh * 1000, coulombicEfficiencyPct(), chargeWh * 1000,
            dischargeWh * 1000, energyEfficiencyPct(), vChargeV, vDischargeV, chargeS / 3600, dischargeS / 3600};
        if (massG.isEmpty()) {
            return v;
        }
        double[] out = java.util.Arrays.copyOf(v, v.length + 2);
        out[v.length] = chargeAh * 1000 / massG.getAsDouble();
        out[v.length + 1] = dischargeAh * 1000 / massG.getAsDouble();
        return out;
    }

    Map<String, Object> toJson(OptionalDouble massG) {
        String[] h = header(massG.isPresent());
        double[] v = values(massG);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(h[0], cycle);
        for (int k = 1; k < h.length; k++) {
            Json.putFinite(m, h[k], v[k]);
        }
        return m;
    }
}
