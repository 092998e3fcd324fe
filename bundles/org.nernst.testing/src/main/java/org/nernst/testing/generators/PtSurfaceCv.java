package org.nernst.testing.generators;

import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;

/**
 * Polycrystalline-Pt CVs in acid, vs RHE, written forward from surface charges: double-layer charging ±Cdl v,
 * two hydrogen-UPD states (weakly and strongly bonded H) and an optional adsorbed CO monolayer stripped in the
 * first positive-going sweep.
 *
 * <p>Each adsorbed state follows a Langmuir isotherm with coverage θ(E) = 1 / (1 + exp(g f (E - E0))) for H
 * (adsorbed below E0) and the analogous form for CO oxidation; the reversible adsorption current is
 * i = ± v q g f θ(1 - θ), whose integral over E between two potentials is q |Δθ| (E. Gileadi, Electrode Kinetics
 * for Chemists, Chemical Engineers and Materials Scientists, VCH 1993, ch. 19; Bard & Faulkner, 2nd ed.,
 * eq. 14.3.11), so the charge in any window is known exactly. While CO covers the surface (cycle 1 below the
 * stripping peak) the H-UPD states are blocked, as on real Pt.
 */
public final class PtSurfaceCv {
    private static final double F_RT = 96485.33212 / (8.314462618 * 298.15);

    /**
     * @param cdlF    double-layer capacitance (F)
     * @param qH1C    charge of the weakly bonded H state (C) at {@code eH1V}
     * @param qH2C    charge of the strongly bonded H state (C) at {@code eH2V}
     * @param g       peak sharpening factor of the H states (1 = ideal Langmuir, > 1 narrower)
     * @param qCoC    charge of the CO monolayer (C), 0 for none
     * @param eCoV    CO stripping peak potential
     * @param gCo     sharpening of the CO stripping peak (stripping is narrow: ~3)
     */
    public record Params(double cdlF, double qH1C, double eH1V, double qH2C, double eH2V, double g, double qCoC,
            double eCoV, double gCo, double lowV, double highV, double stepV, int cycles, double areaCm2, long seed,
            double noiseA) {
        /** 0.196 cm² disk with roughness ~1.3: 54 µC H-UPD in two states, Cdl 40 µF. */
        public static Params defaults() {
            return new Params(40e-6, 24e-6, 0.12, 30e-6, 0.26, 1.5, 0, 0.75, 3, 0.05, 1.2, 0.001, 2, 0.196, 1, 0);
        }

        public Params withCo(double charge) {
            return new Params(cdlF, qH1C, eH1V, qH2C, eH2V, g, charge, eCoV, gCo, lowV, highV, stepV, cycles, areaCm2, seed, noiseA);
        }

        public Params withNoise(long s, double sigmaA) {
            return new Params(cdlF, qH1C, eH1V, qH2C, eH2V, g, qCoC, eCoV, gCo, lowV, highV, stepV, cycles, areaCm2, s, sigmaA);
        }

        /** The H-UPD charge (C) that the model exchanges between {@code lo} and {@code hi}: Σ q |Δθ|. */
        public double hupdChargeC(double lo, double hi) {
            return qH1C * (theta(g, eH1V, lo) - theta(g, eH1V, hi)) + qH2C * (theta(g, eH2V, lo) - theta(g, eH2V, hi));
        }

        /** The CO charge (C) oxidised between the vertices of the first positive-going sweep. */
        public double coChargeC() {
            return qCoC * (theta(gCo, eCoV, lowV) - theta(gCo, eCoV, highV));
        }
    }

    /** Coverage of a state adsorbed below {@code e0}. */
    static double theta(double g, double e0, double e) {
        return 1 / (1 + Math.exp(g * F_RT * (e - e0)));
    }

    /** Desorption rate -dθ/dE = g f θ (1 - θ). */
    private static double rate(double g, double e0, double e) {
        double th = theta(g, e0, e);
        return g * F_RT * th * (1 - th);
    }

    /** The CV at {@code scanRate} V/s starting at the lower vertex. */
    public static Measurement generate(Params p, double scanRate) {
        TriangleWave.Cell cell = (e, sign, cycle, since) -> {
            double i = sign * p.cdlF() * scanRate;
            boolean coCovered = p.qCoC() > 0 && cycle == 1 && sign > 0;
            // while CO is still adsorbed the H sites are blocked; the CO leaves as θ_CO falls
            double free = coCovered ? 1 - theta(p.gCo(), p.eCoV(), e) : 1;
            i += sign * scanRate * free * (p.qH1C() * rate(p.g(), p.eH1V(), e) + p.qH2C() * rate(p.g(), p.eH2V(), e));
            if (coCovered) {
                i += scanRate * p.qCoC() * rate(p.gCo(), p.eCoV(), e);
            }
            return i;
        };
        Metadata md = Metadata.builder().technique(Technique.CV).referenceElectrode("RHE").electrodeAreaCm2(p.areaCm2())
                .sourceFile(p.qCoC() > 0 ? "co_stripping.csv" : "pt_cv.csv").build();
        return TriangleWave.run(p.lowV(), p.highV(), p.lowV(), p.cycles(), p.stepV(), scanRate, cell,
                new Noise(p.seed(), p.noiseA()), md);
    }
}
