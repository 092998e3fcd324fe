package org.nernst.testing.generators;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forward impedance of the equivalent circuits electrochemists fit, written out by hand (no
 * analysis code), so synthetic spectra have a known truth. Each model also names its circuit in
 * the impedance.py notation and its true parameters under that notation's names (R0, CPE1_0 ...),
 * which is a labelling convention only.
 *
 * <p>Impedances follow the physical sign convention: Z = Z' + jZ'', Z'' negative for a capacitive arc.
 */
public final class ImpedanceModels {
    private ImpedanceModels() {
    }

    /** A circuit with known parameters: impedance at angular frequency omega as {re, im}. */
    public interface Model {
        double[] impedance(double omega);

        /** Circuit string in impedance.py notation. */
        String circuit();

        /** True parameter values under the notation's names, in SI units. */
        Map<String, Double> truth();

        /**
         * The same circuit with its charge-transfer resistance multiplied by {@code factor}: how a
         * drifting electrode looks to a frequency sweep (non-stationary, so not Kramers-Kronig consistent).
         */
        Model withRctScaled(double factor);
    }

    /** Diffusion element in series with the charge-transfer resistance. */
    public enum Diffusion { NONE, SEMI_INFINITE, OPEN, SHORT }

    /**
     * Randles cell: R0 - p(Rct [- diffusion], double layer). The double layer is an ideal capacitor
     * when {@code alpha == 1 && idealCapacitor}, else a constant-phase element.
     *
     * @param zd    diffusion magnitude: Warburg coefficient A_W (Ohm s^-1/2) for SEMI_INFINITE, Z0 (Ohm) for OPEN/SHORT
     * @param tau   diffusion time constant L²/D in s (OPEN/SHORT only)
     */
    public record Randles(double r0, double rct, double q, double alpha, boolean idealCapacitor,
            Diffusion diffusion, double zd, double tau) implements Model {

        public static Randles ideal(double r0, double rct, double c) {
            return new Randles(r0, rct, c, 1, true, Diffusion.NONE, 0, 0);
        }

        public static Randles cpe(double r0, double rct, double q, double alpha) {
            return new Randles(r0, rct, q, alpha, false, Diffusion.NONE, 0, 0);
        }

        public static Randles cpeWarburg(double r0, double rct, double q, double alpha, Diffusion d, double zd, double tau) {
            return new Randles(r0, rct, q, alpha, false, d, zd, tau);
        }

        @Override
        public double[] impedance(double w) {
            double[] faradaic = add(new double[] {rct, 0}, ImpedanceModels.diffusion(diffusion, zd, tau, w));
            double[] dl = idealCapacitor ? capacitor(q, w) : ImpedanceModels.cpe(q, alpha, w);
            return add(new double[] {r0, 0}, parallel(faradaic, dl));
        }

        @Override
        public String circuit() {
            String d = switch (diffusion) {
                case NONE -> "";
                case SEMI_INFINITE -> "-W1";
                case OPEN -> "-Wo1";
                case SHORT -> "-Ws1";
            };
            return "R0-p(R1" + d + "," + (idealCapacitor ? "C1" : "CPE1") + ")";
        }

        @Override
        public Map<String, Double> truth() {
            Map<String, Double> t = new LinkedHashMap<>();
            t.put("R0", r0);
            t.put("R1", rct);
            switch (diffusion) {
                case NONE -> { }
                case SEMI_INFINITE -> t.put("W1", zd);
                case OPEN -> { t.put("Wo1_0", zd); t.put("Wo1_1", tau); }
                case SHORT -> { t.put("Ws1_0", zd); t.put("Ws1_1", tau); }
            }
            if (idealCapacitor) {
                t.put("C1", q);
            } else {
                t.put("CPE1_0", q);
                t.put("CPE1_1", alpha);
            }
            return t;
        }

        @Override
        public Model withRctScaled(double factor) {
            return new Randles(r0, rct * factor, q, alpha, idealCapacitor, diffusion, zd, tau);
        }
    }

