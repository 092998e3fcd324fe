package org.nernst.analysis.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.testing.generators.PolarizationGenerator;

class PolarizationAnalyzerTest {

    @Test
    void acceptanceExamplePeakPowerWithinOnePercent() throws Exception {
        Measurement m = AcceptanceFiles.csv("example_zab_pol.csv", Role.CELL_VOLTAGE, Role.CURRENT);
        String a = AcceptanceFiles.answers("zab_pol");
        PolarizationResult r = PolarizationAnalyzer.analyze(m, PolarizationOptions.defaults().withArea(AcceptanceFiles.number(a, "area")));
        double want = AcceptanceFiles.number(a, "peak_power_mW_cm2");
        assertEquals(want, r.peakPower(), 0.01 * want);
        assertEquals(AcceptanceFiles.number(a, "j_at_peak_mA_cm2"), r.jAtPeak(), 0.02 * AcceptanceFiles.number(a, "j_at_peak_mA_cm2"));
        assertEquals(AcceptanceFiles.number(a, "ocv_V"), r.ocvV(), 0.005);
    }

    @ParameterizedTest(name = "R {0} Ohm cm2, noise {1} V, negative {2}, descending {3}, seed {4}")
    @CsvSource({
        "1.2, 0.001, false, false, 1",
        "1.2, 0.003, true, false, 2",
        "0.6, 0.002, false, true, 3",
        "2.5, 0.002, true, true, 4",
        "0.9, 0.005, false, false, 5"})
    void syntheticPeakPowerWithinOnePercent(double r, double noise, boolean negative, boolean descending, long seed) {
        PolarizationGenerator.Generated g = new PolarizationGenerator().resistance(r).noise(noise, seed)
                .dischargeNegative(negative).descending(descending).area(0.5, false).generate();
        PolarizationResult res = PolarizationAnalyzer.analyze(g.measurement(), PolarizationOptions.defaults().withArea(0.5));
        assertEquals(g.peakPowerMWcm2(), res.peakPower(), 0.01 * g.peakPowerMWcm2());
        assertEquals(g.jAtPeakMAcm2(), Math.abs(res.jAtPeak()), 0.03 * g.jAtPeakMAcm2());
        assertEquals(negative ? -1 : 1, Math.signum(res.jAtPeak()));
        assertEquals(g.ocvV(), res.ocvV(), 3 * noise);
        assertTrue(res.warnings().isEmpty(), () -> res.warnings().toString());
    }

    @Test
    void linearCurveHandComputed() {
        // V = 1.4 - 0.004 j (j in mA cm^-2): P = 1.4 j - 0.004 j^2, maximal at j = 1.4/0.008 = 175 mA cm^-2,
        // P = 1.4*175 - 0.004*175^2 = 122.5 mW cm^-2; area 2 cm^2 so I = 2 j mA.
        int n = 301;
        double[] v = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            double j = k;
            v[k] = 1.4 - 0.004 * j;
            i[k] = 2 * j / 1000;
        }
        Measurement m = new Measurement(Metadata.builder().build(), List.of(
                Channel.of("E", Role.CELL_VOLTAGE, Quantity.POTENTIAL, v), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
        PolarizationResult r = PolarizationAnalyzer.analyze(m, PolarizationOptions.defaults().withArea(2));
        assertEquals(122.5, r.peakPower(), 1e-9);
        assertEquals(175.0, r.jAtPeak(), 1e-6);
        assertEquals(0.7, r.vAtPeak(), 1e-8);
        assertEquals(1.4, r.ocvV(), 1e-12);
        assertEquals(300.0, r.jMax(), 1e-12);
    }

    @Test
    void areaFromMetadataIsUsedWithAWarningAndAMissingAreaIsRefused() {
        PolarizationGenerator.Generated withMd = new PolarizationGenerator().area(0.25, true).generate();
        PolarizationResult r = PolarizationAnalyzer.analyze(withMd.measurement(), PolarizationOptions.defaults());
        assertEquals(withMd.peakPowerMWcm2(), r.peakPower(), 0.01 * withMd.peakPowerMWcm2());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("taken from the file")));
        Measurement none = new PolarizationGenerator().area(0.25, false).generate().measurement();
        NernstException e = assertThrows(NernstException.class, () -> PolarizationAnalyzer.analyze(none, PolarizationOptions.defaults()));
        assertEquals(NernstException.Kind.ANALYSIS, e.kind());
        assertThrows(NernstException.class, () -> PolarizationAnalyzer.analyze(none, PolarizationOptions.defaults().withArea(0)));
    }

    @Test
    void aSweepStoppedBeforeThePeakIsFlagged() {
        PolarizationGenerator gen = new PolarizationGenerator().sweep(5e-4, 0.10);
        PolarizationResult r = PolarizationAnalyzer.analyze(gen.generate().measurement(), PolarizationOptions.defaults());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("lower bound")), () -> r.warnings().toString());
        assertEquals(0.10 * 1000 * gen.voltage(0.10), r.peakPower(), 0.01 * r.peakPower());
    }

    @Test
    void curvesCarryPowerAndFit() {
        PolarizationResult r = PolarizationAnalyzer.analyze(new PolarizationGenerator().generate().measurement(),
                PolarizationOptions.defaults().withArea(1));
        Measurement c = r.curves();
        assertEquals(r.toJson().get("n_points"), c.rows());
        assertTrue(c.channel("power density").isPresent());
    }
}
