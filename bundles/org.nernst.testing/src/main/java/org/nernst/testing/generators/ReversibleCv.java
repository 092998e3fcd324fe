package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * Cyclic voltammograms of a reversible (Nernstian) couple O + n e- = R under semi-infinite linear diffusion,
 * solved forward by explicit finite differences (Fick's second law; Bard & Faulkner, Electrochemical Methods,
 * 2nd ed., 2001, appendix B), with R present in the bulk at C so the first sweep is anodic. With D_O = D_R,
 * c_O + c_R = C everywhere, so only c_R is simulated; the surface obeys the Nernst equation
 * c_O/c_R = exp(nF(E - E0)/RT) and the current is I = n F A D (∂c_R/∂x)_0 (anodic +).
 *
 * <p>The grid is fine against the kinetic length sqrt(D RT/(nFv)) (dx = 0.04 of it, λ = D dt/dx² = 0.45), so the
 * peak current reproduces the Randles–Ševčík value 0.4463 nFAC (nFvD/RT)^1/2 (Bard & Faulkner eq. 6.2.19)
 * within a few tenths of a percent and ΔEp ≈ 2.22 RT/(nF) (57-59 mV for n = 1, eq. 6.5.3). A constant
 * double-layer charging current ±Cdl v is added.
 */
public final class ReversibleCv {
    private static final double FARADAY = 96485.33212; // C/mol (CODATA 2018)
    private static final double RT = 8.314462618 * 298.15; // J/mol at 25 °C

    /**
     * @param n      electrons
     * @param e0V    formal potential (V vs the recorded reference)
     * @param dCm2s  diffusion coefficient (both forms)
     * @param cMolCm3 bulk concentration of R
     * @param areaCm2 electrode area
     * @param lowV   lower vertex (start)
     * @param highV  upper vertex
     * @param cdlF   double-layer capacitance (F)
     */
    public record Params(double n, double e0V, double dCm2s, double cMolCm3, double areaCm2, double lowV, double highV,
            int cycles, double stepV, double cdlF, long seed, double noiseA) {
        /** 1 mM ferrocyanide-like couple: n 1, E0 0.22 V, D 7e-6 cm² s^-1, 0.0707 cm² (3 mm disk). */
        public static Params defaults() {
            return new Params(1, 0.22, 7e-6, 1e-6, 0.0707, -0.1, 0.55, 2, 0.001, 0, 1, 0);
        }

        public Params withNoise(long s, double sigmaA) {
            return new Params(n, e0V, dCm2s, cMolCm3, areaCm2, lowV, highV, cycles, stepV, cdlF, s, sigmaA);
        }

        public Params withCdl(double f) {
            return new Params(n, e0V, dCm2s, cMolCm3, areaCm2, lowV, highV, cycles, stepV, f, seed, noiseA);
        }

        /** The Randles–Ševčík peak current (A) at {@code v} V/s (Bard & Faulkner eq. 6.2.19, 25 °C). */
        public double randlesSevcikA(double v) {
            return 0.4463 * n * FARADAY * areaCm2 * cMolCm3 * Math.sqrt(n * FARADAY * v * dCm2s / RT);
        }
    }

    public static Measurement generate(Params p, double scanRate) {
        double nf = p.n() * FARADAY / RT;
        double kin = Math.sqrt(p.dCm2s() / (nf * scanRate));
        double dx = 0.04 * kin;
        double dt = 0.45 * dx * dx / p.dCm2s();
        double span = p.highV() - p.lowV();
        double total = 2 * span * p.cycles() / scanRate;
        int nx = (int) Math.ceil(6 * Math.sqrt(p.dCm2s() * total) / dx) + 3;
        double[] c = new double[nx];
        double[] next = new double[nx];
        java.util.Arrays.fill(c, p.cMolCm3());
        double lambda = p.dCm2s() * dt / (dx * dx);
        int pointsPerSweep = (int) Math.round(span / p.stepV());
        int sub = (int) Math.ceil(p.stepV() / scanRate / dt);
        double h = p.stepV() / scanRate / sub;
        lambda = p.dCm2s() * h / (dx * dx);
        Noise noise = new Noise(p.seed(), p.noiseA());
        List<double[]> rows = new ArrayList<>();
        List<Segment> segs = new ArrayList<>();
        double e = p.lowV();
        c[0] = surface(p, nf, e);
        rows.add(new double[] {0, e, current(p, c, dx) + p.cdlF() * scanRate + noise.next()});
        double t = 0;
        int cycleStart = 0;
        for (int cycle = 1; cycle <= p.cycles(); cycle++) {
            for (int sweep = 0; sweep < 2; sweep++) {
                int sign = sweep == 0 ? 1 : -1;
                for (int k = 1; k <= pointsPerSweep; k++) {
                    for (int s = 1; s <= sub; s++) {
                        double es = e + sign * p.stepV() * s / sub;
                        for (int x = 1; x < nx - 1; x++) {
                            next[x] = c[x] + lambda * (c[x + 1] - 2 * c[x] + c[x - 1]);
                        }
                        next[nx - 1] = p.cMolCm3();
                        next[0] = surface(p, nf, es);
                        double[] tmp = c;
                        c = next;
                        next = tmp;
                    }
                    e += sign * p.stepV();
                    t += p.stepV() / scanRate;
                    rows.add(new double[] {t, e, current(p, c, dx) + sign * p.cdlF() * scanRate + noise.next()});
                }
            }
            segs.add(new Segment(Segment.Kind.CYCLE, cycle, cycleStart, rows.size(), "cycle " + cycle));
            cycleStart = rows.size();
        }
        double[][] cols = new double[3][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < 3; k++) {
                cols[k][r] = rows.get(r)[k];
            }
        }
        Metadata md = Metadata.builder().technique(Technique.CV).electrodeAreaCm2(p.areaCm2()).scanRateVPerS(scanRate)
                .sourceFile(String.format(java.util.Locale.ROOT, "fc_%gmVs.txt", scanRate * 1000)).build();
        return new Measurement(md, List.of(Channel.of("time", Role.TIME, Quantity.TIME, cols[0]),
                Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, cols[1]), Channel.of("I", Role.CURRENT, Quantity.CURRENT, cols[2])))
                .withSegments(segs);
    }

    /** Nernst: c_R(0) = C / (1 + exp(nf (E - E0))). */
    private static double surface(Params p, double nf, double e) {
        return p.cMolCm3() / (1 + Math.exp(nf * (e - p.e0V())));
    }

    /** I = n F A D dc_R/dx at x = 0, second-order one-sided difference. */
    private static double current(Params p, double[] c, double dx) {
        double grad = (-3 * c[0] + 4 * c[1] - c[2]) / (2 * dx);
        return p.n() * FARADAY * p.areaCm2() * p.dCm2s() * grad;
    }
}
