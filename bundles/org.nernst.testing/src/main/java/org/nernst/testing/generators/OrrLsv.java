package org.nernst.testing.generators;

import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;

/**
 * Oxygen-reduction voltammograms at a rotating disk, written forward from known parameters.
 *
 * <ul>
 * <li>Levich limiting current j_L = 0.62 n F C0 D0^(2/3) ω^(1/2) ν^(-1/6), ω = 2π rpm / 60
 * (A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed., Wiley 2001, eq. 9.3.22).</li>
 * <li>Butler–Volmer kinetics with mass transfer of the reactant (Bard & Faulkner eq. 3.4.10, anodic limiting
 * current taken as infinite): with X = 10^(-(E - Eeq)/b_c), Y = 10^((E - Eeq)/b_a),
 * j = j0 (Y - X) / (1 + j0 X / |j_L|). Its cathodic branch is the Koutecký–Levich form 1/|j| = 1/|j_k| + 1/|j_L|
 * with j_k = -j0 X, so j_k = j j_L / (j_L - j) recovers the kinetic current exactly.</li>
 * <li>Double-layer charging current j_c = C_dl v, with the sign of the sweep.</li>
 * <li>A sloped plateau: |j_L(E)| = |j_L| (1 + s (E_high - E)), E_high the upper sweep limit (RHE).</li>
 * </ul>
 * Potentials are recorded vs a reference at {@code rheOffset} below RHE; the iR drop of {@link SweepSimulator}.
 */
public final class OrrLsv {
    private static final double FARADAY = 96485.33212; // C/mol (CODATA 2018)

