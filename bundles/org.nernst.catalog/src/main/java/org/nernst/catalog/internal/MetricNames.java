package org.nernst.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names metrics the same way whoever produced them: an analysis result's JSON field
 * ({@code e_half_V_RHE}, shared/design/cli.md), the literature seed ({@code half_wave_potential})
 * or a user typing {@code E1/2}. The unit of a result field is its suffix.
 */
public final class MetricNames {
    /** A result field split into the catalog's metric name and the unit its suffix names. */
    public record Field(String metric, String unit) {
    }

    /** Suffix to unit, longest first so "_mV_dec" wins over "_dec"... and "_V_RHE" over "_V". */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"_pct_mean", "%"}, new String[] {"_V_RHE", "V vs RHE"},
            new String[] {"_mV_dec", "mV dec-1"}, new String[] {"_mV_per_h", "mV h-1"},
            new String[] {"_mA_cm2", "mA cm-2"}, new String[] {"_mW_cm2", "mW cm-2"},
            new String[] {"_mAh_g", "mAh g-1"}, new String[] {"_Wh_kg", "Wh kg-1"},
            new String[] {"_mF_cm2", "mF cm-2"}, new String[] {"_per_s", "s-1"}, new String[] {"_cm2", "cm2"},
            new String[] {"_A_g", "A g-1"}, new String[] {"_ohm", "Ohm"}, new String[] {"_pct", "%"},
            new String[] {"_mF", "mF"}, new String[] {"_mV", "mV"}, new String[] {"_mA", "mA"},
            new String[] {"_mC", "mC"}, new String[] {"_uC", "uC"}, new String[] {"_V", "V"},
            new String[] {"_h", "h"});

    /** Base names of result fields and what the catalog (and the literature seed) call them. */
    private static final Map<String, String> FIELD_ALIASES = Map.ofEntries(
            Map.entry("e_half", "half_wave_potential"), Map.entry("e_onset", "onset_potential"),
            Map.entry("e_at_10", "potential_at_10_mA_cm2"), Map.entry("eta10", "overpotential_at_10_mA_cm2"),
            Map.entry("j_limit", "limiting_current_density"), Map.entry("j0", "exchange_current_density"),
            Map.entry("rct", "charge_transfer_resistance"), Map.entry("peak_power", "peak_power_density"),
            Map.entry("j_at_peak", "current_density_at_peak_power"), Map.entry("ocv", "open_circuit_voltage"),
            Map.entry("capacity", "specific_capacity"), Map.entry("energy", "specific_energy"),
            Map.entry("v_mean", "mean_discharge_voltage"), Map.entry("initial_gap", "initial_voltage_gap"),
            Map.entry("final_gap", "final_voltage_gap"), Map.entry("n_mean", "electron_transfer_number"),
            Map.entry("h2o2", "h2o2_yield"), Map.entry("cdl", "double_layer_capacitance"),
            Map.entry("delta_e_half", "delta_half_wave_potential"),
            Map.entry("delta_eta10", "delta_overpotential_at_10_mA_cm2"), Map.entry("retention", "current_retention"),
            Map.entry("delta_e", "delta_potential"), Map.entry("drift", "potential_drift"),
            Map.entry("tof", "tof"), Map.entry("charge", "charge"), Map.entry("ecsa", "ecsa"),
            Map.entry("jk", "kinetic_current_density"));

    /** What users type for the common metrics. */
    private static final Map<String, String> USER_ALIASES = Map.ofEntries(
            Map.entry("e1/2", "half_wave_potential"), Map.entry("ehalf", "half_wave_potential"),
            Map.entry("halfwave", "half_wave_potential"), Map.entry("eonset", "onset_potential"),
            Map.entry("onset", "onset_potential"), Map.entry("eta10", "overpotential_at_10_mA_cm2"),
            Map.entry("e10", "potential_at_10_mA_cm2"), Map.entry("tafel", "tafel_slope"),
            Map.entry("rct", "charge_transfer_resistance"), Map.entry("peakpower", "peak_power_density"),
            Map.entry("jl", "limiting_current_density"), Map.entry("jlimit", "limiting_current_density"));

    private MetricNames() {
    }

    /** The metric and unit a result field stands for, or empty when its name carries no unit suffix. */
    public static Optional<Field> ofResultField(String field) {
        for (String[] s : SUFFIXES) {
            if (field.endsWith(s[0]) && field.length() > s[0].length()) {
                String base = field.substring(0, field.length() - s[0].length());
                String metric = base.equals("cdl") && s[0].equals("_mF_cm2") ? "double_layer_capacitance_per_area"
                        : FIELD_ALIASES.getOrDefault(base, base);
                return Optional.of(new Field(metric, s[1]));
            }
        }
        if (field.equals("n_mean")) {
            return Optional.of(new Field("electron_transfer_number", ""));
        }
        return Optional.empty();
    }

    /** The catalog's name for what a user typed: an alias, a result field, or the name itself. */
    public static String canonical(String typed) {
        String t = typed.strip();
        String k = t.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
        if (USER_ALIASES.containsKey(k)) {
            return USER_ALIASES.get(k);
        }
        Optional<Field> f = ofResultField(t);
        if (f.isPresent()) {
            return f.get().metric();
        }
        return FIELD_ALIASES.getOrDefault(t, t);
    }

    /** Reactions in upper case as the literature writes them (ORR, OER, HER, CO2RR); "" when unknown. */
    public static String reaction(String r) {
        String s = r.strip();
        return s.length() <= 6 && s.matches("[A-Za-z0-9]+") ? s.toUpperCase(Locale.ROOT) : s;
    }
}
