package org.nernst.analysis.lsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.LsvOptions.Window;
import org.nernst.core.model.Measurement;

/**
 * The numbers of one LSV analysis. Potentials are vs RHE when {@code rheKnown}, else vs the recorded reference
 * (JSON keys then end in "_V" instead of "_V_RHE", cli.md). Current densities signed in mA cm^-2, Tafel slope a
 * positive magnitude in mV dec^-1.
 */
public record LsvResult(Reaction reaction, boolean rheKnown, String potentialScale, OptionalDouble onsetV,
        OptionalDouble halfWaveV, OptionalDouble limitingMaCm2, Optional<Window> plateauWindow,
        OptionalDouble plateauChangePct, OptionalDouble eAt10V, OptionalDouble eta10V, Map<Double, Double> eAtJ,
        OptionalDouble tafelSlopeMvDec, Optional<Window> tafelRegion, OptionalDouble tafelR2,
        OptionalDouble tafelDecades, OptionalDouble j0MaCm2, OptionalDouble jkAtActivityMaCm2,
        OptionalDouble massActivityAg, OptionalDouble specificActivityMaCm2, Map<String, Object> settings,
        List<String> warnings, Measurement curves) {

    public LsvResult {
        eAtJ = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(eAtJ));
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    /** The JSON document of cli.md (field names are a contract: add, never rename). */
    public Map<String, Object> toJson() {
        String v = rheKnown ? "_V_RHE" : "_V";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reaction", reaction.id());
        m.put("potential_scale", potentialScale);
        put(m, "e_onset" + v, onsetV);
        if (reaction == Reaction.ORR) {
            put(m, "e_half" + v, halfWaveV);
            put(m, "j_limit_mA_cm2", limitingMaCm2);
            plateauWindow.ifPresent(w -> m.put("plateau_window" + v, List.of(w.lo(), w.hi())));
            put(m, "plateau_change_pct", plateauChangePct);
        } else {
            put(m, "e_at_10" + v, eAt10V);
            put(m, "eta10_V", eta10V);
            if (!eAtJ.isEmpty()) {
                Map<String, Object> at = new LinkedHashMap<>();
                eAtJ.forEach((j, e) -> at.put(format(j), e));
                m.put("e_at_j" + v, at);
            }
        }
        put(m, "tafel_slope_mV_dec", tafelSlopeMvDec);
        tafelRegion.ifPresent(w -> m.put("tafel_region" + v, List.of(w.lo(), w.hi())));
        put(m, "tafel_r2", tafelR2);
        put(m, "tafel_decades", tafelDecades);
        put(m, "j0_mA_cm2", j0MaCm2);
        put(m, "jk_mA_cm2", jkAtActivityMaCm2);
        put(m, "mass_activity_A_g", massActivityAg);
        put(m, "specific_activity_mA_cm2", specificActivityMaCm2);
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    private static void put(Map<String, Object> m, String key, OptionalDouble v) {
        v.ifPresent(x -> m.put(key, x));
    }

    private static String format(double j) {
        return j == Math.rint(j) ? Long.toString((long) j) : Double.toString(j);
    }
}