    /** Impedance of a diffusion element {@code d} with magnitude {@code zd} and time constant {@code tau} at {@code w}. */
    static double[] diffusion(Diffusion d, double zd, double tau, double w) {
        return switch (d) {
            case NONE -> new double[] {0, 0};
            // semi-infinite Warburg, Z = A_W (1 - j) / sqrt(omega): Bard & Faulkner, Electrochemical
            // Methods, 2nd ed. (2001), eq. 10.3.13
            case SEMI_INFINITE -> new double[] {zd / Math.sqrt(w), -zd / Math.sqrt(w)};
            // finite-space (reflective) and finite-length (transmissive) diffusion,
            // Z = Z0 coth(s)/s and Z0 tanh(s)/s with s = sqrt(j omega tau): Barsoukov & Macdonald,
            // Impedance Spectroscopy, 2nd ed. (2005), sec. 2.2.3
            case OPEN -> scale(div(one(), mul(sqrtJ(w * tau), tanh(sqrtJ(w * tau)))), zd);
            case SHORT -> scale(div(tanh(sqrtJ(w * tau)), sqrtJ(w * tau)), zd);
        };
    }

    /** Two ZARC arcs in series: R0 - p(R1,CPE1) - p(R2,CPE2) (e.g. film + charge transfer). */
    public record TwoArcs(double r0, double r1, double q1, double a1, double r2, double q2, double a2) implements Model {
        @Override
        public double[] impedance(double w) {
            return add(add(new double[] {r0, 0}, parallel(new double[] {r1, 0}, cpe(q1, a1, w))),
                    parallel(new double[] {r2, 0}, cpe(q2, a2, w)));
        }

        @Override
        public String circuit() {
            return "R0-p(R1,CPE1)-p(R2,CPE2)";
        }

        @Override
        public Map<String, Double> truth() {
            Map<String, Double> t = new LinkedHashMap<>();
            t.put("R0", r0);
            t.put("R1", r1);
            t.put("CPE1_0", q1);
            t.put("CPE1_1", a1);
            t.put("R2", r2);
            t.put("CPE2_0", q2);
            t.put("CPE2_1", a2);
            return t;
        }

        /** The charge-transfer arc is the second (low-frequency) one by convention here. */
        @Override
        public Model withRctScaled(double factor) {
            return new TwoArcs(r0, r1, q1, a1, r2 * factor, q2, a2);
        }
    }

    // ---- a few complex helpers on {re, im} pairs (kept here so generators share no code with analyses)

    static double[] one() {
        return new double[] {1, 0};
    }

    static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1]};
    }

    static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    static double[] div(double[] a, double[] b) {
        double d = b[0] * b[0] + b[1] * b[1];
        return new double[] {(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d};
    }

    static double[] scale(double[] a, double k) {
        return new double[] {a[0] * k, a[1] * k};
    }

    /** 1/(1/a + 1/b): impedances in parallel (Kirchhoff). */
    static double[] parallel(double[] a, double[] b) {
        return div(one(), add(div(one(), a), div(one(), b)));
    }

    /** Ideal capacitor 1/(j omega C). */
    static double[] capacitor(double c, double w) {
        return new double[] {0, -1 / (w * c)};
    }

    /**
     * Constant-phase element Z = 1 / (Q (j omega)^alpha), (j omega)^alpha = omega^alpha e^{j alpha pi/2}:
     * Brug et al., J. Electroanal. Chem. 176 (1984) 275.
     */
    static double[] cpe(double q, double alpha, double w) {
        double m = q * Math.pow(w, alpha);
        return div(one(), new double[] {m * Math.cos(alpha * Math.PI / 2), m * Math.sin(alpha * Math.PI / 2)});
    }

    /** sqrt(j x) for real x >= 0: sqrt(x/2) (1 + j). */
    static double[] sqrtJ(double x) {
        double r = Math.sqrt(x / 2);
        return new double[] {r, r};
    }

    /** Complex tanh, tanh(x+jy) = (sinh 2x + j sin 2y) / (cosh 2x + cos 2y), saturated for large x. */
    static double[] tanh(double[] z) {
        if (Math.abs(z[0]) > 20) {
            return new double[] {Math.signum(z[0]), 0};
        }
        double d = Math.cosh(2 * z[0]) + Math.cos(2 * z[1]);
        return new double[] {Math.sinh(2 * z[0]) / d, Math.sin(2 * z[1]) / d};
    }
}
