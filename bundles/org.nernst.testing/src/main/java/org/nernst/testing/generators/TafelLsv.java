package org.nernst.testing.generators;

import java.util.OptionalDouble;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;

/**
 * Oxygen- and hydrogen-evolution polarisation curves from Butler–Volmer / Tafel kinetics, written forward.
 *
 * <p>OER (E_eq = 1.23 V vs RHE): j = j0 10^(η/b). HER (E_eq = 0 V vs RHE): j = -j0 10^(-η/b), η = E - E_eq.
 * With a reverse Tafel slope b' the full Butler–Volmer form is used, j = ±j0 (10^(±η/b) - 10^(∓η/b'))
 * (Bard & Faulkner, Electrochemical Methods, 2nd ed., 2001, eq. 3.4.11 in Tafel-slope notation). A capacitive
 * current C_dl v with the sweep's sign, the iR drop (see {@link SweepSimulator}) and seeded noise are added.
 */
public final class TafelLsv {
    private TafelLsv() {
    }

    public enum Reaction {
        OER(1.23, 1), HER(0.0, -1);

        private final double eq;
        private final int sign;

        Reaction(double eq, int sign) {
            this.eq = eq;
            this.sign = sign;
        }

        /** Equilibrium potential vs RHE. */
        public double eqPotentialV() {
            return eq;
        }
    }

    /**
     * @param reaction         OER or HER
     * @param j0MaCm2          exchange current density (magnitude)
     * @param tafelMvDec       Tafel slope of the reaction branch
     * @param reverseTafelMvDec Tafel slope of the reverse branch (empty: none, pure Tafel)
     * @param areaCm2          electrode area
     * @param rheOffsetV       E_RHE - E_ref of the recording reference
     * @param ruOhm            uncompensated resistance
     * @param cdlFcm2          double-layer capacitance per area
     * @param scanRateVs       sweep rate
     * @param eFromV           start of the sweep (V vs RHE, applied)
     * @param eToV             end of the sweep
     * @param stepV            potential step
     * @param noiseSeed        noise seed
     * @param noiseA           noise sigma on the current (A)
     */
    public record Params(Reaction reaction, double j0MaCm2, double tafelMvDec, OptionalDouble reverseTafelMvDec,
            double areaCm2, double rheOffsetV, double ruOhm, double cdlFcm2, double scanRateVs, double eFromV,
            double eToV, double stepV, long noiseSeed, double noiseA) {

        /** η10 = b log10(10 / j0) of the pure Tafel line. */
        public double eta10V() {
            return tafelMvDec / 1000 * Math.log10(10 / j0MaCm2);
        }

        /** Faradaic current density (signed, mA cm^-2) at E vs RHE. */
        public double faradaicMaCm2(double e) {
            double eta = (e - reaction.eq) * reaction.sign;
            double forward = Math.pow(10, eta / (tafelMvDec / 1000));
            double reverse = reverseTafelMvDec.isPresent() ? Math.pow(10, -eta / (reverseTafelMvDec.getAsDouble() / 1000)) : 0;
            return reaction.sign * j0MaCm2 * (forward - reverse);
        }

        public Params withElectrode(double area, double rheOffset, double ru) {
            return new Params(reaction, j0MaCm2, tafelMvDec, reverseTafelMvDec, area, rheOffset, ru, cdlFcm2, scanRateVs,
                    eFromV, eToV, stepV, noiseSeed, noiseA);
        }

        public Params withBackground(double cdl, OptionalDouble reverseTafel) {
            return new Params(reaction, j0MaCm2, tafelMvDec, reverseTafel, areaCm2, rheOffsetV, ruOhm, cdl, scanRateVs,
                    eFromV, eToV, stepV, noiseSeed, noiseA);
        }

        public Params withSweep(double from, double to, double step) {
            return new Params(reaction, j0MaCm2, tafelMvDec, reverseTafelMvDec, areaCm2, rheOffsetV, ruOhm, cdlFcm2,
                    scanRateVs, from, to, step, noiseSeed, noiseA);
        }

        public Params withNoise(long seed, double sigmaA) {
            return new Params(reaction, j0MaCm2, tafelMvDec, reverseTafelMvDec, areaCm2, rheOffsetV, ruOhm, cdlFcm2,
                    scanRateVs, eFromV, eToV, stepV, seed, sigmaA);
        }
    }

    /** A typical OER catalyst: b = 60 mV/dec, η10 = 0.35 V, swept 1.2 → 1.75 V vs RHE at 5 mV/s. */
    public static Params oer() {
        double b = 60;
        double j0 = 10 / Math.pow(10, 350 / b);
        return new Params(Reaction.OER, j0, b, OptionalDouble.empty(), 0.196, 0, 0, 0, 0.005, 1.2, 1.75, 0.001, 1, 0);
    }

    /** A typical HER catalyst: b = 40 mV/dec, η10 = 0.1 V, swept 0.05 → -0.25 V vs RHE at 5 mV/s. */
    public static Params her() {
        double b = 40;
        double j0 = 10 / Math.pow(10, 100 / b);
        return new Params(Reaction.HER, j0, b, OptionalDouble.empty(), 0.196, 0, 0, 0, 0.005, 0.05, -0.25, 0.001, 1, 0);
    }

    public static Measurement generate(Params p) {
        Metadata md = Metadata.builder().technique(Technique.LSV)
                .instrument("synthetic " + p.reaction() + " (Tafel/Butler-Volmer)").electrodeAreaCm2(p.areaCm2())
                .scanRateVPerS(p.scanRateVs()).build();
        double capacitive = p.cdlFcm2() * p.scanRateVs() * 1e3;
        return SweepSimulator.run(new double[] {p.eFromV(), p.eToV()}, p.stepV(), p.scanRateVs(), p.rheOffsetV(),
                p.ruOhm(), (e, sign) -> (p.faradaicMaCm2(e) + sign * capacitive) * p.areaCm2() * 1e-3,
                new Noise(p.noiseSeed(), p.noiseA()), md);
    }
}
