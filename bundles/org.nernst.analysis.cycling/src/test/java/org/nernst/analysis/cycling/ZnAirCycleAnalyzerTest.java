package org.nernst.analysis.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.testing.generators.ZnAirCyclingGenerator;

class ZnAirCycleAnalyzerTest {

    @Test
    void acceptanceExampleGivesTwentyCyclesWithEveryGapWithinTwoMillivolts() throws Exception {
        Measurement m = AcceptanceFiles.csv("example_zab_cycle.csv", Role.TIME, Role.POTENTIAL, Role.CURRENT);
        String a = AcceptanceFiles.answers("zab_cycle");
        double[] gaps = AcceptanceFiles.array(a, "gaps");
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults());
        assertEquals((int) AcceptanceFiles.number(a, "n_cycles"), r.nCycles());
        for (int k = 0; k < gaps.length; k++) {
            assertEquals(gaps[k], r.cycles().get(k).gapV(), 0.002, "cycle " + (k + 1));
        }
        assertEquals(AcceptanceFiles.number(a, "initial_gap_V"), r.initialGapV(), 0.002);
        assertEquals(AcceptanceFiles.number(a, "final_gap_V"), r.finalGapV(), 0.002);
        assertEquals("discharge", r.toJson().get("first_half_cycle"));
        assertEquals("positive", r.toJson().get("charge_current_sign"));
    }

    @ParameterizedTest(name = "charge+ {0}, charge first {1}, rest {2} s, step columns {3}, seed {4}")
    @CsvSource({
        "true, false, 60, false, 1",
        "false, false, 60, false, 2",
        "true, true, 60, false, 3",
        "false, true, 0, false, 4",
        "true, false, 0, false, 5",
        "false, false, 120, true, 6",
        "true, true, 30, true, 7"})
    void everySyntheticCycleIsFoundWithItsGapWithinTwoMillivolts(boolean chargePositive, boolean chargeFirst,
            double rest, boolean steps, long seed) {
        // 2 mV noise on 61 points per half-cycle: the gap's own statistical spread is ~0.4 mV, 2 mV is > 5 sigma
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(120).gap(0.75, 0.004, 0.01)
                .noise(0.002, 2e-6, seed).restSeconds(rest).chargePositive(chargePositive).startWithCharge(chargeFirst)
                .stepColumns(steps).generate();
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults());
        assertEquals(g.cycles().size(), r.nCycles());
        for (int k = 0; k < r.nCycles(); k++) {
            ZnAirCyclingGenerator.Cycle want = g.cycles().get(k);
            CycleStats got = r.cycles().get(k);
            assertEquals(want.gapV(), got.gapV(), 0.002, "gap of cycle " + (k + 1));
            assertEquals(want.vChargeV(), got.vChargeV(), 0.002);
            assertEquals(want.vDischargeV(), got.vDischargeV(), 0.002);
            assertEquals(100 * want.vDischargeV() / want.vChargeV(), got.rtePct(), 0.2);
        }
        assertEquals(chargeFirst ? "charge" : "discharge", r.toJson().get("first_half_cycle"));
        assertEquals(chargePositive ? "positive" : "negative", r.toJson().get("charge_current_sign"));
        assertEquals(steps ? "step type" : "current sign", r.settings().get("segmentation"));
        assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    }

    @Test
    void thousandCyclesWithDriftKeepEveryGapAndTheGrowthRate() {
        double growthPerHour = 0.0005;
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(1000).halfCycleSeconds(300, 300)
                .restSeconds(20).gap(0.70, growthPerHour, 0.003).noise(0.001, 1e-6, 99).generate();
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults());
        assertEquals(1000, r.nCycles());
        for (int k = 0; k < 1000; k++) {
            assertEquals(g.cycles().get(k).gapV(), r.cycles().get(k).gapV(), 0.002, "cycle " + (k + 1));
        }
        // growth per 100 h from the known model (jitter 3 mV over ~180 h barely moves a 1000-point slope)
        assertEquals(100 * growthPerHour, r.gapGrowthV100h().orElseThrow(), 0.002);
        double hours = g.measurement().require(Role.TIME).stream().max().orElseThrow() / 3600;
        assertEquals(hours, r.durationH(), 1e-9);
    }

    @Test
    void anIncompleteLastCycleIsDroppedWithAWarning() {
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(15).trailingHalfCycle(true).generate();
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults());
        assertEquals(15, r.nCycles());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("incomplete last cycle dropped")));
    }

    @Test
    void cycleLifeEndsAtTheFirstCycleBeyondTheThreshold() {
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(60).gap(0.80, 0.02, 0).noise(0.001, 0, 3).generate();
        // threshold halfway between two neighbouring true gaps (about 7 mV apart), far beyond the fit error
        int firstFailing = 1;
        while (g.cycles().get(firstFailing - 1).gapV() <= 0.90) {
            firstFailing++;
        }
        double threshold = (g.cycles().get(firstFailing - 1).gapV() + g.cycles().get(firstFailing - 2).gapV()) / 2;
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults().withMaxGap(threshold));
        Map<String, Object> life = r.cycleLife().orElseThrow();
        assertEquals(true, life.get("reached"));
        assertEquals(firstFailing - 1, life.get("cycles"));
        assertEquals(firstFailing, life.get("first_failing_cycle"));
        ZnAirCycleResult never = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults().withMinRte(10));
        assertEquals(false, never.cycleLife().orElseThrow().get("reached"));
    }

    @Test
    void handComputedSmallRecord() {
        // charge 0-20 s at +1 mA: 2.0, 2.1, 2.0 V -> trapezoid mean (2.05*10 + 2.05*10)/20 = 2.05 V
        // rest at 25 s; discharge 30-40 s at -1 mA: 1.25, 1.15 V -> mean 1.20 V
        Measurement m = new Measurement(Metadata.builder().build(), List.of(
                Channel.of("t", Role.TIME, Quantity.TIME, new double[] {0, 10, 20, 25, 30, 40}),
                Channel.of("E", Role.CELL_VOLTAGE, Quantity.POTENTIAL, new double[] {2.0, 2.1, 2.0, 1.6, 1.25, 1.15}),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, new double[] {1e-3, 1e-3, 1e-3, 0, -1e-3, -1e-3})));
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults());
        CycleStats c = r.cycles().get(0);
        assertEquals(1, r.nCycles());
        assertEquals(2.05, c.vChargeV(), 1e-12);
        assertEquals(1.20, c.vDischargeV(), 1e-12);
        assertEquals(0.85, c.gapV(), 1e-12);
        assertEquals(58.536585365853654, c.rtePct(), 1e-9); // 100 * 1.2 / 2.05
        assertEquals(2.0, c.charge().endVoltage(), 0);
        assertEquals(1.15, c.discharge().endVoltage(), 0);
        assertEquals(20e-3 / 3600, c.charge().capacityAh(), 1e-15); // 1 mA for 20 s
        assertEquals(50.0, c.coulombicEfficiencyPct(), 1e-9);
        assertEquals(100 * 1.2 * 10 / (2.05 * 20), c.energyEfficiencyPct(), 1e-9);
        assertEquals(40.0 / 3600, r.durationH(), 1e-15);
        assertFalse(r.toJson().containsKey("gap_growth_V_per_100h"));
    }

    @Test
    void aRecordWithoutCurrentIsRefused() {
        Measurement m = new Measurement(Metadata.builder().build(), List.of(
                Channel.of("t", Role.TIME, Quantity.TIME, new double[] {0, 1, 2}),
                Channel.of("E", Role.CELL_VOLTAGE, Quantity.POTENTIAL, new double[] {1.4, 1.4, 1.4}),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, new double[] {0, 0, 0})));
        NernstException e = assertThrows(NernstException.class, () -> ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults()));
        assertEquals(NernstException.Kind.ANALYSIS, e.kind());
    }

    @Test
    void jsonHasTheContractFieldsAndCurvesOneRowPerCycle() {
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(5).generate();
        ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(g.measurement(), CycleOptions.defaults());
        Map<String, Object> j = r.toJson();
        for (String k : List.of("cycles", "n_cycles", "initial_gap_V", "final_gap_V", "duration_h", "settings", "warnings")) {
            assertTrue(j.containsKey(k), k);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> c0 = ((List<Map<String, Object>>) j.get("cycles")).get(0);
        for (String k : List.of("cycle", "v_charge_V", "v_discharge_V", "gap_V", "rte_pct")) {
            assertTrue(c0.containsKey(k), k);
        }
        assertEquals(5, r.curves().rows());
    }
}