    /** Parameters; every current density in mA cm^-2 (magnitudes), potentials in V vs RHE. */
    public record Params(double n, double c0MolCm3, double d0Cm2s, double nuCm2s, double rpm, double eqPotentialV,
            double j0MaCm2, double cathodicTafelMvDec, double anodicTafelMvDec, double areaCm2, double rheOffsetV,
            double ruOhm, double cdlFcm2, double scanRateVs, double plateauSlopePerV, double eHighV, double eLowV,
            double stepV, boolean startHigh, int cvCycles, long noiseSeed, double noiseA) {

        /** 0.1 M KOH O2-saturated (C0 1.2e-6 mol cm^-3, D0 1.9e-5 cm² s^-1, ν 0.01 cm² s^-1), n = 4, 1600 rpm, Pt-like kinetics. */
        public static Params defaults() {
            return new Params(4, 1.2e-6, 1.9e-5, 0.01, 1600, 1.23, 1e-6, 60, 60, 0.196, 0, 0, 0, 0.01, 0, 1.05, 0.15,
                    0.001, true, 0, 1, 0);
        }

        /** j0 from the potential where the kinetic current reaches {@code jkMaCm2}: jk = j0 10^((Eeq - E)/b). */
        public Params kineticsAt(double eV, double jkMaCm2, double tafelMvDec) {
            double j0 = jkMaCm2 * Math.pow(10, -(eqPotentialV - eV) / (tafelMvDec / 1000));
            return new Params(n, c0MolCm3, d0Cm2s, nuCm2s, rpm, eqPotentialV, j0, tafelMvDec, anodicTafelMvDec, areaCm2,
                    rheOffsetV, ruOhm, cdlFcm2, scanRateVs, plateauSlopePerV, eHighV, eLowV, stepV, startHigh, cvCycles,
                    noiseSeed, noiseA);
        }

        public Params withRpm(double v) {
            return new Params(n, c0MolCm3, d0Cm2s, nuCm2s, v, eqPotentialV, j0MaCm2, cathodicTafelMvDec, anodicTafelMvDec,
                    areaCm2, rheOffsetV, ruOhm, cdlFcm2, scanRateVs, plateauSlopePerV, eHighV, eLowV, stepV, startHigh,
                    cvCycles, noiseSeed, noiseA);
        }

        public Params withElectrode(double area, double rheOffset, double ru) {
            return new Params(n, c0MolCm3, d0Cm2s, nuCm2s, rpm, eqPotentialV, j0MaCm2, cathodicTafelMvDec, anodicTafelMvDec,
                    area, rheOffset, ru, cdlFcm2, scanRateVs, plateauSlopePerV, eHighV, eLowV, stepV, startHigh, cvCycles,
                    noiseSeed, noiseA);
        }

        /** O2 concentration (0 gives the N2-saturated background), electrons, capacitance and plateau slope. */
        public Params withCell(double nElectrons, double c0, double cdl, double plateauSlope) {
            return new Params(nElectrons, c0, d0Cm2s, nuCm2s, rpm, eqPotentialV, j0MaCm2, cathodicTafelMvDec,
                    anodicTafelMvDec, areaCm2, rheOffsetV, ruOhm, cdl, scanRateVs, plateauSlope, eHighV, eLowV, stepV,
                    startHigh, cvCycles, noiseSeed, noiseA);
        }

        /** Sweep range, step, direction (true: from eHigh down) and CV cycles (0: a single LSV). */
        public Params withSweep(double high, double low, double step, boolean fromHigh, int cycles) {
            return new Params(n, c0MolCm3, d0Cm2s, nuCm2s, rpm, eqPotentialV, j0MaCm2, cathodicTafelMvDec,
                    anodicTafelMvDec, areaCm2, rheOffsetV, ruOhm, cdlFcm2, scanRateVs, plateauSlopePerV, high, low, step,
                    fromHigh, cycles, noiseSeed, noiseA);
        }

        public Params withNoise(long seed, double sigmaA) {
            return new Params(n, c0MolCm3, d0Cm2s, nuCm2s, rpm, eqPotentialV, j0MaCm2, cathodicTafelMvDec,
                    anodicTafelMvDec, areaCm2, rheOffsetV, ruOhm, cdlFcm2, scanRateVs, plateauSlopePerV, eHighV, eLowV,
                    stepV, startHigh, cvCycles, seed, sigmaA);
        }

        /** Levich limiting current density magnitude in mA cm^-2. */
        public double levichMaCm2() {
            double omega = 2 * Math.PI * rpm / 60;
            return 0.62 * n * FARADAY * c0MolCm3 * Math.pow(d0Cm2s, 2.0 / 3) * Math.sqrt(omega) * Math.pow(nuCm2s, -1.0 / 6) * 1e3;
        }

        /** Kinetic current density magnitude in mA cm^-2 at E (V vs RHE): j0 10^((Eeq - E)/b_c). */
        public double kineticMaCm2(double e) {
            return j0MaCm2 * Math.pow(10, (eqPotentialV - e) / (cathodicTafelMvDec / 1000));
        }

        /** Faradaic current density (signed, mA cm^-2) at E vs RHE, without capacitive current or noise. */
        public double faradaicMaCm2(double e) {
            double x = Math.pow(10, -(e - eqPotentialV) / (cathodicTafelMvDec / 1000));
            double y = Math.pow(10, (e - eqPotentialV) / (anodicTafelMvDec / 1000));
            double jl = levichMaCm2() * (1 + plateauSlopePerV * (eHighV - e));
            if (jl <= 0) {
                return j0MaCm2 * y; // no O2: no reduction current
            }
            return j0MaCm2 * (y - x) / (1 + j0MaCm2 * x / jl);
        }

        /** Half-wave potential of the faradaic curve (flat plateau), by bisection on |j| = |j_L|/2. */
        public double halfWavePotentialV() {
            double target = -levichMaCm2() / 2;
            double lo = eLowV;
            double hi = eHighV;
            for (int k = 0; k < 100; k++) {
                double mid = 0.5 * (lo + hi);
                if (faradaicMaCm2(mid) < target) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }
    }

    private OrrLsv() {
    }

    /** The recorded voltammogram: Ewe vs the reference (applied), I in A (cathodic negative). */
    public static Measurement generate(Params p) {
        double[] vertices;
        if (p.cvCycles() <= 0) {
            vertices = p.startHigh() ? new double[] {p.eHighV(), p.eLowV()} : new double[] {p.eLowV(), p.eHighV()};
        } else {
            vertices = new double[2 * p.cvCycles() + 1];
            for (int k = 0; k < vertices.length; k++) {
                boolean high = (k % 2 == 0) == p.startHigh();
                vertices[k] = high ? p.eHighV() : p.eLowV();
            }
        }
        Metadata md = Metadata.builder().technique(p.cvCycles() > 0 ? Technique.CV : Technique.LSV)
                .instrument("synthetic ORR (Koutecky-Levich + Butler-Volmer)").electrodeAreaCm2(p.areaCm2())
                .rotationRpm(p.rpm()).scanRateVPerS(p.scanRateVs()).build();
        double capacitive = p.cdlFcm2() * p.scanRateVs() * 1e3; // mA cm^-2
        return SweepSimulator.run(vertices, p.stepV(), p.scanRateVs(), p.rheOffsetV(), p.ruOhm(),
                (e, sign) -> (p.faradaicMaCm2(e) + sign * capacitive) * p.areaCm2() * 1e-3,
                new Noise(p.noiseSeed(), p.noiseA()), md);
    }
}
