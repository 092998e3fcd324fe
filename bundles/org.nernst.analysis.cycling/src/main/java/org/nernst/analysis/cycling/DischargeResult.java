package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * Result of {@link DischargeAnalyzer}.
 *
 * @param capacityMAh        discharge capacity, mAh
 * @param energyMWh          discharge energy, mWh
 * @param vMeanV             capacity-weighted mean voltage (energy / capacity), V
 * @param durationH          time under current, h
 * @param capacityMAhG       per gram of zinc consumed
 * @param energyWhKg         per kilogram of zinc consumed
 * @param curveCapacityMAh   cumulative capacity along the discharge, mAh
 * @param curveVoltage       voltage at those points, V
 * @param zincMassG          the mass used
 */
public record DischargeResult(double capacityMAh, double energyMWh, double vMeanV, double durationH,
        OptionalDouble capacityMAhG, OptionalDouble energyWhKg, double[] curveCapacityMAh, double[] curveVoltage,
        OptionalDouble zincMassG, Map<String, Object> settings, List<Diagnostic> warnings) {

    public DischargeResult {
        curveCapacityMAh = curveCapacityMAh.clone();
        curveVoltage = curveVoltage.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        capacityMAhG.ifPresent(c -> m.put("capacity_mAh_g", c));
        energyWhKg.ifPresent(e -> m.put("energy_Wh_kg", e));
        m.put("v_mean_V", vMeanV);
        m.put("capacity_mAh", capacityMAh);
        m.put("energy_mWh", energyMWh);
        m.put("duration_h", durationH);
        m.put("settings", settings);
        m.put("warnings", Json.messages(warnings));
        return m;
    }

    /** Voltage vs cumulative capacity (A h; and per gram of zinc in mAh/g when the mass is known). */
    public Measurement curves() {
        int n = curveVoltage.length;
        double[] ah = new double[n];
        for (int k = 0; k < n; k++) {
            ah[k] = curveCapacityMAh[k] / 1000;
        }
        List<Channel> ch = new java.util.ArrayList<>(List.of(
                Channel.of("capacity", Role.CAPACITY, Quantity.CAPACITY, ah),
                Channel.of("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, curveVoltage)));
        if (zincMassG.isPresent()) {
            double g = zincMassG.getAsDouble();
            double[] spec = new double[n];
            for (int k = 0; k < n; k++) {
                spec[k] = curveCapacityMAh[k] / g;
            }
            ch.add(Channel.adopt("specific capacity", Role.OTHER, Quantity.UNKNOWN, "mAh/g", spec));
        }
        return new Measurement(Metadata.builder().instrument("Zn-air discharge").build(), ch);
    }
}
