package org.nernst.analysis.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.DoubleLayerCv;
import org.nernst.testing.generators.PtSurfaceCv;

/** Cdl within 2 %, H-UPD and CO charges within 2 % (issue 13). */
class SurfaceAreaTest {
    private static CdlAnalyzer.Options cs(double cs) {
        CdlAnalyzer.Options d = CdlAnalyzer.Options.defaults();
        return new CdlAnalyzer.Options(d.corrections(), d.window(), OptionalDouble.of(cs), "test", d.scanRates(), d.areaCm2());
    }

    @Test
    void doubleLayerCapacitanceFromScanRateSeries() {
        DoubleLayerCv.Params p = DoubleLayerCv.Params.of(2.0e-3).withNoise(7, 2e-7);
        List<Measurement> ms = DoubleLayerCv.series(p, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1);
        CdlResult r = CdlAnalyzer.analyze(ms, cs(0.040));
        assertEquals(2.0, r.cdlMf(), 0.02 * 2.0, "Cdl within 2 %");
        assertTrue(r.r2() > 0.999);
        // ECSA = 2.0 mF / 0.040 mF cm^-2 = 50 cm² on a 0.196 cm² disk: roughness 255
        assertEquals(50, r.ecsaCm2().getAsDouble(), 1.0);
        assertEquals(50 / 0.196, r.roughnessFactor().getAsDouble(), 0.02 * 255);
        assertTrue(r.warnings().stream().noneMatch(w -> w.contains("faradaic")), r.warnings().toString());
        assertEquals(List.of(10.0, 20.0, 40.0, 60.0, 80.0, 100.0), r.toJson().get("scan_rates_mV_s"));
    }

    @Test
    void scanRateFromFileName() {
        assertEquals(0.02, ScanRates.fromName("CV_20mVs.mpt").getAsDouble(), 1e-12);
        assertEquals(0.005, ScanRates.fromName("dl 5 mV s-1 run2.txt").getAsDouble(), 1e-12);
        assertEquals(0.1, ScanRates.fromName("Pt_100mV_s.csv").getAsDouble(), 1e-12);
        assertTrue(ScanRates.fromName("sample_1600rpm.csv").isEmpty());
    }

    @Test
    void faradaicWindowWarnsAndFewRatesRefused() {
        DoubleLayerCv.Params p = DoubleLayerCv.Params.of(1e-3).withPeak(100e-6, 1.0);
        CdlResult r = CdlAnalyzer.analyze(DoubleLayerCv.series(p, 0.02, 0.05, 0.1), cs(0.035));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("faradaic")), r.warnings().toString());
        NernstException e = assertThrows(NernstException.class,
                () -> CdlAnalyzer.analyze(DoubleLayerCv.series(DoubleLayerCv.Params.of(1e-3), 0.02, 0.05), cs(0.04)));
        assertTrue(e.getMessage().contains(">= 3"));
    }

    @Test
    void hupdChargeWithDoubleLayerBaseline() {
        PtSurfaceCv.Params p = PtSurfaceCv.Params.defaults().withNoise(3, 5e-8);
        StrippingResult r = StrippingAnalyzer.hupd(PtSurfaceCv.generate(p, 0.05), StrippingAnalyzer.Options.defaults());
        double expected = p.hupdChargeC(0.05, 0.40) * 1e6;
        assertEquals(expected, r.chargeUc(), 0.02 * expected, "H-UPD charge within 2 %");
        assertEquals(expected / 210, r.ecsaCm2(), 0.02 * expected / 210);
    }

    @Test
    void coStrippingAgainstSecondCycleAndBaselineFile() {
        PtSurfaceCv.Params p = PtSurfaceCv.Params.defaults().withCo(110e-6);
        Measurement strip = PtSurfaceCv.generate(p, 0.02);
        StrippingResult r = StrippingAnalyzer.co(strip, Optional.empty(), StrippingAnalyzer.Options.defaults());
        assertEquals(p.coChargeC() * 1e6, r.chargeUc(), 0.02 * p.coChargeC() * 1e6, "CO charge within 2 %");
        Measurement base = PtSurfaceCv.generate(PtSurfaceCv.Params.defaults(), 0.02);
        StrippingResult b = StrippingAnalyzer.co(strip, Optional.of(base), StrippingAnalyzer.Options.defaults());
        assertEquals(110, b.chargeUc(), 2.2);
        assertEquals(110.0 / 420, b.ecsaCm2(), 0.02 * 110 / 420);
    }
}
