package org.nernst.analysis.cv;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The peaks and charges of one CV cycle. E1/2 = (Epa + Epc)/2, the formal-potential estimate of a reversible
 * couple (Bard & Faulkner, Electrochemical Methods, 2nd ed., 2001, §6.2.2 and eq. 6.5.2 context).
 */
public record CvCycle(int cycle, Optional<CvPeak> anodic, Optional<CvPeak> cathodic, OptionalDouble chargeAnodicMc,
        OptionalDouble chargeCathodicMc, OptionalDouble nicholsonRatio, boolean reversible) {

    public OptionalDouble deltaEpMv() {
        return anodic.isPresent() && cathodic.isPresent()
                ? OptionalDouble.of(1e3 * (anodic.get().potentialV() - cathodic.get().potentialV())) : OptionalDouble.empty();
    }

    public OptionalDouble eHalfV() {
        return anodic.isPresent() && cathodic.isPresent()
                ? OptionalDouble.of(0.5 * (anodic.get().potentialV() + cathodic.get().potentialV())) : OptionalDouble.empty();
    }

    /** cli.md fields (potentials suffixed "_V" or "_V_RHE"). */
    public Map<String, Object> toJson(String v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", cycle);
        anodic.ifPresent(p -> {
            m.put("anodic_peak" + v, p.potentialV());
            m.put("anodic_peak_mA", p.currentMa());
            m.put("anodic_peak_raw_mA", p.rawMa());
        });
        cathodic.ifPresent(p -> {
            m.put("cathodic_peak" + v, p.potentialV());
            m.put("cathodic_peak_mA", p.currentMa());
            m.put("cathodic_peak_raw_mA", p.rawMa());
        });
        deltaEpMv().ifPresent(d -> m.put("delta_ep_mV", d));
        eHalfV().ifPresent(d -> m.put("e_half" + v, d));
        if (anodic.isPresent() && cathodic.isPresent()) {
            m.put("reversible", reversible);
        }
        nicholsonRatio.ifPresent(d -> m.put("ipc_ipa_ratio", d));
        chargeAnodicMc.ifPresent(d -> m.put("charge_anodic_mC", d));
        chargeCathodicMc.ifPresent(d -> m.put("charge_cathodic_mC", d));
        return m;
    }
}
