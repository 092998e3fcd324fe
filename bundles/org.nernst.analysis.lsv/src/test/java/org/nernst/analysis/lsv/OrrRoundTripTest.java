package org.nernst.analysis.lsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.SweepSimulator;

/** Synthetic ORR voltammograms with known parameters, analysed back (issue 6 tolerances). */
class OrrRoundTripTest {

    /** Onset of the model: the potential where the faradaic |j| equals the threshold (bisection). */
    static double modelOnset(OrrLsv.Params p, double threshold) {
        double lo = p.eLowV();
        double hi = p.eHighV();
        for (int k = 0; k < 100; k++) {
            double mid = 0.5 * (lo + hi);
            if (-p.faradaicMaCm2(mid) > threshold) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    @Test
    void handComputedHalfWavePotentialAndLimitingCurrent() {
        // jk(0.9 V) = 1 mA cm^-2, b = 60 mV/dec; at E1/2 jk = |jL| (Koutecký–Levich), so
        // E1/2 = 0.9 - 0.060 log10(5.70) = 0.8547 V; |jL| = 5.70 mA cm^-2 (cli.md check value).
        OrrLsv.Params p = OrrLsv.Params.defaults().kineticsAt(0.9, 1.0, 60);
        LsvResult r = LsvAnalyzer.analyze(OrrLsv.generate(p), LsvOptions.of(Reaction.ORR,
                CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build()));
        assertEquals(0.9 - 0.060 * Math.log10(p.levichMaCm2()), r.halfWaveV().getAsDouble(), 0.001);
        assertEquals(0.8547, r.halfWaveV().getAsDouble(), 0.001);
        assertEquals(-5.70, r.limitingMaCm2().getAsDouble(), 0.01);
        assertEquals(60.0, r.tafelSlopeMvDec().getAsDouble(), 0.5);
        assertEquals(-1.0, r.jkAtActivityMaCm2().getAsDouble(), 0.01);
    }

    @ParameterizedTest(name = "{0} pH {1}, {2} rpm, n {3}, b {4}, Ru {5}, noise {6} A")
    @CsvSource({
        "ag-agcl-sat, 13, 1600, 4.0, 66, 0, 2e-6",
        "hg-hgo-1m, 13, 400, 3.9, 60, 0, 2e-6",
        "hg-hgo-0.1m, 13, 2500, 3.8, 70, 30, 2e-6",
        "sce, 1, 900, 4.0, 120, 15, 1e-6",
        "ag-agcl-3m, 0.3, 1600, 3.6, 80, 0, 3e-6",
        "rhe, 0, 2025, 4.0, 55, 40, 2e-6",
        "hg-hg2so4-sat, 1, 1600, 4.0, 62, 5, 2e-6"})
    void recoversKnownParameters(String ref, double ph, double rpm, double n, double b, double ru, double noise) {
        double offset = ReferenceElectrode.byId(ref).orElseThrow() == ReferenceElectrode.RHE ? 0
                : SweepSimulator.rheOffset(ReferenceElectrode.byId(ref).orElseThrow().potentialVsShe(), ph);
        OrrLsv.Params p = OrrLsv.Params.defaults().withRpm(rpm).withCell(n, 1.2e-6, 0, 0).kineticsAt(0.88, 1.0, b)
                .withElectrode(0.196, offset, ru).withNoise(17, noise);
        Measurement m = OrrLsv.generate(p);
        LsvResult r = LsvAnalyzer.analyze(m, LsvOptions.of(Reaction.ORR,
                CorrectionOptions.builder().reference(ref).ph(ph).areaCm2(0.196).ruOhm(ru).build()));
        assertEquals(p.halfWavePotentialV(), r.halfWaveV().getAsDouble(), 0.005, "E1/2");
        assertEquals(-p.levichMaCm2(), r.limitingMaCm2().getAsDouble(), 0.02 * p.levichMaCm2(), "jL");
        assertEquals(b, r.tafelSlopeMvDec().getAsDouble(), 3.0, "Tafel");
        assertEquals(modelOnset(p, 0.1), r.onsetV().getAsDouble(), 0.010, "onset");
        assertTrue(r.tafelR2().getAsDouble() > 0.99);
        assertTrue(r.rheKnown());
    }

    @Test
    void capacitiveBackgroundIsRemovedBySubtractingTheN2Curve() {
        // 20 mF cm^-2 at 10 mV/s: 0.2 mA cm^-2 of charging current, above the onset threshold on its own
        OrrLsv.Params p = OrrLsv.Params.defaults().withCell(4, 1.2e-6, 0.02, 0).kineticsAt(0.88, 1.0, 65)
                .withElectrode(0.196, SweepSimulator.rheOffset(0.197, 13), 20).withNoise(3, 2e-6);
        Measurement o2 = OrrLsv.generate(p);
        Measurement n2 = OrrLsv.generate(p.withCell(4, 0, 0.02, 0).withNoise(4, 2e-6));
        CorrectionOptions.Builder c = CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(0.196).ruOhm(20);
        LsvResult raw = LsvAnalyzer.analyze(o2, LsvOptions.of(Reaction.ORR, c.build()));
        LsvResult bg = LsvAnalyzer.analyze(o2, LsvOptions.of(Reaction.ORR, c.background(n2).build()));
        assertEquals(p.halfWavePotentialV(), bg.halfWaveV().getAsDouble(), 0.005);
        assertEquals(-p.levichMaCm2(), bg.limitingMaCm2().getAsDouble(), 0.02 * p.levichMaCm2());
        assertEquals(65, bg.tafelSlopeMvDec().getAsDouble(), 3.0);
        assertEquals(modelOnset(p, 0.1), bg.onsetV().getAsDouble(), 0.010);
        // without the background the charging current alone exceeds the threshold: no onset inside the sweep
        assertTrue(raw.onsetV().isEmpty());
    }

    @Test
    void cvUsesThePositiveGoingSweepOfTheLastCycleAndAveragingCancelsCharging() {
        OrrLsv.Params p = OrrLsv.Params.defaults().withCell(4, 1.2e-6, 0.01, 0).kineticsAt(0.9, 1.0, 60)
                .withSweep(1.1, 0.05, 0.002, true, 3).withNoise(5, 1e-6);
        Measurement cv = OrrLsv.generate(p);
        CorrectionOptions c = CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build();
        LsvResult last = LsvAnalyzer.analyze(cv, LsvOptions.of(Reaction.ORR, c));
        assertEquals(3, last.settings().get("cycle"));
        assertEquals("positive-going", last.settings().get("direction"));
        // charging current +0.1 mA cm^-2 on the positive-going sweep
        assertEquals(-p.levichMaCm2() + 0.1, last.limitingMaCm2().getAsDouble(), 0.02);
        LsvResult avg = LsvAnalyzer.analyze(cv, LsvOptions.of(Reaction.ORR, c.toBuilder().averageSweeps(true).build()));
        assertEquals(-p.levichMaCm2(), avg.limitingMaCm2().getAsDouble(), 0.02);
        assertEquals(p.halfWavePotentialV(), avg.halfWaveV().getAsDouble(), 0.005);
    }

    @Test
    void slopedPlateauIsReportedAndStillWithinTolerance() {
        // |jL| grows by 150 % of its Levich value per volt below 1.05 V: 0.15 / 2.275 = 6.6 % over the 0.1 V window
        OrrLsv.Params p = OrrLsv.Params.defaults().withCell(4, 1.2e-6, 0, 1.5).kineticsAt(0.9, 1.0, 60);
        LsvResult r = LsvAnalyzer.analyze(OrrLsv.generate(p), LsvOptions.of(Reaction.ORR,
                CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("plateau slopes")), r.warnings().toString());
        double jl = r.limitingMaCm2().getAsDouble();
        double expected = p.levichMaCm2() * (1 + 1.5 * (p.eHighV() - 0.2));
        assertEquals(-expected, jl, 0.01 * expected);
    }

    @Test
    void massAndSpecificActivityAtPoint9V() {
        OrrLsv.Params p = OrrLsv.Params.defaults().kineticsAt(0.9, 2.5, 60);
        LsvOptions o = LsvOptions.of(Reaction.ORR, CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build())
                .withActivity(0.9, OptionalDouble.of(0.1), OptionalDouble.of(9.8));
        LsvResult r = LsvAnalyzer.analyze(OrrLsv.generate(p), o);
        // jk(0.9) = 2.5 mA cm^-2 -> 2.5 / 0.1 mg cm^-2 = 25 A g^-1; specific 2.5 * 0.196 / 9.8 = 0.05 mA cm^-2
        assertEquals(25.0, r.massActivityAg().getAsDouble(), 0.25);
        assertEquals(0.05, r.specificActivityMaCm2().getAsDouble(), 0.0005);
        Map<String, Object> j = r.toJson();
        assertEquals(r.massActivityAg().getAsDouble(), (Double) j.get("mass_activity_A_g"));
        assertFalse(j.containsKey("eta10_V"));
    }
}
