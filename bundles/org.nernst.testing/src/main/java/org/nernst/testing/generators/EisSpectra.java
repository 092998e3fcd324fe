package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.testing.generators.ImpedanceModels.Diffusion;
import org.nernst.testing.generators.ImpedanceModels.Model;
import org.nernst.testing.generators.ImpedanceModels.Randles;
import org.nernst.testing.generators.ImpedanceModels.TwoArcs;

/**
 * Synthetic impedance spectra as an instrument records them: a sweep from high to low frequency,
 * log-spaced, with seeded noise, as a {@link Measurement} with FREQUENCY, Z_REAL and Z_IMAG
 * (physical sign) and optionally Z_MODULUS / Z_PHASE.
 */
public final class EisSpectra {
    private EisSpectra() {
    }

    /** A spectrum and the truth behind it, kept apart so an analysis only ever sees the spectrum. */
    public record Synthetic(Measurement spectrum, String circuit, Map<String, Double> truth) {
    }

    /** The circuits the random draws cover. */
    public enum Kind { RANDLES, RANDLES_CPE, RANDLES_CPE_WO, TWO_ARCS }

    /** {@code perDecade} log-spaced frequencies from fMax down to fMin, both included. */
    public static double[] logFrequencies(double fMax, double fMin, int perDecade) {
        int n = (int) Math.round(Math.log10(fMax / fMin) * perDecade) + 1;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = fMax * Math.pow(fMin / fMax, (double) i / (n - 1));
        }
        return f;
    }

    /**
     * The model sampled at {@code freq}, with Gaussian noise of standard deviation
     * {@code relativeNoise * |Z|} on the real and the imaginary part (noise proportional to the
     * modulus, as a frequency-response analyser's relative accuracy gives).
     */
    public static Measurement spectrum(Model model, double[] freq, double relativeNoise, long seed, boolean polar) {
        return sweep(i -> model, freq, relativeNoise, seed, polar);
    }

    /**
     * A non-stationary spectrum: the charge-transfer resistance drifts linearly by
     * {@code totalDrift} (0.2 = +20 %) over the sweep, point by point, as an electrode that changes
     * during the measurement. Such data violate Kramers-Kronig causality/stationarity.
     */
    public static Measurement drifting(Model model, double[] freq, double totalDrift, double relativeNoise, long seed) {
        int n = freq.length;
        return sweep(i -> model.withRctScaled(1 + totalDrift * i / Math.max(1, n - 1)), freq, relativeNoise, seed, false);
    }

    private interface ModelAt {
        Model at(int row);
    }

    private static Measurement sweep(ModelAt models, double[] freq, double relativeNoise, long seed, boolean polar) {
        int n = freq.length;
        double[] re = new double[n];
        double[] im = new double[n];
        Noise noise = new Noise(seed, 1.0);
        for (int i = 0; i < n; i++) {
            double[] z = models.at(i).impedance(2 * Math.PI * freq[i]);
            double mod = Math.hypot(z[0], z[1]);
            re[i] = z[0] + relativeNoise * mod * noise.next();
            im[i] = z[1] + relativeNoise * mod * noise.next();
        }
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of("freq", Role.FREQUENCY, Quantity.FREQUENCY, freq));
        ch.add(Channel.of("Re(Z)", Role.Z_REAL, Quantity.IMPEDANCE, re));
        ch.add(Channel.of("Im(Z)", Role.Z_IMAG, Quantity.IMPEDANCE, im));
        if (polar) {
            double[] mod = new double[n];
            double[] ph = new double[n];
            for (int i = 0; i < n; i++) {
                mod[i] = Math.hypot(re[i], im[i]);
                ph[i] = Math.toDegrees(Math.atan2(im[i], re[i]));
            }
            ch.add(Channel.of("|Z|", Role.Z_MODULUS, Quantity.IMPEDANCE, mod));
            ch.add(Channel.of("Phase(Z)", Role.Z_PHASE, Quantity.PHASE, ph));
        }
        Metadata md = Metadata.builder().instrument("synthetic").technique(Technique.EIS).vendorTechnique("PEIS").build();
        return new Measurement(md, ch);
    }

    /**
     * A random circuit of {@code kind} with parameters drawn over decades, placed so that every
     * feature (arc apex, diffusion bend) lies at least a decade inside the frequency window: outside
     * it no data constrain a parameter, and no fitter could recover it.
     */
    public static Synthetic random(Kind kind, long seed, double fMax, double fMin, int perDecade, double relativeNoise) {
        SplittableRandom r = new SplittableRandom(seed);
        double lo = Math.log10(fMin);
        double hi = Math.log10(fMax);
        double r0 = logUniform(r, 0.1, 100);
        double rct = r0 * logUniform(r, 1, 1000);
        double alpha = kind == Kind.RANDLES ? 1 : 0.65 + 0.35 * r.nextDouble();
        Model m;
        switch (kind) {
            case RANDLES, RANDLES_CPE -> {
                double fc = Math.pow(10, uniform(r, lo + 1.5, hi - 1.5));
                double q = qFor(rct, fc, alpha);
                m = kind == Kind.RANDLES ? Randles.ideal(r0, rct, q) : Randles.cpe(r0, rct, q, alpha);
            }
            case RANDLES_CPE_WO -> {
                double fc = Math.pow(10, uniform(r, lo + 3, hi - 1.5));
                double fw = Math.pow(10, uniform(r, lo + 0.5, Math.log10(fc) - 2));
                double z0 = rct * logUniform(r, 0.3, 10);
                m = Randles.cpeWarburg(r0, rct, qFor(rct, fc, alpha), alpha, Diffusion.OPEN, z0, 1 / (2 * Math.PI * fw));
            }
            case TWO_ARCS -> {
                double f1 = Math.pow(10, uniform(r, lo + 3, hi - 1));
                double f2 = f1 / Math.pow(10, uniform(r, 1.5, Math.min(3, Math.log10(f1) - lo - 1.5)));
                double r2 = rct * logUniform(r, 0.3, 3);
                double a2 = 0.65 + 0.35 * r.nextDouble();
                m = new TwoArcs(r0, rct, qFor(rct, f1, alpha), alpha, r2, qFor(r2, f2, a2), a2);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        Measurement s = spectrum(m, logFrequencies(fMax, fMin, perDecade), relativeNoise, seed ^ 0x5DEECE66DL, false);
        return new Synthetic(s, m.circuit(), m.truth());
    }

    /**
     * Q of an R||CPE (ZARC) whose apex is at fc: its time constant is (R Q)^(1/alpha) = 1/omega_c
     * (Orazem & Tribollet, Electrochemical Impedance Spectroscopy, Wiley 2008, ch. 13).
     */
    public static double qFor(double r, double fc, double alpha) {
        return 1 / (r * Math.pow(2 * Math.PI * fc, alpha));
    }

    private static double uniform(SplittableRandom r, double a, double b) {
        return a + (b - a) * r.nextDouble();
    }

    private static double logUniform(SplittableRandom r, double a, double b) {
        return Math.pow(10, uniform(r, Math.log10(a), Math.log10(b)));
    }
}
