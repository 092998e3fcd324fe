package org.nernst.analysis.rde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.SweepSimulator;

/** What the K-L analysis refuses (exit 4) and warns about. */
class KlRefusalTest {
    static final double OFFSET = SweepSimulator.rheOffset(0.197, 13);
    static final CorrectionOptions CORR = CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(0.196).build();

    static OrrLsv.Params params() {
        return OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withElectrode(0.196, OFFSET, 0);
    }

    /** A sweep whose only record of its rotation rate is its file name. */
    static Measurement named(OrrLsv.Params p, String name) {
        Measurement m = OrrLsv.generate(p);
        Metadata md = Metadata.builder().technique(m.metadata().technique()).electrodeAreaCm2(0.196).sourceFile(name).build();
        return m.withMetadata(md);
    }

    static NernstException refused(List<Measurement> ms, KlOptions o) {
        NernstException e = assertThrows(NernstException.class, () -> KlAnalyzer.analyze(ms, o, CORR));
        assertEquals(NernstException.Kind.ANALYSIS, e.kind(), e.getMessage());
        return e;
    }

    @Test
    void fewerThanThreeRates() {
        List<Measurement> two = List.of(OrrLsv.generate(params().withRpm(400)), OrrLsv.generate(params().withRpm(1600)));
        assertTrue(refused(two, KlOptions.defaults(Electrolyte.KOH_0_1M)).getMessage().contains("at least 3"));
        List<Measurement> dup = List.of(OrrLsv.generate(params().withRpm(400)), OrrLsv.generate(params().withRpm(1600)),
                OrrLsv.generate(params().withRpm(1600)));
        assertTrue(refused(dup, KlOptions.defaults(Electrolyte.KOH_0_1M)).getMessage().contains("appears twice"));
    }

    @Test
    void missingRotationRate() {
        List<Measurement> ms = List.of(named(params().withRpm(400), "a_400rpm.txt"), named(params().withRpm(900), "b_900rpm.txt"),
                named(params().withRpm(1600), "c.txt"));
        NernstException e = refused(ms, KlOptions.defaults(Electrolyte.KOH_0_1M));
        assertTrue(e.getMessage().contains("c.txt") && e.getMessage().contains("--rpm"), e.getMessage());
        // the same files with --rpm work, and names alone suffice when they carry the rate
        KlResult r = KlAnalyzer.analyze(ms, KlOptions.defaults(Electrolyte.KOH_0_1M).withRpm(List.of(400.0, 900.0, 1600.0)), CORR);
        assertEquals(List.of(400.0, 900.0, 1600.0), r.rpm());
        List<Measurement> byName = List.of(named(params().withRpm(1600), "x_1600_.txt"), named(params().withRpm(400), "x 400 rpm.txt"),
                named(params().withRpm(900), "x_900.txt"));
        KlResult sorted = KlAnalyzer.analyze(byName, KlOptions.defaults(Electrolyte.KOH_0_1M), CORR);
        assertEquals(List.of(400.0, 900.0, 1600.0), sorted.rpm());
        assertEquals(4.0, sorted.nMean(), 0.02);
    }

    @Test
    void mismatchedPotentialRanges() {
        List<Measurement> ms = new ArrayList<>();
        ms.add(OrrLsv.generate(params().withRpm(400)));
        ms.add(OrrLsv.generate(params().withRpm(900)));
        // one sweep recorded over another window entirely
        ms.add(OrrLsv.generate(params().withRpm(1600).withSweep(1.6, 1.0, 0.001, true, 0)));
        assertTrue(refused(ms, KlOptions.defaults(Electrolyte.KOH_0_1M)).getMessage().contains("do not match"));
        // a requested potential outside one of the sweeps
        List<Measurement> ok = List.of(OrrLsv.generate(params().withRpm(400)), OrrLsv.generate(params().withRpm(900)),
                OrrLsv.generate(params().withRpm(1600).withSweep(1.05, 0.4, 0.001, true, 0)));
        assertTrue(refused(ok, KlOptions.defaults(Electrolyte.KOH_0_1M).withAt(List.of(0.3))).getMessage().contains("outside"));
    }

    /** A sloped plateau (not Levich) pushes the K-L intercepts below zero: warned, j_k left out. */
    @Test
    void negativeInterceptsAreWarned() {
        List<Measurement> ms = new ArrayList<>();
        double[] rpm = {400, 900, 1600, 2500};
        for (int k = 0; k < rpm.length; k++) {
            // the slope of the plateau grows with rpm, as with a poorly covered catalyst film
            ms.add(OrrLsv.generate(params().withRpm(rpm[k]).withCell(4, 1.2e-6, 0, 0.4 * k)));
        }
        KlResult r = KlAnalyzer.analyze(ms, KlOptions.defaults(Electrolyte.KOH_0_1M).withAt(List.of(0.3, 0.5, 0.7)), CORR);
        List<String> w = r.warnings().stream().map(d -> d.message()).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("negative")), w.toString());
        assertTrue(r.points().stream().allMatch(p -> p.jkMaCm2().isEmpty()));
        Map<String, Object> json = r.toJson();
        assertEquals(w, json.get("warnings"));
        assertTrue(((List<?>) json.get("points")).stream().noneMatch(o -> ((Map<?, ?>) o).containsKey("jk_mA_cm2")));
    }

    /**
     * A pathway that changes with potential: n(E) goes from 2 at 0.8 V to 4 at 0.4 V. The curves are written
     * forward from 1/j = 1/j_k + 1/(n B1 omega^1/2); the analysis must follow n(E) and warn that the lines
     * are not parallel.
     */
    @Test
    void potentialDependentElectronNumberGivesNonParallelLines() {
        Electrolyte el = Electrolyte.KOH_0_1M;
        double[] e = new double[701];
        for (int i = 0; i < e.length; i++) {
            e[i] = 0.2 + 0.001 * i;
        }
        java.util.function.DoubleUnaryOperator n = v -> 2 + 2 * Math.min(1, Math.max(0, (0.8 - v) / 0.4));
        java.util.function.DoubleUnaryOperator jk = v -> 1e-3 * Math.pow(10, (0.85 - v) / 0.06); // A cm^-2
        List<RdeCurve> curves = new ArrayList<>();
        for (double rpm : new double[] {400, 900, 1600, 2500}) {
            double[] j = new double[e.length];
            for (int i = 0; i < e.length; i++) {
                double jl = Levich.limitingCurrentDensity(n.applyAsDouble(e[i]), el, rpm);
                j[i] = -1 / (1 / jk.applyAsDouble(e[i]) + 1 / jl);
            }
            curves.add(new RdeCurve(rpm + " rpm", rpm, e, j));
        }
        KlResult r = KlAnalyzer.analyzeCurves(curves, KlOptions.defaults(el).withAt(List.of(0.4, 0.5, 0.6, 0.7, 0.8)),
                true, Map.of(), List.of());
        for (KlPoint p : r.points()) {
            assertEquals(n.applyAsDouble(p.potentialV()), p.n(), 0.02, "n at " + p.potentialV());
        }
        List<String> w = r.warnings().stream().map(d -> d.message()).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("not parallel")), w.toString());
    }
}
