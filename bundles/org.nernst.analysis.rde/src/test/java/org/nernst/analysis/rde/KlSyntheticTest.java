package org.nernst.analysis.rde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.SweepSimulator;

/**
 * Rotation-rate series written forward by the ORR generator (Koutecky-Levich + Butler-Volmer) with
 * a known n and kinetic current, recorded against Ag/AgCl at pH 13 (or 1), with iR drop, noise and a
 * capacitive background that an N2-saturated sweep removes; the analysis must give n back within
 * +-0.05 and j_k within 2 %.
 */
class KlSyntheticTest {
    static final double AREA = 0.196;
    static final double RU = 15;
    /** 3 mF cm^-2 of a porous catalyst layer at 10 mV/s: 0.03 mA cm^-2 of capacitive background. */
    static final double CDL = 3e-3;
    /** 0.5 uA rms on 0.196 cm2 (2.5 uA cm^-2), a good RDE setup; at 2 uA rms n drifts by up to 0.13. */
    static final double NOISE_A = 5e-7;

    static Stream<Arguments> series() {
        List<Arguments> out = new ArrayList<>();
        for (Electrolyte el : List.of(Electrolyte.KOH_0_1M, Electrolyte.HCLO4_0_1M)) {
            for (double n : new double[] {2.0, 2.5, 3.0, 3.5, 4.0}) {
                out.add(Arguments.of(el, n));
            }
        }
        return out.stream();
    }

    static OrrLsv.Params base(Electrolyte el, double n, double ph) {
        double offset = SweepSimulator.rheOffset(0.197, ph);
        // kinetics: |j_k| = 1 mA cm^-2 at 0.85 V RHE, 60 mV/dec
        return OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withElectrode(AREA, offset, RU)
                .withCell(n, el.c0MolCm3(), CDL, 0)
                .withSweep(1.05, 0.15, 0.001, true, 0);
    }

    static OrrLsv.Params withTransport(OrrLsv.Params p, Electrolyte el) {
        return new OrrLsv.Params(p.n(), el.c0MolCm3(), el.d0Cm2S(), el.nuCm2S(), p.rpm(), p.eqPotentialV(), p.j0MaCm2(),
                p.cathodicTafelMvDec(), p.anodicTafelMvDec(), p.areaCm2(), p.rheOffsetV(), p.ruOhm(), p.cdlFcm2(),
                p.scanRateVs(), p.plateauSlopePerV(), p.eHighV(), p.eLowV(), p.stepV(), p.startHigh(), p.cvCycles(),
                p.noiseSeed(), p.noiseA());
    }

    @ParameterizedTest(name = "{0}, n = {1}")
    @MethodSource("series")
    void electronNumberAndKineticCurrentFromAnRpmSeries(Electrolyte el, double n) {
        double ph = el == Electrolyte.KOH_0_1M ? 13 : 1;
        OrrLsv.Params p = withTransport(base(el, n, ph), el);
        List<Measurement> series = new ArrayList<>();
        long seed = 11;
        for (double rpm : new double[] {400, 900, 1600, 2500}) {
            series.add(OrrLsv.generate(p.withRpm(rpm).withNoise(seed++, NOISE_A)));
        }
        Measurement n2 = OrrLsv.generate(p.withCell(n, 0, CDL, 0).withNoise(99, NOISE_A));
        CorrectionOptions corr = CorrectionOptions.builder().reference("ag-agcl-sat").ph(ph).areaCm2(AREA).ruOhm(RU)
                .background(n2).build();

        KlResult r = KlAnalyzer.analyze(series, KlOptions.defaults(el), corr);

        assertTrue(r.rhe());
        assertTrue(r.points().size() >= 3, "mixed-control grid has " + r.points().size() + " points");
        for (KlPoint pt : r.points()) {
            assertEquals(n, pt.n(), 0.05, "n at " + pt.potentialV() + " V");
            double jk = p.kineticMaCm2(pt.potentialV());
            assertTrue(pt.jkMaCm2().isPresent());
            assertEquals(-jk, pt.jkMaCm2().getAsDouble(), 0.02 * jk, "j_k at " + pt.potentialV() + " V");
        }
        assertEquals(n, r.nMean(), 0.05);
        assertTrue(r.warnings().stream().noneMatch(w -> w.message().contains("parallel")), r.warnings().toString());
    }
}
