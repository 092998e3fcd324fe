package org.nernst.analysis.lsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;
import org.nernst.testing.generators.SweepSimulator;
import org.nernst.testing.generators.TafelLsv;

/** Synthetic OER/HER polarisation curves with known kinetics, analysed back (issue 6 tolerances). */
class EvolutionRoundTripTest {

    @Test
    void handComputedHerPins() {
        // b = 40 mV/dec, j0 = 10^(1 - 100/40) = 0.031623 mA cm^-2: E(-10 mA cm^-2) = -0.100 V, j0 back by extrapolation
        TafelLsv.Params p = TafelLsv.her();
        LsvResult r = LsvAnalyzer.analyze(TafelLsv.generate(p), LsvOptions.of(Reaction.HER,
                CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build()));
        assertEquals(-0.100, r.eAt10V().getAsDouble(), 1e-4);
        assertEquals(0.100, r.eta10V().getAsDouble(), 1e-4);
        assertEquals(40.0, r.tafelSlopeMvDec().getAsDouble(), 0.01);
        assertEquals(0.031623, r.j0MaCm2().getAsDouble(), 1e-5);
        // onset: -j = 0.1 mA cm^-2 at eta = -0.040 log10(0.1 / 0.031623) = -0.020 V
        assertEquals(-0.020, r.onsetV().getAsDouble(), 1e-4);
    }

    static double offset(String ref, double ph) {
        ReferenceElectrode r = ReferenceElectrode.byId(ref).orElseThrow();
        return r == ReferenceElectrode.RHE ? 0 : SweepSimulator.rheOffset(r.potentialVsShe(), ph);
    }

    @ParameterizedTest(name = "{0} {1} pH {2}: b {3}, eta10 {4}, Ru {5}, Cdl {6}, reverse {7}")
    @CsvSource({
        "OER, hg-hgo-1m, 14, 56, 0.335, 8, 0, 0",
        "OER, hg-hgo-0.1m, 13, 40, 0.30, 20, 0.004, 120",
        "OER, ag-agcl-sat, 14, 70, 0.38, 5, 0.002, 0",
        "OER, sce, 7, 120, 0.50, 0, 0.001, 0",
        "OER, rhe, 0, 30, 0.28, 12, 0, 60",
        "HER, rhe, 0, 44, 0.058, 0, 0, 0",
        "HER, ag-agcl-3.5m, 0, 30, 0.05, 3, 0.002, 30",
        "HER, hg-hg2so4-sat, 0.3, 120, 0.25, 6, 0.001, 0",
        "HER, hg-hgo-1m, 14, 90, 0.20, 10, 0.002, 90",
        "HER, ag-agcl-3m, 1, 60, 0.15, 0, 0, 0"})
    void recoversKnownKinetics(TafelLsv.Reaction reaction, String ref, double ph, double b, double eta10, double ru,
            double cdl, double reverse) {
        double j0 = 10 / Math.pow(10, eta10 * 1000 / b);
        TafelLsv.Params base = reaction == TafelLsv.Reaction.OER ? TafelLsv.oer().withSweep(1.23, 1.23 + eta10 + 0.2, 0.001)
                : TafelLsv.her().withSweep(0.0, -eta10 - 0.2, 0.001);
        TafelLsv.Params p = new TafelLsv.Params(reaction, j0, b, OptionalDouble.empty(), 0.196, offset(ref, ph), ru, cdl,
                0.005, base.eFromV(), base.eToV(), 0.001, 11, 2e-7)
                .withBackground(cdl, reverse > 0 ? OptionalDouble.of(reverse) : OptionalDouble.empty());
        CorrectionOptions.Builder c = CorrectionOptions.builder().reference(ref).ph(ph).areaCm2(0.196);
        if (ru > 0) {
            c.ruOhm(ru);
        }
        Reaction r = reaction == TafelLsv.Reaction.OER ? Reaction.OER : Reaction.HER;
        LsvResult res = LsvAnalyzer.analyze(TafelLsv.generate(p), LsvOptions.of(r, c.build()));
        assertEquals(p.eta10V(), res.eta10V().getAsDouble(), 0.005, "eta10");
        assertEquals(b, res.tafelSlopeMvDec().getAsDouble(), 3.0, "Tafel slope");
        assertEquals(Math.log10(j0), Math.log10(res.j0MaCm2().getAsDouble()), 0.15, "log10 j0");
        assertTrue(res.tafelDecades().getAsDouble() >= 1.0);
    }

    @Test
    void userTafelRangeOverridesTheAutomaticWindow() {
        TafelLsv.Params p = TafelLsv.oer();
        LsvOptions o = LsvOptions.of(Reaction.OER, CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build())
                .withTafel(java.util.Optional.of(new LsvOptions.Window(1.50, 1.52)), 1.0, 0.8);
        LsvResult r = LsvAnalyzer.analyze(TafelLsv.generate(p), o);
        assertEquals(60.0, r.tafelSlopeMvDec().getAsDouble(), 0.01);
        assertEquals(1.50, r.tafelRegion().orElseThrow().lo(), 0.0011);
        assertEquals(1.52, r.tafelRegion().orElseThrow().hi(), 0.0011);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Tafel window only 0.3")), r.warnings().toString());
    }

    @Test
    void otherCurrentDensitiesOnRequest() {
        TafelLsv.Params p = TafelLsv.oer();
        LsvOptions o = LsvOptions.of(Reaction.OER, CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build())
                .withCurrentDensities(List.of(1.0, 50.0));
        Map<String, Object> j = LsvAnalyzer.analyze(TafelLsv.generate(p), o).toJson();
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) j.get("e_at_j_V_RHE");
        // E = 1.23 + 0.35 + 0.06 log10(j / 10)
        assertEquals(1.23 + 0.35 - 0.06, (Double) at.get("1"), 1e-4);
        assertEquals(1.23 + 0.35 + 0.06 * Math.log10(5), (Double) at.get("50"), 1e-4);
    }

    @Test
    void withoutRheTheValuesStayVsTheReferenceAndEta10IsRefused() {
        TafelLsv.Params p = TafelLsv.oer().withElectrode(0.196, offset("sce", 7), 0);
        LsvResult r = LsvAnalyzer.analyze(TafelLsv.generate(p), LsvOptions.of(Reaction.OER,
                CorrectionOptions.builder().reference("sce").areaCm2(0.196).build()));
        Map<String, Object> j = r.toJson();
        assertFalse(j.containsKey("eta10_V"));
        assertFalse(j.containsKey("e_at_10_V_RHE"));
        assertFalse(j.containsKey("j0_mA_cm2"));
        assertEquals(1.58 - offset("sce", 7), (Double) j.get("e_at_10_V"), 1e-4);
        assertTrue(j.containsKey("tafel_region_V"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("eta10 needs the RHE scale")));
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("no pH given")));
    }
}
