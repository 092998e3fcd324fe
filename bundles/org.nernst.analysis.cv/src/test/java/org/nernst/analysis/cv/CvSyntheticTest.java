package org.nernst.analysis.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.PtSurfaceCv;
import org.nernst.testing.generators.ReversibleCv;

/** Reversible-couple CVs simulated by finite differences: E1/2, ΔEp, Randles–Ševčík D recovered. */
class CvSyntheticTest {

    @Test
    void reversibleCoupleGivesFormalPotentialAndNernstianSeparation() {
        ReversibleCv.Params p = ReversibleCv.Params.defaults();
        CvResult r = CvAnalyzer.analyze(List.of(ReversibleCv.generate(p, 0.1)), CvOptions.defaults());
        CvCycle c = r.files().get(0).cycles().get(0);
        assertEquals(p.e0V(), c.eHalfV().getAsDouble(), 0.002, "E1/2 = E0 within 2 mV");
        // 2.22 RT/F = 57.0 mV at 25 °C with a 330 mV switching overpotential (Bard & Faulkner table 6.5.1: 58-59)
        assertEquals(58, c.deltaEpMv().getAsDouble(), 2.5);
        assertTrue(c.reversible());
        assertEquals(p.randlesSevcikA(0.1) * 1e3, c.anodic().get().currentMa(), 0.02 * p.randlesSevcikA(0.1) * 1e3);
        assertEquals(1.0, c.nicholsonRatio().getAsDouble(), 0.06);
        Map<String, Object> j = r.toJson();
        assertTrue(((Map<?, ?>) ((List<?>) j.get("cycles")).get(0)).containsKey("anodic_peak_V"));
    }

    @Test
    void randlesSevcikRecoversDiffusionCoefficient() {
        ReversibleCv.Params p = new ReversibleCv.Params(1, 0.22, 7e-6, 1e-6, 0.0707, -0.1, 0.55, 1, 0.001, 0, 1, 0);
        List<Measurement> ms = new ArrayList<>();
        for (double v : new double[] {0.02, 0.05, 0.1, 0.2}) {
            ms.add(ReversibleCv.generate(p, v));
        }
        CvOptions o = CvOptions.defaults().withDiffusion(1, OptionalDouble.of(1e-6), OptionalDouble.empty());
        CvResult r = CvAnalyzer.analyze(ms, o);
        double d = r.randlesSevcik().get().dCm2s().getAsDouble();
        assertEquals(7e-6, d, 0.04 * 7e-6, "D within 4 %");
        assertTrue(r.randlesSevcik().get().r2() > 0.999);
    }

    @Test
    void twoRatesAreRefused() {
        ReversibleCv.Params p = new ReversibleCv.Params(1, 0.22, 7e-6, 1e-6, 0.0707, -0.1, 0.55, 1, 0.002, 0, 1, 0);
        NernstException e = assertThrows(NernstException.class, () -> CvAnalyzer.analyze(
                List.of(ReversibleCv.generate(p, 0.05), ReversibleCv.generate(p, 0.1)), CvOptions.defaults()));
        assertTrue(e.getMessage().contains(">= 3"), e.getMessage());
    }

    /** Hand pin: the positive-going sweep of a Pt CV carries Cdl ΔE + the H-UPD charge between its vertices. */
    @Test
    void sweepChargeEqualsDoubleLayerPlusHupdCharge() {
        PtSurfaceCv.Params p = PtSurfaceCv.Params.defaults();
        CvResult r = CvAnalyzer.analyze(List.of(PtSurfaceCv.generate(p, 0.05)), CvOptions.defaults());
        CvCycle c = r.files().get(0).cycles().get(1);
        // 40 µF × 1.15 V = 46.0 µC; H-UPD between 0.05 and 1.2 V: θ1(0.05) = 1/(1 + e^(-1.5 × 38.92 × 0.07)) = 0.9835,
        // so 24 × 0.9835 + 30 × 1.0000 = 53.60 µC → 99.60 µC
        double expected = 1e3 * (40e-6 * 1.15 + p.hupdChargeC(0.05, 1.2));
        assertEquals(0.09960, expected, 0.00005);
        assertEquals(expected, c.chargeAnodicMc().getAsDouble(), 0.005 * expected);
        assertEquals(-expected, c.chargeCathodicMc().getAsDouble(), 0.005 * expected);
    }
}
