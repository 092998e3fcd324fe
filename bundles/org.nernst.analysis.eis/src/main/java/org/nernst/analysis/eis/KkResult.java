package org.nernst.analysis.eis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outcome of the Lin-KK test: number of RC elements chosen, mu at that number, the KK-consistent
 * model and the residuals in % of |Z| at each point (input order), and the verdict.
 */
public record KkResult(int rcElements, double mu, double muCutoff, double limitPct, double residualsMaxPct, boolean valid,
        boolean withInductance, double[] zReal, double[] zImag, double[] residualsRealPct, double[] residualsImagPct) {

    public KkResult {
        zReal = zReal.clone();
        zImag = zImag.clone();
        residualsRealPct = residualsRealPct.clone();
        residualsImagPct = residualsImagPct.clone();
    }

    @Override
    public double[] residualsRealPct() {
        return residualsRealPct.clone();
    }

    @Override
    public double[] residualsImagPct() {
        return residualsImagPct.clone();
    }

    @Override
    public double[] zReal() {
        return zReal.clone();
    }

    @Override
    public double[] zImag() {
        return zImag.clone();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("residuals_max_pct", residualsMaxPct);
        m.put("valid", valid);
        m.put("limit_pct", limitPct);
        m.put("rc_elements", rcElements);
        m.put("mu", mu);
        m.put("mu_cutoff", muCutoff);
        m.put("inductance", withInductance);
        m.put("method", "Lin-KK, Schönleber et al., Electrochim. Acta 131 (2014) 20");
        return m;
    }
}
