package org.nernst.analysis.lsv.corrections;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

class CorrectionsTest {

    static Measurement curve(Metadata md, double[] e, double[] i) {
        return new Measurement(md, List.of(Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, e),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    static Metadata lsv() {
        return Metadata.builder().technique(Technique.LSV).build();
    }

    @Test
    void rheOffsetOfPresetsIsHandComputed() {
        // 0.197 + 0.05916 * 13 = 0.96608 V
        PotentialScale s = PotentialScale.of(ReferenceElectrode.AG_AGCL_SAT, OptionalDouble.of(13));
        assertEquals(0.96608, s.rheOffset().getAsDouble(), 1e-12);
        assertEquals(0.098 + 0.05916 * 14, PotentialScale.of(ReferenceElectrode.HG_HGO_1M, OptionalDouble.of(14)).convert(0), 1e-12);
        assertEquals(0.0, PotentialScale.of(ReferenceElectrode.RHE, OptionalDouble.empty()).convert(0), 0);
        assertFalse(PotentialScale.of(ReferenceElectrode.SCE, OptionalDouble.empty()).rheKnown());
        assertEquals(0.640, ReferenceElectrode.byId("HG-HG2SO4-SAT").orElseThrow().potentialVsShe());
        assertEquals(0.165, ReferenceElectrode.byId("hg-hgo-0.1m").orElseThrow().potentialVsShe());
        assertEquals(0.205, ReferenceElectrode.byId("ag-agcl-3.5m").orElseThrow().potentialVsShe());
        assertEquals(0.210, ReferenceElectrode.byId("ag-agcl-3m").orElseThrow().potentialVsShe());
    }

    @Test
    void irThenRheThenAreaInThatOrder() {
        // E = 0.5 V vs SCE, I = 2 mA, Ru = 10 Ohm: E_corr = 0.48 V; + 0.241 + 0.05916 * 7 = 1.13512 V RHE; j = 2 mA / 0.5 cm² = 4
        double[] e = {0.40, 0.45, 0.50, 0.55, 0.60, 0.65};
        double[] i = {0.002, 0.002, 0.002, 0.002, 0.002, 0.002};
        CorrectionOptions o = CorrectionOptions.builder().reference("sce").ph(7).ruOhm(10).areaCm2(0.5).build();
        CorrectedCurve c = Corrections.apply(curve(lsv(), e, i), o);
        assertTrue(c.rheKnown());
        assertEquals(0.40 - 0.02 + 0.241 + 0.05916 * 7, c.potentialV()[0], 1e-9);
        assertEquals(0.05, c.potentialV()[1] - c.potentialV()[0], 1e-9);
        assertEquals(4.0, c.currentDensityMaCm2()[2], 1e-12);
        assertEquals(10.0, c.settings().get("ru_ohm"));
    }

    @Test
    void backgroundIsInterpolatedOntoTheSamePotentialsAndSubtracted() {
        double[] e = new double[101];
        double[] i = new double[101];
        double[] eb = new double[51];
        double[] ib = new double[51];
        for (int k = 0; k < 101; k++) {
            e[k] = 1.0 - 0.01 * k;
            i[k] = -1e-3 + 2e-4 * e[k];
        }
        for (int k = 0; k < 51; k++) {
            eb[k] = 1.0 - 0.02 * k + 0.005; // a different grid
            ib[k] = 2e-4 * eb[k];
        }
        CorrectionOptions o = CorrectionOptions.builder().reference("rhe").areaCm2(1).background(curve(lsv(), eb, ib)).build();
        CorrectedCurve c = Corrections.apply(curve(lsv(), e, i), o);
        for (double j : c.currentDensityMaCm2()) {
            assertEquals(-1.0, j, 1e-9);
        }
        assertTrue(c.warningMessages().stream().anyMatch(w -> w.contains("outside the background")));
    }

    @Test
    void cvDefaultsToPositiveGoingSweepOfLastCycle() {
        // 2 cycles 0 -> 1 -> 0 V, 0.01 V steps; current marks cycle and direction
        List<Double> e = new ArrayList<>();
        List<Double> i = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < 200; k++) {
                boolean up = k < 100;
                e.add(up ? 0.01 * k : 1.0 - 0.01 * (k - 100));
                i.add((c + 1) * (up ? 1e-3 : -1e-3));
            }
        }
        Measurement cv = curve(Metadata.builder().technique(Technique.CV).build(),
                e.stream().mapToDouble(Double::doubleValue).toArray(), i.stream().mapToDouble(Double::doubleValue).toArray());
        CorrectionOptions o = CorrectionOptions.builder().reference("rhe").areaCm2(1).build();
        CorrectedCurve c = Corrections.apply(cv, o);
        assertEquals(SweepDirection.POSITIVE, c.direction());
        assertEquals(2, c.settings().get("cycle"));
        assertEquals(2.0, c.currentDensityMaCm2()[50], 1e-12);
        CorrectedCurve first = Corrections.apply(cv, o.toBuilder().cycle(1).direction(SweepDirection.NEGATIVE).build());
        assertEquals(-1.0, first.currentDensityMaCm2()[50], 1e-12);
        CorrectedCurve avg = Corrections.apply(cv, o.toBuilder().averageSweeps(true).build());
        assertEquals(0.0, avg.currentDensityMaCm2()[50], 1e-12);
        NernstException ex = assertThrows(NernstException.class, () -> Corrections.apply(cv, o.toBuilder().cycle(3).build()));
        assertEquals(NernstException.Kind.ANALYSIS, ex.kind());
    }

