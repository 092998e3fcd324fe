package org.nernst.analysis.cv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.NernstException;

/**
 * Turnover frequency per metal site, assuming every metal atom is an active site (the lower bound usually
 * quoted for single-atom catalysts): TOF = I / (n F N), N = m_metal / M in mol (S. Anantharaj et al.,
 * ACS Catal. 6 (2016) 8069, eq. for TOF; S. Kozuch, J. M. L. Martin, ACS Catal. 2 (2012) 2787 on the definition).
 */
public final class Tof {
    private Tof() {
    }

    private static final double FARADAY = 96485.33212; // C/mol (CODATA 2018)

    /**
     * @param currentMa        current in mA (magnitude used)
     * @param metalMassUg      metal mass on the electrode in µg; or empty and the next two
     * @param metalWtPct       metal content of the catalyst in wt %
     * @param catalystMassUg   catalyst mass on the electrode in µg
     * @param molarMassGMol    molar mass of the metal
     * @param electrons        electrons per product molecule (4 for O2 in ORR/OER, 2 for H2)
     */
    public record Input(double currentMa, OptionalDouble metalMassUg, OptionalDouble metalWtPct, OptionalDouble catalystMassUg,
            double molarMassGMol, double electrons) {
    }

    public record Result(double tofPerS, double sitesMol, double metalMassUg, Map<String, Object> settings, List<String> warnings) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tof_per_s", tofPerS);
            m.put("tof_per_h", tofPerS * 3600);
            m.put("sites_mol", sitesMol);
            m.put("metal_mass_ug", metalMassUg);
            m.put("settings", settings);
            m.put("warnings", warnings);
            return m;
        }
    }

    public static Result compute(Input in) {
        double mass;
        Map<String, Object> s = new LinkedHashMap<>();
        if (in.metalMassUg().isPresent()) {
            mass = in.metalMassUg().getAsDouble();
            s.put("metal_mass_source", "option");
        } else if (in.metalWtPct().isPresent() && in.catalystMassUg().isPresent()) {
            mass = in.metalWtPct().getAsDouble() / 100 * in.catalystMassUg().getAsDouble();
            s.put("metal_wt_pct", in.metalWtPct().getAsDouble());
            s.put("catalyst_mass_ug", in.catalystMassUg().getAsDouble());
        } else {
            throw NernstException.usage("TOF needs the metal loading: --metal-mass-ug M, or --metal-wt-pct W with --catalyst-mass-ug C");
        }
        if (!(mass > 0) || !(in.molarMassGMol() > 0) || !(in.electrons() > 0)) {
            throw NernstException.usage(String.format(Locale.ROOT,
                    "metal mass (%g µg), molar mass (%g g/mol) and electrons (%g) must be positive", mass, in.molarMassGMol(), in.electrons()));
        }
        if (in.metalWtPct().isPresent() && in.metalWtPct().getAsDouble() > 100) {
            throw NernstException.usage("--metal-wt-pct above 100");
        }
        double sites = mass * 1e-6 / in.molarMassGMol();
        double tof = Math.abs(in.currentMa()) * 1e-3 / (in.electrons() * FARADAY * sites);
        s.put("current_mA", in.currentMa());
        s.put("molar_mass_g_mol", in.molarMassGMol());
        s.put("electrons", in.electrons());
        s.put("assumption", "every metal atom is an active site (lower-bound TOF)");
        s.put("source", "Anantharaj et al., ACS Catal. 6 (2016) 8069");
        return new Result(tof, sites, mass, s, List.of());
    }
}
