package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.ImpedanceModels.Diffusion;
import org.nernst.testing.generators.ImpedanceModels.Model;
import org.nernst.testing.generators.ImpedanceModels.Randles;

class KramersKronigTest {
    final Model cell = Randles.cpeWarburg(10, 100, EisSpectra.qFor(100, 300, 0.85), 0.85, Diffusion.OPEN, 150, 2.0);
    final double[] f = EisSpectra.logFrequencies(1e5, 1e-2, 10);

    @Test
    void passesAStationarySpectrum() {
        KkResult k = KramersKronig.test(Spectrum.of(EisSpectra.spectrum(cell, f, 0.002, 5, false)));
        assertTrue(k.valid(), "max residual " + k.residualsMaxPct() + " %");
        assertTrue(k.mu() <= 0.85);
        assertTrue(k.rcElements() > 3 && k.rcElements() < f.length, "M = " + k.rcElements());
    }

    /** An ideal R0-p(R1,C1) is KK-consistent wherever its time constant falls on the RC grid. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {1e-6, 5e-6, 7e-6, 1e-5, 2e-5, 3e-5, 1e-4})
    void passesAnIdealRcArcWhateverItsTimeConstant(double c) {
        double[] f01 = EisSpectra.logFrequencies(1e5, 0.1, 10);
        for (double noise : new double[] {0, 0.002}) {
            KkResult k = KramersKronig.test(Spectrum.of(EisSpectra.spectrum(Randles.ideal(10, 100, c), f01, noise, 3, false)));
            assertTrue(k.valid(), "C " + c + " noise " + noise + ": max residual " + k.residualsMaxPct() + " % at M = " + k.rcElements());
        }
    }

    @Test
    void flagsASpectrumWithDrift() {
        // the charge-transfer resistance grows 20 % during the sweep: not stationary, not KK-consistent
        Measurement m = EisSpectra.drifting(cell, f, 0.20, 0.002, 5);
        KkResult k = KramersKronig.test(Spectrum.of(m));
        assertFalse(k.valid(), "max residual " + k.residualsMaxPct() + " %");
        assertTrue(k.residualsMaxPct() > 1.0);
    }

    @Test
    void modelsInductiveTailsOnlyWhenPresent() {
        Spectrum s = Spectrum.of(EisSpectra.spectrum(cell, f, 0, 5, false));
        assertFalse(KramersKronig.test(s).withInductance());
        double[] im = s.im();
        double[] re = s.re();
        double[] ff = s.freq();
        for (int i = 0; i < ff.length; i++) {
            im[i] += 2 * Math.PI * ff[i] * 2e-6; // 2 uH of cable inductance
        }
        KkResult k = KramersKronig.test(new Spectrum(ff, re, im));
        assertTrue(k.withInductance());
        assertTrue(k.valid(), "max residual " + k.residualsMaxPct() + " %");
    }

    @Test
    void residualsArePercentOfModulus() {
        Spectrum s = Spectrum.of(EisSpectra.spectrum(cell, f, 0.002, 5, false));
        KkResult k = KramersKronig.test(s);
        double[] re = s.re();
        double[] im = s.im();
        double[] zr = k.zReal();
        int i = 20;
        assertEquals(100 * (re[i] - zr[i]) / Math.hypot(re[i], im[i]), k.residualsRealPct()[i], 1e-12);
    }
}
