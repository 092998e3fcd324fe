package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analysis results shaped as shared/design/cli.md documents them (field names and units). */
final class Results {
    private Results() {
    }

    static Map<String, Object> lsvOrr(double eHalf, String electrolyte) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("reaction", "orr");
        settings.put("ref", "ag-agcl-sat");
        settings.put("ph", 13.0);
        settings.put("area_cm2", 0.196);
        settings.put("rpm", 1600);
        settings.put("electrolyte", electrolyte);
        settings.put("file", "/data/run7/orr_1600rpm.mpr");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("e_onset_V_RHE", 0.98);
        r.put("e_half_V_RHE", eHalf);
        r.put("j_limit_mA_cm2", -5.61);
        r.put("tafel_slope_mV_dec", 68.2);
        r.put("tafel_region_V_RHE", List.of(0.88, 0.95));
        r.put("tafel_r2", 0.998);
        r.put("plateau_window_V_RHE", List.of(0.2, 0.3));
        r.put("settings", settings);
        r.put("warnings", List.of("plateau slopes by 6 %"));
        return r;
    }

    static Map<String, Object> of(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, Object> lsvOer() {
        return of("e_onset_V_RHE", 1.48, "e_at_10_V_RHE", 1.62, "eta10_V", 0.39, "tafel_slope_mV_dec", 55.0,
                "j0_mA_cm2", 2.1e-6, "settings", of("reaction", "oer", "electrolyte", "1M KOH"), "warnings", List.of());
    }

    static Map<String, Object> eis() {
        return of("circuit", "R0-p(R1,CPE1)", "parameters", of("R0", of("value", 4.1, "stderr", 0.02, "unit", "Ohm")),
                "rct_ohm", 37.5, "chi2", 1.2e-3, "kk", of("residuals_max_pct", 0.6, "valid", true),
                "settings", of("weighting", "modulus"), "warnings", List.of());
    }

    static Map<String, Object> zabPolarization() {
        return of("ocv_V", 1.46, "peak_power_mW_cm2", 182.0, "j_at_peak_mA_cm2", 260.0,
                "settings", of("area_cm2", 1.0), "warnings", List.of());
    }

    static Map<String, Object> zabCycle() {
        return of("cycles", List.of(of("cycle", 1, "v_charge_V", 1.98, "v_discharge_V", 1.22, "gap_V", 0.76,
                "rte_pct", 61.6)), "n_cycles", 1, "initial_gap_V", 0.76, "final_gap_V", 0.81, "duration_h", 100.0,
                "settings", of(), "warnings", List.of());
    }

    static Map<String, Object> zabDischarge() {
        return of("capacity_mAh_g", 790.0, "energy_Wh_kg", 940.0, "v_mean_V", 1.19, "settings", of(),
                "warnings", List.of());
    }

    static Map<String, Object> kl() {
        return of("points", List.of(of("E_V_RHE", 0.5, "n", 3.9, "jk_mA_cm2", 12.0, "r2", 0.999)), "n_mean", 3.92,
                "rpm", List.of(400, 900, 1600), "settings", of("electrolyte", "0.1M-KOH"), "warnings", List.of());
    }

    static Map<String, Object> rrde() {
        return of("points", List.of(), "n_mean", 3.95, "h2o2_pct_mean", 2.4, "settings", of(), "warnings", List.of());
    }

    static Map<String, Object> ecsa() {
        return of("cdl_mF", 1.2, "cdl_mF_cm2", 6.1, "ecsa_cm2", 30.0, "r2", 0.999, "scan_rates_mV_s", List.of(10, 20),
                "settings", of(), "warnings", List.of());
    }

    static Map<String, Object> stabilityAdt() {
        return of("delta_e_half_mV", -12.0, "settings", of("reaction", "orr", "cycles", 5000), "warnings", List.of());
    }

    static Map<String, Object> retention() {
        return of("retention_pct", 93.5, "duration_h", 20.0, "settings", of(), "warnings", List.of());
    }

    static Map<String, Object> tof() {
        return of("tof_per_s", 0.85, "settings", of(), "warnings", List.of());
    }

    static Map<String, Object> cv() {
        return of("cycles", List.of(of("cycle", 1, "anodic_peak_V", 0.45, "cathodic_peak_V", 0.38, "delta_ep_mV", 70.0),
                of("cycle", 2, "anodic_peak_V", 0.46, "cathodic_peak_V", 0.38, "delta_ep_mV", 80.0,
                        "charge_anodic_mC", 1.5)), "settings", of(), "warnings", List.of());
    }
}
