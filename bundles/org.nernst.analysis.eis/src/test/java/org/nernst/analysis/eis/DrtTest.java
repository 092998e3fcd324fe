package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.DrtTruth;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.ImpedanceModels.Model;
import org.nernst.testing.generators.ImpedanceModels.Randles;
import org.nernst.testing.generators.ImpedanceModels.TwoArcs;

/**
 * DRT inversion of generated spectra (0.01 Hz - 100 kHz, 10 points per decade): peaks at the true
 * time constants with the true resistances as their areas, a broad peak for a ZARC, no spurious
 * peaks from 1 % noise.
 */
class DrtTest {
    static final double[] F = EisSpectra.logFrequencies(1e5, 1e-2, 10);

    static DrtResult drt(Model m, double noise, long seed, DrtOptions o) {
        return DrtAnalyzer.analyze(EisSpectra.spectrum(m, F, noise, seed, false), o);
    }

    static void assertRel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected), what + ": expected " + expected + ", got " + actual);
    }

    @Test
    void singleRcGivesOnePeakAtRcWithAreaR() {
        // R0 10 Ohm, R 100 Ohm, C 100 uF: tau = RC = 10 ms, f = 1/(2 pi tau) = 15.915 Hz (hand-computed)
        DrtResult r = drt(Randles.ideal(10, 100, 1e-4), 0.01, 3, DrtOptions.defaults());
        assertEquals(1, r.peaks().size(), r.peaks().toString());
        DrtPeak p = r.peaks().get(0);
        assertRel(0.01, p.tauS(), 0.05, "tau");
        assertRel(15.915, p.freqHz(), 0.05, "f");
        assertRel(100, p.resistanceOhm(), 0.03, "R");
        assertRel(10, r.rInfOhm(), 0.03, "R_inf");
        assertEquals("robust-gcv", r.lambdaSelection());
        assertTrue(r.lambda() > 1e-10 && r.lambda() < 1, "lambda " + r.lambda());
    }

    @Test
    void twoSeparatedRcArcsGiveTwoPeaks() {
        // tau1 = 50 Ohm * 1 uF = 50 us, tau2 = 100 Ohm * 1 mF = 0.1 s
        for (DrtOptions.Basis b : DrtOptions.Basis.values()) {
            DrtResult r = drt(new TwoArcs(10, 50, 1e-6, 1, 100, 1e-3, 1), 0.01, 5, DrtOptions.defaults().withBasis(b));
            assertEquals(2, r.peaks().size(), b + " " + r.peaks());
            assertRel(5e-5, r.peaks().get(0).tauS(), 0.05, b + " tau1");
            assertRel(50, r.peaks().get(0).resistanceOhm(), 0.03, b + " R1");
            assertRel(0.1, r.peaks().get(1).tauS(), 0.05, b + " tau2");
            assertRel(100, r.peaks().get(1).resistanceOhm(), 0.03, b + " R2");
        }
    }

    @Test
    void zarcGivesABroadPeakCentredAtTau0() {
        double r1 = 100;
        double alpha = 0.8;
        double q = EisSpectra.qFor(r1, 10, alpha);
        double tau0 = DrtTruth.zarcTau(r1, q, alpha); // 1/(2 pi 10 Hz) = 15.9 ms
        DrtResult z = drt(Randles.cpe(10, r1, q, alpha), 0.01, 3, DrtOptions.defaults());
        assertEquals(1, z.peaks().size(), z.peaks().toString());
        assertRel(tau0, z.peaks().get(0).tauS(), 0.10, "tau0");
        assertRel(r1, z.peaks().get(0).resistanceOhm(), 0.03, "R");
        DrtResult rc = drt(Randles.ideal(10, r1, tau0 / r1), 0.01, 3, DrtOptions.defaults());
        double wz = halfMaxWidthDecades(z);
        double wrc = halfMaxWidthDecades(rc);
        assertTrue(wz > 1.5 * wrc, "ZARC width " + wz + " dec vs RC " + wrc + " dec");
        // the analytic ZARC distribution (peak 48.98 Ohm at tau0 for R = 100, alpha = 0.8, hand-computed from
        // R/(2 pi) sin(0.2 pi)/(1 - cos(0.2 pi))); the regularised inversion of noise-free data comes close
        assertEquals(48.98, DrtTruth.zarcGamma(r1, tau0, alpha, tau0), 0.01);
        DrtResult clean = drt(Randles.cpe(10, r1, q, alpha), 0, 1, DrtOptions.defaults().withLambda(OptionalDouble.of(1e-6)));
        assertRel(48.98, clean.peaks().get(0).gammaMaxOhm(), 0.10, "gamma at tau0");
        double[] t = clean.tauS();
        double[] g = clean.gammaOhm();
        double l1 = 0;
        double dy = Math.log(t[1] / t[0]);
        for (int i = 0; i < t.length; i++) {
            l1 += Math.abs(g[i] - DrtTruth.zarcGamma(r1, tau0, alpha, t[i])) * dy;
        }
        assertTrue(l1 < 0.1 * r1, "integrated |gamma - truth| = " + l1 + " Ohm");
    }

    static double halfMaxWidthDecades(DrtResult r) {
        double[] t = r.tauS();
        double[] g = r.gammaOhm();
        double max = 0;
        for (double v : g) {
            max = Math.max(max, v);
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int i = 0; i < g.length; i++) {
            if (g[i] >= max / 2) {
                lo = Math.min(lo, i);
                hi = Math.max(hi, i);
            }
        }
        return Math.log10(t[hi] / t[lo]);
    }

    @Test
    void onePercentNoiseCreatesNoSpuriousPeaks() {
        double qz = EisSpectra.qFor(100, 10, 0.8);
        Map<String, Model> models = Map.of("RC", Randles.ideal(10, 100, 1e-4), "ZARC", Randles.cpe(10, 100, qz, 0.8),
                "2RC", new TwoArcs(10, 50, 1e-6, 1, 100, 1e-3, 1));
        Map<String, Integer> truth = Map.of("RC", 1, "ZARC", 1, "2RC", 2);
        double worst = 0;
        for (Map.Entry<String, Model> e : models.entrySet()) {
            for (long seed = 1; seed <= 8; seed++) {
                DrtResult r = drt(e.getValue(), 0.01, seed, DrtOptions.defaults());
                assertEquals(truth.get(e.getKey()), r.peaks().size(), e.getKey() + " seed " + seed + ": " + r.peaks());
                worst = Math.max(worst, spuriousShare(r, truth.get(e.getKey())));
            }
        }
        System.out.printf("DRT, 1 %% noise: largest feature besides the true peaks = %.1f %% of R_pol%n", 100 * worst);
        // the default peak floor (10 % of R_pol) sits above what the noise makes
        assertTrue(worst < DrtOptions.defaults().minPeakShare(), "spurious feature of " + worst + " of R_pol");
    }

    /** The largest area share of a feature that is not one of the n largest peaks, seen with no share floor. */
    static double spuriousShare(DrtResult r, int n) {
        DrtOptions all = DrtOptions.defaults().withMinPeakShare(0);
        DrtResult a = DrtAnalyzer.analyze(r.data(), all.withLambda(OptionalDouble.of(r.lambda())));
        List<Double> areas = a.peaks().stream().map(DrtPeak::resistanceOhm).sorted((x, y) -> Double.compare(y, x)).toList();
        return areas.size() > n ? areas.get(n) / a.rPolOhm() : 0;
    }

    @Test
    void seriesInductanceIsFittedAndLeavesThePeak() {
        Model m = new DrtTruth.WithInductance(Randles.ideal(10, 100, 1e-4), 2e-6);
        DrtResult r = drt(m, 0.01, 4, DrtOptions.defaults());
        assertTrue(r.inductanceH().isPresent(), "inductive points switch the L term on");
        assertRel(2e-6, r.inductanceH().getAsDouble(), 0.10, "L");
        assertEquals(1, r.peaks().size(), r.peaks().toString());
        assertRel(100, r.peaks().get(0).resistanceOhm(), 0.03, "R");
        assertRel(0.01, r.peaks().get(0).tauS(), 0.05, "tau");
    }

    /** One part alone is half the data, so the time constant is looser (10 %) than from both (5 %). */
    @Test
    void realOrImaginaryPartAloneRecoverTheArc() {
        for (DrtOptions.Part part : List.of(DrtOptions.Part.REAL, DrtOptions.Part.IMAGINARY)) {
            DrtResult r = drt(Randles.ideal(10, 100, 1e-4), 0.01, 6, DrtOptions.defaults().withPart(part));
            assertEquals(1, r.peaks().size(), part + " " + r.peaks());
            assertRel(0.01, r.peaks().get(0).tauS(), 0.10, part + " tau");
            assertRel(100, r.peaks().get(0).resistanceOhm(), 0.05, part + " R");
            assertRel(10, r.rInfOhm(), 0.05, part + " R_inf");
        }
    }

    @Test
    void jsonCurvesAndOptions() {
        DrtResult r = drt(Randles.ideal(10, 100, 1e-4), 0.01, 3, DrtOptions.defaults());
        Map<String, Object> j = r.toJson();
        for (String k : List.of("lambda", "lambda_selection", "r_inf_ohm", "r_pol_ohm", "peaks", "tau_s", "gamma_ohm",
                "residuals_rms_pct", "settings", "warnings")) {
            assertTrue(j.containsKey(k), k);
        }
        assertTrue((Double) j.get("residuals_rms_pct") < 2, "residuals at the 1 % noise level");
        Measurement c = r.curves();
        assertEquals(r.tauS().length, c.rows());
        Measurement eis = EisSpectra.spectrum(Randles.ideal(10, 100, 1e-4), F, 0, 1, false);
        Measurement both = r.alongside(eis);
        assertEquals(Math.max(eis.rows(), c.rows()), both.rows());
        assertTrue(both.channel("drt_gamma").isPresent());
        assertThrows(NernstException.class, () -> DrtOptions.defaults().withWeighting(Weighting.PROPORTIONAL));
        assertEquals(DrtOptions.Part.COMBINED, DrtOptions.parse(DrtOptions.Part.class, "part", "both"));
        assertThrows(NernstException.class, () -> DrtOptions.parse(DrtOptions.Basis.class, "basis", "spline"));
        Spectrum tiny = new Spectrum(new double[] {10, 9, 8}, new double[] {1, 1, 1}, new double[] {-1, -1, -1});
        assertThrows(NernstException.class, () -> DrtAnalyzer.analyze(tiny, DrtOptions.defaults()));
    }

    @Test
    void eachWithChangesOnlyItsSettingAndIsChecked() {
        DrtOptions d = DrtOptions.defaults();
        DrtOptions all = d.withBasis(DrtOptions.Basis.PIECEWISE_LINEAR).withPart(DrtOptions.Part.REAL).withPenaltyOrder(2)
                .withInductance(DrtOptions.Inductance.NO).withWeighting(Weighting.UNIT).withLambda(OptionalDouble.of(1e-4))
                .withPeakThreshold(0.2).withMinPeakShare(0.3);
        assertEquals(new DrtOptions(DrtOptions.Basis.PIECEWISE_LINEAR, DrtOptions.Part.REAL, 2, 10, 1, DrtOptions.Inductance.NO,
                Weighting.UNIT, OptionalDouble.of(1e-4), 0.2, 0.3), all);
        assertEquals(new DrtOptions(DrtOptions.Basis.GAUSSIAN, DrtOptions.Part.IMAGINARY, 1, 10, 1, DrtOptions.Inductance.AUTO,
                Weighting.MODULUS, OptionalDouble.empty(), 0.05, 0.1), d.withPart(DrtOptions.Part.IMAGINARY));
        assertEquals(d, DrtOptions.defaults(), "with-methods leave the original alone");
        assertThrows(NernstException.class, () -> d.withPenaltyOrder(3));
        assertThrows(NernstException.class, () -> d.withLambda(OptionalDouble.of(0)));
        assertThrows(NernstException.class, () -> d.withPeakThreshold(1));
        assertThrows(NernstException.class, () -> d.withMinPeakShare(-0.1));
    }
}
