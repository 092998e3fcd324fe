package org.nernst.analysis.cycling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.testing.generators.ZnAirCyclingGenerator;

class CyclingSummaryTest {

    @ParameterizedTest(name = "cycler columns: {0}")
    @ValueSource(booleans = {false, true})
    void capacitiesAndEfficienciesPerCycle(boolean cyclerColumns) {
        // charge 2 mA for 1000 s, discharge 3 mA for 600 s: CE = 1800/2000 = 90 %
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(50).currents(2e-3, 3e-3)
                .halfCycleSeconds(1000, 600).startWithCharge(true).gap(0.3, 0.001, 0.002).noise(0.001, 1e-7, 5)
                .stepColumns(cyclerColumns).generate();
        CyclingSummary s = CyclingSummaryAnalyzer.analyze(g.measurement(), CycleOptions.defaults().withMass(0.01));
        assertEquals(50, s.rows().size());
        for (int k = 0; k < 50; k++) {
            ZnAirCyclingGenerator.Cycle want = g.cycles().get(k);
            SummaryRow got = s.rows().get(k);
            assertEquals(k + 1, got.cycle());
            assertEquals(want.chargeCapacityAh(), got.chargeAh(), 1e-4 * want.chargeCapacityAh());
            assertEquals(want.dischargeCapacityAh(), got.dischargeAh(), 1e-4 * want.dischargeCapacityAh());
            assertEquals(90.0, got.coulombicEfficiencyPct(), 0.02);
            assertEquals(100 * want.dischargeEnergyWh() / want.chargeEnergyWh(), got.energyEfficiencyPct(), 0.2);
        }
        String csv = s.toCsv();
        String[] lines = csv.split("\n");
        assertEquals(51, lines.length);
        assertTrue(lines[0].startsWith("cycle,charge_capacity_mAh,discharge_capacity_mAh,coulombic_efficiency_pct"));
        assertTrue(lines[0].endsWith("discharge_capacity_mAh_g"));
        assertEquals(cyclerColumns ? "cycler cycle index" : "half-cycle pairing", s.settings().get("cycle_numbering"));
        assertEquals(50, s.curves().rows());
    }
}
