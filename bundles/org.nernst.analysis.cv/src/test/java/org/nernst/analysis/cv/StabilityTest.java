package org.nernst.analysis.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.Chrono;
import org.nernst.testing.generators.Noise;
import org.nernst.testing.generators.OrrLsv;

/** ΔE1/2 within 3 mV, retention within 0.5 %, tolerance steps and TOF (issue 13). */
class StabilityTest {

    @Test
    void adtShiftOfHalfWavePotential() {
        OrrLsv.Params before = OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withNoise(5, 2e-7);
        // 30 mV less active after the ADT: the kinetic current reaches 1 mA cm^-2 30 mV more negative
        OrrLsv.Params after = OrrLsv.Params.defaults().kineticsAt(0.82, 1.0, 60).withNoise(6, 2e-7);
        double expected = 1e3 * (after.halfWavePotentialV() - before.halfWavePotentialV());
        LsvOptions o = LsvOptions.of(Reaction.ORR, CorrectionOptions.builder().reference("rhe").build());
        Measurement b = noArea(OrrLsv.generate(before));
        Measurement a = noArea(OrrLsv.generate(after));
        AdtResult r = AdtAnalyzer.analyze(b, a, o, OptionalInt.of(5000));
        assertEquals(expected, (double) r.deltas().get("delta_e_half_mV"), 3.0);
        assertEquals(-30, (double) r.deltas().get("delta_e_half_mV"), 3.0);
        assertEquals(5000, r.toJson().get("cycles"));
        NernstException e = assertThrows(NernstException.class, () -> AdtAnalyzer.analyze(b, a,
                LsvOptions.of(Reaction.OER, CorrectionOptions.builder().reference("rhe").build()), OptionalInt.empty()));
        assertTrue(e.getMessage().contains("--area"));
    }

    private static Measurement noArea(Measurement m) {
        var md = m.metadata();
        return m.withMetadata(new org.nernst.core.model.Metadata(md.instrument(), md.technique(), md.vendorTechnique(),
                OptionalDouble.empty(), md.referenceElectrode(), md.referencePotentialVsShe(), md.rotationRpm(),
                md.scanRateVPerS(), md.compensatedResistanceOhm(), md.startTime(), md.sourceFile(), md.extra()));
    }

    @Test
    void caRetentionOfExponentialDecay() {
        double tau = 36000;
        double dur = 36000;
        Measurement m = Chrono.ca(-1e-3, tau, -2e-4, 2, Double.NaN, 0, 1, dur, 1, new Noise(4, 2e-6));
        RetentionResult r = RetentionAnalyzer.analyze(m, RetentionAnalyzer.Options.defaults());
        double w = 0.01 * (dur - 60);
        double expected = 100 * Chrono.meanExp(tau, dur - w, dur) / Chrono.meanExp(tau, 60, 60 + w);
        // hand value: e^(-(35640 + 3.6·99 ...)) ≈ 37.3 %
        assertEquals(37.3, expected, 0.2);
        assertEquals(expected, r.retentionPct().getAsDouble(), 0.5);
        assertEquals(10.0, r.durationH(), 1e-9);
    }

    @Test
    void cpDriftAndMethanolStep() {
        Measurement cp = Chrono.cp(1e-3, 1.60, 10e-3 / 3600, 0, 1, 36000, 5, new Noise(8, 1e-4));
        RetentionResult r = RetentionAnalyzer.analyze(cp, RetentionAnalyzer.Options.defaults());
        assertEquals(10.0, r.driftMvPerH().getAsDouble(), 0.05);
        assertEquals(10.0 * (36000 - 60) * 0.99 / 3600, r.deltaEMv().getAsDouble(), 0.2);

        Measurement ca = Chrono.ca(-1e-3, 1e9, 0, 1, 600, 0.25, 5, 1200, 0.5, new Noise(9, 1e-6));
        RetentionResult s = RetentionAnalyzer.analyze(ca, RetentionAnalyzer.Options.defaults().withTolerance(OptionalDouble.empty(), true));
        // the detector finds the centre of the first-order transition (τ = 5 s) behind the injection
        assertEquals(600, s.step().get().atS(), 6);
        assertEquals(-25, s.step().get().changePct(), 0.5);
    }

    @Test
    void turnoverFrequency() {
        // 1 mA, 4 e-, 1 µg of Fe (55.845 g/mol): 1e-3 / (4 × 96485.33 × 1.7907e-8 mol) = 0.1447 s^-1
        Tof.Result r = Tof.compute(new Tof.Input(1.0, OptionalDouble.empty(), OptionalDouble.of(2.0), OptionalDouble.of(50.0), 55.845, 4));
        assertEquals(0.1447, r.tofPerS(), 0.0005);
        NernstException e = assertThrows(NernstException.class, () -> Tof.compute(
                new Tof.Input(1.0, OptionalDouble.empty(), OptionalDouble.of(2.0), OptionalDouble.empty(), 55.845, 4)));
        assertTrue(e.getMessage().contains("metal loading"));
        assertTrue(Optional.of(r.toJson()).get().containsKey("tof_per_s"));
    }
}
