package org.nernst.catalog;

import java.util.Locale;
import java.util.Set;

/** Which way is better for a metric, so a ranking can put the best first. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, SMALLER_MAGNITUDE_IS_BETTER, LARGER_MAGNITUDE_IS_BETTER, UNKNOWN;

    private static final Set<String> HIGHER = Set.of("half_wave_potential", "peak_power_density", "specific_capacity",
            "specific_energy", "current_retention", "mass_activity", "tof", "electron_transfer_number", "ecsa",
            "double_layer_capacitance", "double_layer_capacitance_per_area", "round_trip_efficiency",
            "open_circuit_voltage", "mean_discharge_voltage");
    private static final Set<String> LOWER = Set.of("tafel_slope", "overpotential_at_10_mA_cm2",
            "charge_transfer_resistance", "h2o2_yield", "initial_voltage_gap", "final_voltage_gap");
    private static final Set<String> SMALLER_MAGNITUDE = Set.of("delta_half_wave_potential",
            "delta_overpotential_at_10_mA_cm2", "delta_potential", "potential_drift");
    private static final Set<String> LARGER_MAGNITUDE = Set.of("limiting_current_density", "exchange_current_density",
            "kinetic_current_density",
            "current_density_at_peak_power");

    /**
     * Onset and fixed-current potentials depend on the reaction: an oxidation (OER) is better at a
     * lower potential, a reduction (ORR, HER, CO2RR...) at a higher (less negative) one.
     */
    public static Direction of(String reaction, String metric) {
        if (HIGHER.contains(metric)) {
            return HIGHER_IS_BETTER;
        }
        if (LOWER.contains(metric)) {
            return LOWER_IS_BETTER;
        }
        if (SMALLER_MAGNITUDE.contains(metric)) {
            return SMALLER_MAGNITUDE_IS_BETTER;
        }
        if (LARGER_MAGNITUDE.contains(metric)) {
            return LARGER_MAGNITUDE_IS_BETTER;
        }
        if (metric.equals("onset_potential") || metric.equals("potential_at_10_mA_cm2")) {
            String r = reaction.toUpperCase(Locale.ROOT);
            if (r.equals("OER") || r.equals("HOR") || r.contains("OXIDATION") || r.equals("CER")) {
                return LOWER_IS_BETTER;
            }
            return r.isEmpty() ? UNKNOWN : HIGHER_IS_BETTER;
        }
        return UNKNOWN;
    }

    /** Sort key: smaller is better. */
    public double key(double v) {
        return switch (this) {
            case HIGHER_IS_BETTER, UNKNOWN -> -v;
            case LOWER_IS_BETTER -> v;
            case SMALLER_MAGNITUDE_IS_BETTER -> Math.abs(v);
            case LARGER_MAGNITUDE_IS_BETTER -> -Math.abs(v);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