    @Test
    void lsvWithTheOtherDirectionRequestedIsRefused() {
        double[] e = {0.5, 0.4, 0.3, 0.2, 0.1, 0.0};
        double[] i = {0, 0, 0, 0, 0, 0};
        CorrectionOptions o = CorrectionOptions.builder().reference("rhe").areaCm2(1).direction(SweepDirection.POSITIVE).build();
        NernstException ex = assertThrows(NernstException.class, () -> Corrections.apply(curve(lsv(), e, i), o));
        assertTrue(ex.getMessage().contains("positive-going"), ex.getMessage());
    }

    @Test
    void areaRules() {
        List<Diagnostic> w = new ArrayList<>();
        Metadata none = lsv();
        assertEquals(NernstException.Kind.ANALYSIS,
                assertThrows(NernstException.class, () -> Area.resolve(OptionalDouble.empty(), none, w)).kind());
        assertThrows(NernstException.class, () -> Area.resolve(OptionalDouble.of(0), none, w));
        Metadata ecLab = Metadata.builder().instrument("BioLogic EC-Lab 11.50").electrodeAreaCm2(0.001).build();
        assertEquals(0.001, Area.resolve(OptionalDouble.empty(), ecLab, w));
        assertTrue(w.stream().anyMatch(d -> d.message().contains("default")));
        assertTrue(w.stream().anyMatch(d -> d.message().contains("0.001 cm² taken from the file")));
        w.clear();
        assertEquals(1.0, Area.resolve(OptionalDouble.of(1.0), Metadata.builder().instrument("Gamry").build(), w));
        assertTrue(w.isEmpty());
    }

    @Test
    void refusals() {
        Measurement noCurrent = new Measurement(lsv(), List.of(Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, new double[] {0, 1})));
        CorrectionOptions o = CorrectionOptions.builder().reference("rhe").areaCm2(1).build();
        assertEquals(NernstException.Kind.ANALYSIS, assertThrows(NernstException.class, () -> Corrections.apply(noCurrent, o)).kind());
        assertEquals(NernstException.Kind.USAGE, assertThrows(NernstException.class,
                () -> PotentialScale.resolve(CorrectionOptions.builder().reference("ag/agcl-kcl").build(), lsv(), new ArrayList<>())).kind());
        assertEquals(NernstException.Kind.USAGE, assertThrows(NernstException.class,
                () -> PotentialScale.resolve(CorrectionOptions.builder().reference("sce").rheOffset(1).build(), lsv(), new ArrayList<>())).kind());
    }

    @Test
    void fileReferenceAndCompensationAreUsedWithWarnings() {
        List<Diagnostic> w = new ArrayList<>();
        Metadata md = Metadata.builder().referenceElectrode("Ag/AgCl").referencePotentialVsShe(0.197).compensatedResistanceOhm(8).build();
        PotentialScale s = PotentialScale.resolve(CorrectionOptions.builder().ph(13).build(), md, w);
        assertEquals(0.96608, s.rheOffset().getAsDouble(), 1e-12);
        assertEquals(0.0, Corrections.effectiveRu(OptionalDouble.of(8), md, w));
        assertEquals(2.0, Corrections.effectiveRu(OptionalDouble.of(2), md, w));
        assertEquals(3, w.size());
    }

    @Test
    void savitzkyGolayKeepsPolynomialsAndKnownCoefficients() {
        // the classic 5-point quadratic weights (-3, 12, 17, 12, -3)/35 (Savitzky & Golay 1964, table I)
        double[] impulse = new double[9];
        impulse[4] = 1;
        double[] r = new SavitzkyGolay(5, 2).smooth(impulse);
        assertArrayEquals(new double[] {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0}, java.util.Arrays.copyOfRange(r, 2, 7), 1e-12);
        double[] quad = new double[30];
        for (int k = 0; k < 30; k++) {
            quad[k] = 0.3 * k * k - 2 * k + 1;
        }
        assertArrayEquals(quad, new SavitzkyGolay(7, 2).smooth(quad), 1e-9);
    }

    @Test
    void resamplingSortsAveragesAndInterpolates() {
        Resampling.Series s = Resampling.uniform(new double[] {0.3, 0.1, 0.2, 0.2, 0.0}, new double[] {3, 1, 1.5, 2.5, 0}, 0.05);
        assertArrayEquals(new double[] {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3}, s.x(), 1e-12);
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2, 2.5, 3}, s.y(), 1e-12);
    }
}
