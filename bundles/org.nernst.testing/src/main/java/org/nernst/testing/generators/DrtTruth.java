package org.nernst.testing.generators;

import java.util.Map;
import org.nernst.testing.generators.ImpedanceModels.Model;

/**
 * Known distributions of relaxation times, for testing a DRT inversion: the analytic DRT of a ZARC
 * (R in parallel with a CPE, Z = R / (1 + (j omega tau0)^alpha)), and a model wrapper adding a
 * series inductance (cable/lead artefact).
 */
public final class DrtTruth {
    private DrtTruth() {
    }

    /**
     * gamma(ln tau) of a ZARC, in Ohm per unit ln tau:
     * gamma = R/(2 pi) sin((1 - alpha) pi) / (cosh(alpha ln(tau/tau0)) - cos((1 - alpha) pi))
     * (Fuoss &amp; Kirkwood, J. Am. Chem. Soc. 63 (1941) 385; in this form Boukamp &amp; Rolle,
     * Solid State Ionics 302 (2017) 12). Its integral over ln tau is R; alpha = 1 is a delta at tau0.
     */
    public static double zarcGamma(double r, double tau0, double alpha, double tau) {
        double phi = (1 - alpha) * Math.PI;
        return r / (2 * Math.PI) * Math.sin(phi) / (Math.cosh(alpha * Math.log(tau / tau0)) - Math.cos(phi));
    }

    /** The time constant of R || CPE(Q, alpha): tau0 = (R Q)^(1/alpha) (Orazem &amp; Tribollet 2008, ch. 13). */
    public static double zarcTau(double r, double q, double alpha) {
        return Math.pow(r * q, 1 / alpha);
    }

    /** {@code inner} with an inductance L (H) in series: Z + j omega L. */
    public record WithInductance(Model inner, double l) implements Model {
        @Override
        public double[] impedance(double omega) {
            double[] z = inner.impedance(omega);
            return new double[] {z[0], z[1] + omega * l};
        }

        @Override
        public String circuit() {
            return "L0-" + inner.circuit();
        }

        @Override
        public Map<String, Double> truth() {
            Map<String, Double> t = new java.util.LinkedHashMap<>();
            t.put("L0", l);
            t.putAll(inner.truth());
            return t;
        }

        @Override
        public Model withRctScaled(double factor) {
            return new WithInductance(inner.withRctScaled(factor), l);
        }
    }
}
