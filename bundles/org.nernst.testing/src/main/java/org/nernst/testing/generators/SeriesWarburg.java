package org.nernst.testing.generators;

import static org.nernst.testing.generators.ImpedanceModels.add;
import static org.nernst.testing.generators.ImpedanceModels.cpe;
import static org.nernst.testing.generators.ImpedanceModels.parallel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nernst.testing.generators.ImpedanceModels.Model;

/**
 * R0 - p(R1, CPE1) - Wo1: a ZARC followed by finite-space (open, reflective) diffusion in series,
 * the circuit string {@code R0-p(R1,CPE1)-Wo1} of the benchmark. Wo: Z = Z0 coth(s)/s,
 * s = sqrt(j omega tau) (Barsoukov &amp; Macdonald, Impedance Spectroscopy, 2nd ed. (2005), sec. 2.2.3,
 * computed by {@link ImpedanceModels#diffusion});
 * CPE: Brug et al., J. Electroanal. Chem. 176 (1984) 275.
 */
public record SeriesWarburg(double r0, double r1, double q, double alpha, double z0, double tau) implements Model {

    @Override
    public double[] impedance(double w) {
        double[] wo = ImpedanceModels.diffusion(ImpedanceModels.Diffusion.OPEN, z0, tau, w);
        return add(add(new double[] {r0, 0}, parallel(new double[] {r1, 0}, cpe(q, alpha, w))), wo);
    }

    @Override
    public String circuit() {
        return "R0-p(R1,CPE1)-Wo1";
    }

    @Override
    public Map<String, Double> truth() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("R0", r0);
        t.put("R1", r1);
        t.put("CPE1_0", q);
        t.put("CPE1_1", alpha);
        t.put("Wo1_0", z0);
        t.put("Wo1_1", tau);
        return t;
    }

    @Override
    public Model withRctScaled(double factor) {
        return new SeriesWarburg(r0, r1 * factor, q, alpha, z0, tau);
    }
}
