package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;

/**
 * CVs in a non-faradaic window of an electrode with double-layer capacitance Cdl in series with Ru and in
 * parallel with a leak resistance Rp (a Randles cell without diffusion). After each reversal the charging current
 * relaxes to ±Cdl v with the time constant Ru Cdl (a series RC circuit driven by a ramp: i = C v (1 - e^(-t/RC)),
 * Bard & Faulkner, Electrochemical Methods, 2nd ed., 2001, eq. 1.2.13); the leak adds (E - Epzc)/Rp. The
 * difference of the anodic and cathodic currents is 2 Cdl v in the settled part (the basis of the Cdl method,
 * McCrory et al., JACS 135 (2013) 16977). An optional faradaic peak (a surface-confined couple of charge q at E0,
 * Langmuir isotherm, Bard & Faulkner eq. 14.3.11 shape) lets tests check the "faradaic window" warning.
 */
public final class DoubleLayerCv {
    private static final double F_RT = 96485.33212 / (8.314462618 * 298.15);

    /**
     * @param cdlF     double-layer capacitance in F
     * @param ruOhm    series resistance (charging time constant Ru Cdl)
     * @param rpOhm    leak (parallel) resistance; infinite for none
     * @param peakC    charge of a surface couple at {@code peakV} (0 for none)
     */
    public record Params(double cdlF, double ruOhm, double rpOhm, double low, double high, double stepV, int cycles,
            double areaCm2, double peakC, double peakV, long seed, double noiseA) {
        public static Params of(double cdlF) {
            return new Params(cdlF, 10, 1e6, 0.9, 1.1, 0.001, 3, 0.196, 0, 1.0, 1, 0);
        }

        public Params withPeak(double charge, double e0) {
            return new Params(cdlF, ruOhm, rpOhm, low, high, stepV, cycles, areaCm2, charge, e0, seed, noiseA);
        }

        public Params withNoise(long s, double sigmaA) {
            return new Params(cdlF, ruOhm, rpOhm, low, high, stepV, cycles, areaCm2, peakC, peakV, s, sigmaA);
        }
    }

    /** One CV at {@code scanRate} V/s, recorded vs RHE. */
    public static Measurement generate(Params p, double scanRate) {
        double mid = 0.5 * (p.low() + p.high());
        double tau = p.ruOhm() * p.cdlF();
        TriangleWave.Cell cell = (e, sign, cycle, since) -> {
            double charging = sign * p.cdlF() * scanRate * (1 - Math.exp(-since / Math.max(tau, 1e-12)));
            double leak = (e - mid) / p.rpOhm();
            double x = Math.exp(F_RT * (e - p.peakV()));
            // Langmuir surface couple: i = v q f θ(1-θ), θ = x / (1 + x), integral over E equals q
            double surface = p.peakC() == 0 ? 0 : sign * scanRate * p.peakC() * F_RT * x / ((1 + x) * (1 + x));
            return charging + leak + surface;
        };
        Metadata md = Metadata.builder().technique(Technique.CV).referenceElectrode("RHE").electrodeAreaCm2(p.areaCm2())
                .sourceFile(String.format(java.util.Locale.ROOT, "cdl_%gmVs.csv", scanRate * 1000)).build();
        return TriangleWave.run(mid, p.high(), p.low(), p.cycles(), p.stepV(), scanRate, cell, new Noise(p.seed(), p.noiseA()), md);
    }

    /** A scan-rate series (V/s). */
    public static List<Measurement> series(Params p, double... scanRates) {
        List<Measurement> out = new ArrayList<>();
        for (double v : scanRates) {
            out.add(generate(p, v));
        }
        return out;
    }
}
