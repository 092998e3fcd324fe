package org.nernst.analysis.eis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One peak of a DRT: its time constant (at the maximum), the characteristic frequency
 * f = 1/(2 pi tau) (the apex of an RC arc, omega tau = 1; Orazem &amp; Tribollet, Electrochemical
 * Impedance Spectroscopy, Wiley 2008), the resistance (area under the peak over ln tau), the
 * height and the tau interval attributed to it.
 */
public record DrtPeak(double tauS, double freqHz, double resistanceOhm, double gammaMaxOhm, double tauFromS, double tauToS) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tau_s", tauS);
        m.put("f_Hz", freqHz);
        m.put("r_ohm", resistanceOhm);
        m.put("gamma_max_ohm", gammaMaxOhm);
        m.put("tau_range_s", List.of(tauFromS, tauToS));
        return m;
    }
}
