package org.nernst.analysis.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.testing.generators.ZnAirDischargeGenerator;

class DischargeAnalyzerTest {

    @ParameterizedTest(name = "discharge current negative: {0}")
    @ValueSource(booleans = {true, false})
    void capacityEnergyAndMeanVoltageOfAKnownDischarge(boolean negative) {
        ZnAirDischargeGenerator.Generated g = new ZnAirDischargeGenerator().dischargeNegative(negative).generate();
        double zinc = 0.6;
        DischargeResult r = DischargeAnalyzer.analyze(g.measurement(), DischargeOptions.defaults().withZincMass(zinc));
        assertEquals(g.capacityMAh(), r.capacityMAh(), 1e-6 * g.capacityMAh());
        assertEquals(g.energyMWh(), r.energyMWh(), 0.002 * g.energyMWh());
        assertEquals(g.meanVoltageV(), r.vMeanV(), 0.002);
        assertEquals(g.capacityMAh() / zinc, r.capacityMAhG().orElseThrow(), 1e-3 * g.capacityMAh() / zinc);
        assertEquals(g.energyMWh() / zinc, r.energyWhKg().orElseThrow(), 0.002 * g.energyMWh() / zinc);
        assertFalse(r.warnings().stream().anyMatch(w -> w.message().contains("theoretical")));
    }

    @Test
    void aCapacityAboveZincsTheoreticalValueIsFlagged() {
        ZnAirDischargeGenerator.Generated g = new ZnAirDischargeGenerator().generate();
        // 400 mAh from 0.3 g would be 1333 mAh/g > 820
        DischargeResult r = DischargeAnalyzer.analyze(g.measurement(), DischargeOptions.defaults().withZincMass(0.3));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains("theoretical")), () -> r.warnings().toString());
    }

    @Test
    void theoreticalCapacityOfZinc() {
        // 2 * 96485.332 C/mol / 65.38 g/mol = 2951.5 C/g = 819.9 mAh/g
        assertEquals(819.9, DischargeAnalyzer.THEORETICAL_MAH_PER_G, 0.05);
    }

    @Test
    void handComputedConstantDischarge() {
        // 0.1 A for 1 h at 1.2 V after an open-circuit point: 100 mAh, 120 mWh; 0.2 g Zn -> 500 mAh/g, 600 Wh/kg
        Measurement m = new Measurement(Metadata.builder().build(), List.of(
                Channel.of("t", Role.TIME, Quantity.TIME, new double[] {0, 60, 1860, 3660}),
                Channel.of("E", Role.CELL_VOLTAGE, Quantity.POTENTIAL, new double[] {1.45, 1.2, 1.2, 1.2}),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, new double[] {0, -0.1, -0.1, -0.1})));
        DischargeResult r = DischargeAnalyzer.analyze(m, DischargeOptions.defaults().withZincMass(0.2));
        assertEquals(100.0, r.capacityMAh(), 1e-9);
        assertEquals(500.0, r.capacityMAhG().orElseThrow(), 1e-9);
        assertEquals(600.0, r.energyWhKg().orElseThrow(), 1e-9);
        assertEquals(1.2, r.vMeanV(), 1e-12);
        assertEquals(1.0, r.durationH(), 1e-12);
    }

    @Test
    void cutoffStopsTheCount() {
        ZnAirDischargeGenerator.Generated g = new ZnAirDischargeGenerator().noise(0, 1).generate();
        DischargeResult full = DischargeAnalyzer.analyze(g.measurement(), DischargeOptions.defaults());
        DischargeResult cut = DischargeAnalyzer.analyze(g.measurement(), DischargeOptions.defaults().withCutoff(1.0));
        assertTrue(cut.capacityMAh() < full.capacityMAh());
        assertTrue(cut.capacityMAh() > 0.9 * full.capacityMAh());
        assertTrue(full.warnings().stream().anyMatch(w -> w.message().contains("--zinc-mass")));
        assertFalse(full.toJson().containsKey("capacity_mAh_g"));
    }
}
