package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.Result;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.ImpedanceModels.Randles;

class BatchAndResultTest {
    final double[] f = EisSpectra.logFrequencies(1e5, 1e-1, 8);

    /** Rct grows 1 % per spectrum (a degrading catalyst); each fit seeds the next, on two threads. */
    @Test
    void fitsASeriesInOrderWithSeeding() {
        List<Measurement> series = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            series.add(EisSpectra.spectrum(Randles.cpe(15, 200 * Math.pow(1.01, i), EisSpectra.qFor(200, 100, 0.9), 0.9), f, 0.005, i, false));
        }
        List<Result<EisResult>> out = EisBatch.fit(series, EisOptions.defaults(), 2, Monitor.none());
        assertEquals(40, out.size());
        for (int i = 0; i < 40; i++) {
            double rct = out.get(i).value().orElseThrow().rctOhm().orElseThrow();
            assertEquals(200 * Math.pow(1.01, i), rct, 0.01 * 200 * Math.pow(1.01, i), "spectrum " + i);
        }
    }

    @Test
    void jsonCarriesTheContractFields() {
        Measurement m = EisSpectra.spectrum(Randles.cpe(15, 200, EisSpectra.qFor(200, 100, 0.9), 0.9), f, 0.002, 3, true);
        EisResult r = EisAnalyzer.analyze(m, EisOptions.defaults().withKk(true));
        Map<String, Object> j = r.toJson();
        assertEquals("R0-p(R1,CPE1)", j.get("circuit"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> ps = (Map<String, Map<String, Object>>) j.get("parameters");
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1"), List.copyOf(ps.keySet()));
        assertEquals("Ohm", ps.get("R1").get("unit"));
        assertTrue((Double) ps.get("R1").get("stderr") > 0);
        for (String k : List.of("rct_ohm", "chi2", "chi2_reduced", "kk", "settings", "warnings", "cdl_eff_F")) {
            assertTrue(j.containsKey(k), k);
        }
        assertEquals(true, ((Map<?, ?>) j.get("kk")).get("valid"));
        assertEquals((Double) j.get("chi2") / (2 * f.length - 4), (Double) j.get("chi2_reduced"), 1e-15);
        Measurement c = r.curves();
        assertEquals(f.length, c.rows());
        assertTrue(c.channel("Z_real_fit").isPresent() && c.channel("kk_residual_imag_pct").isPresent());
        assertTrue(c.channel(Role.FREQUENCY).isPresent());
    }

    /** Brug: C_eff = Q^(1/alpha) (1/Rs + 1/Rct)^((alpha-1)/alpha); hand value for Q 1e-4, alpha 0.8, Rs 10, Rct 90 is 1e-5 sqrt(3) F. */
    @Test
    void brugCapacitanceHandValue() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        // Q^(1/alpha) = 1e-5; 1/Rs + 1/Rct = 1/9, to the power -1/4 = sqrt(3): C_eff = 1e-5 sqrt(3) F
        double expected = Math.pow(1e-4, 1.25) * Math.pow(0.1 + 1 / 90.0, -0.25);
        assertEquals(1.7320508e-5, expected, 1e-12);
        assertEquals(expected, EisAnalyzer.effectiveCapacitance(c, new double[] {10, 90, 1e-4, 0.8}).getAsDouble(), 1e-12);
    }

    @Test
    void fixedAndInitialParametersAndTheirErrors() {
        Measurement m = EisSpectra.spectrum(Randles.cpe(15, 200, EisSpectra.qFor(200, 100, 0.9), 0.9), f, 0.002, 3, false);
        EisResult r = EisAnalyzer.analyze(m, EisOptions.defaults().withFixed(Map.of("CPE1_1", 0.9)).withInitial(Map.of("R1", 150.0)));
        assertEquals(0.9, r.value("CPE1_1").getAsDouble(), 0);
        assertTrue(r.parameters().get(3).fixed() && r.parameters().get(3).stderr().isEmpty());
        assertEquals(3, r.freeParameters());
        assertEquals(200, r.rctOhm().getAsDouble(), 2);
        NernstException e = assertThrows(NernstException.class,
                () -> EisAnalyzer.analyze(m, EisOptions.defaults().withFixed(Map.of("CPE2_1", 0.9))));
        assertTrue(e.getMessage().contains("R0, R1, CPE1_0, CPE1_1"), e.getMessage());
        e = assertThrows(NernstException.class, () -> EisAnalyzer.analyze(m, EisOptions.defaults().withInitial(Map.of("CPE1_1", 1.5))));
        assertTrue(e.getMessage().contains("0 < value <= 1"), e.getMessage());
        e = assertThrows(NernstException.class, () -> EisAnalyzer.analyze(m, EisOptions.defaults().withRct("CPE1_0")));
        assertEquals(NernstException.Kind.USAGE, e.kind());
        assertEquals(200, EisAnalyzer.analyze(m, EisOptions.defaults().withRct("R1")).rctOhm().getAsDouble(), 2);
    }

    @Test
    void dropsInductivePointsOnRequest() {
        Measurement m = EisSpectra.spectrum(Randles.cpe(15, 200, EisSpectra.qFor(200, 100, 0.9), 0.9), f, 0.0, 3, false);
        double[] im = m.require(Role.Z_IMAG).toArray();
        im[0] = 0.5; // a cable artefact at the highest frequency
        im[1] = 0.2;
        Measurement bad = m.withChannel(org.nernst.core.model.Channel.of("Im(Z)", Role.Z_IMAG, org.nernst.core.units.Quantity.IMPEDANCE, im));
        EisResult r = EisAnalyzer.analyze(bad, EisOptions.defaults().withDropInductive(true));
        assertEquals(f.length - 2, r.data().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("2 inductive points")));
        assertEquals(200, r.rctOhm().getAsDouble(), 0.002 * 200);
    }
}
