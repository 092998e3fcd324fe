package org.nernst.analysis.rde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.testing.generators.Noise;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.RrdeLsv;
import org.nernst.testing.generators.SweepSimulator;

/** Ring-disk data with a known peroxide yield, written forward by {@link RrdeLsv}. */
class RrdeTest {
    static final double AREA = 0.2475;
    static final double N = 0.37;
    static final double OFFSET = SweepSimulator.rheOffset(0.197, 13);

    static OrrLsv.Params disk() {
        return OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withElectrode(AREA, OFFSET, 10)
                .withCell(4, 1.2e-6, 2e-3, 0).withSweep(1.05, 0.15, 0.001, true, 0).withNoise(5, 2e-7);
    }

    static CorrectionOptions corrections(Measurement background) {
        return CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(AREA).ruOhm(10).background(background).build();
    }

    /** Hand computation: |I_d| = 1.0 mA, |I_r| = 0.074 mA, N = 0.37: I_r/N = 0.2, n = 4/1.2 = 3.333, H2O2 = 40/1.2 = 33.33 %. */
    @Test
    void formulasPinnedByHand() {
        double[] nh = RrdePoint.nAndPeroxide(-1.0, 0.074, 0.37);
        assertEquals(10.0 / 3, nh[0], 1e-12);
        assertEquals(100.0 / 3, nh[1], 1e-12);
        // n = 4 - 2 x with x = H2O2 % / 100: the two numbers are one balance
        assertEquals(4 - 2 * nh[1] / 100, nh[0], 1e-12);
    }

    @ParameterizedTest(name = "x = {0}")
    @CsvSource({"0.0", "0.05", "0.2", "0.5"})
    void knownYieldFromOneRecordWithARingChannel(double x) {
        OrrLsv.Params p = disk();
        Measurement m = RrdeLsv.generate(p, N, x, new Noise(7, 5e-8));
        Measurement n2 = OrrLsv.generate(p.withCell(4 - 2 * x, 0, p.cdlFcm2(), 0).withNoise(8, 2e-7));
        RrdeResult r = RrdeAnalyzer.analyze(m, RrdeOptions.defaults(N), corrections(n2));

        assertTrue(r.rhe());
        assertEquals(4 - 2 * x, r.nMean(), 0.05);
        assertEquals(100 * x, r.h2o2PctMean(), 1.0);
        assertFalse(r.points().isEmpty());
        for (RrdePoint pt : r.points()) {
            assertEquals(4 - 2 * x, pt.n(), 0.05, "n at " + pt.potentialV());
            assertEquals(100 * x, pt.h2o2Pct(), 1.0, "H2O2 at " + pt.potentialV());
        }
        // the automatic range starts where the disk current is 20 % of its plateau: below E1/2 (~0.84 V RHE)
        assertTrue(r.averageRange()[1] < 0.95 && r.averageRange()[0] < 0.2, java.util.Arrays.toString(r.averageRange()));
    }

    @Test
    void twoFilesAlignedInTimeAndAPotentialDependentYield() {
        OrrLsv.Params p = disk();
        // yield rising toward low potentials, as on carbon-supported catalysts
        java.util.function.DoubleUnaryOperator x = e -> 0.05 + 0.3 * Math.max(0, 0.9 - e) / 0.75;
        Measurement both = RrdeLsv.generate(p, N, x, new Noise(3, 5e-8));
        Measurement disk = RrdeLsv.diskFile(both, "disk.txt");
        Measurement ring = RrdeLsv.ringFile(both, 1.2 - OFFSET, "ring.txt");
        RrdeResult r = RrdeAnalyzer.analyze(disk, ring, RrdeOptions.defaults(N).withRange(0.2, 0.8),
                CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(AREA).ruOhm(10).build());

        assertEquals(13, r.points().size());
        for (RrdePoint pt : r.points()) {
            double xe = x.applyAsDouble(pt.potentialV());
            assertEquals(4 - 2 * xe, pt.n(), 0.05, "n at " + pt.potentialV());
            assertEquals(100 * xe, pt.h2o2Pct(), 1.0, "H2O2 at " + pt.potentialV());
        }
        // the mean over 0.2-0.8 V of x(E) = 0.05 + 0.3 (0.9 - E)/0.75 is 0.05 + 0.3 * 0.4 / 0.75 = 0.21
        assertEquals(21.0, r.h2o2PctMean(), 1.0);
        assertEquals(4 - 0.42, r.nMean(), 0.05);
        Map<String, Object> json = r.toJson();
        assertEquals("time", ((Map<?, ?>) json.get("settings")).get("alignment"));
        assertTrue(((List<?>) json.get("points")).stream().allMatch(o -> ((Map<?, ?>) o).containsKey("E_V_RHE")
                && ((Map<?, ?>) o).containsKey("h2o2_pct") && ((Map<?, ?>) o).containsKey("n")));
        Measurement c = r.curves();
        assertTrue(c.channel(Role.RING_CURRENT).isPresent() && c.channel("n").isPresent() && c.channel("H2O2").isPresent());
    }

    @Test
    void withoutAreaTheRatiosStillWork() {
        Measurement m = RrdeLsv.generate(disk().withNoise(5, 0), N, 0.1, Noise.none());
        RrdeResult r = RrdeAnalyzer.analyze(m, RrdeOptions.defaults(N),
                CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).ruOhm(10).build());
        assertEquals(3.8, r.nMean(), 0.01);
        assertEquals(10.0, r.h2o2PctMean(), 0.2);
    }

    @Test
    void refusals() {
        OrrLsv.Params p = disk();
        Measurement lsv = OrrLsv.generate(p);
        NernstException e = assertThrows(NernstException.class,
                () -> RrdeAnalyzer.analyze(lsv, RrdeOptions.defaults(N), corrections(lsv)));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("ring"));

        Measurement both = RrdeLsv.generate(p, N, 0.1, Noise.none());
        Measurement shortRing = RrdeLsv.ringFile(both, 0.2, "ring.txt").slice(0, 300);
        NernstException t = assertThrows(NernstException.class, () -> RrdeAnalyzer.analyze(RrdeLsv.diskFile(both, "d"),
                shortRing, RrdeOptions.defaults(N), CorrectionOptions.builder().areaCm2(AREA).build()));
        assertEquals(NernstException.Kind.ANALYSIS, t.kind());
        assertTrue(t.getMessage().contains("does not cover"), t.getMessage());

        assertEquals(NernstException.Kind.USAGE, assertThrows(NernstException.class, () -> RrdeOptions.defaults(1.2)).kind());
    }
}
