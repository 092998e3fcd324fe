package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.testing.Corpus;

/**
 * Parity with impedance.py's own recorded fits of its example data (corpus
 * generic-csv/impedance.py/exampleData.csv, values in PROVENANCE.md): same circuit, same
 * unweighted residuals, same points (Im Z < 0), but no initial guess from us.
 */
class ParityTest {

    static Spectrum capacitiveOnly(Spectrum s) {
        double[] f = s.freq();
        double[] re = s.re();
        double[] im = s.im();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (im[i] < 0) {
                keep.add(i);
            }
        }
        double[][] a = new double[3][keep.size()];
        for (int k = 0; k < keep.size(); k++) {
            a[0][k] = f[keep.get(k)];
            a[1][k] = re[keep.get(k)];
            a[2][k] = im[keep.get(k)];
        }
        return new Spectrum(a[0], a[1], a[2]);
    }

    /**
     * test_circuits.py test_Randles: 'R0-p(R1-Wo1,C1)' -> [0.0186235717, 0.0116804085, 0.0627121224,
     * 221.232935, 1.1717144]. Started from impedance.py's point (as a user guess) our fit stays there
     * (parity within 1e-3 where the relative standard error is below 10 %): it is a local minimum.
     * From no guess our fit finds a different minimum with a 2 % lower chi² (C1 1.20 instead of 1.17,
     * R0 and R1 within 1.2 %; Wo1_0 has a relative standard error above 300 %: the data do not fix it).
     */
    @Test
    void randlesReachesALowerChi2ThanImpedancePy() throws IOException {
        Spectrum s = capacitiveOnly(AcceptanceExampleTest.readEisCsv(Corpus.file("generic-csv/impedance.py/exampleData.csv"), false, false));
        String circuit = "R0-p(R1-Wo1,C1)";
        EisOptions unit = EisOptions.defaults().withCircuit(circuit).withWeighting(Weighting.UNIT);
        EisResult r = EisAnalyzer.analyze(s, unit);
        double[] ref = {0.0186235717, 0.0116804085, 0.0627121224, 221.232935, 1.1717144};
        double theirs = chi2(s, circuit, ref);
        System.out.printf("parity chi2: ours %.10g, at impedance.py's values %.10g%n", r.chi2(), theirs);
        assertTrue(r.chi2() < theirs);
        java.util.Map<String, Double> start = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ref.length; i++) {
            start.put(r.parameters().get(i).name(), ref[i]);
        }
        EisResult fromTheirs = EisAnalyzer.analyze(s, unit.withInitial(start).withRestarts(0, 1));
        for (int i = 0; i < ref.length; i++) {
            FittedParameter p = r.parameters().get(i);
            double relSe = p.stderr().orElse(Double.POSITIVE_INFINITY) / p.value();
            System.out.printf("parity %s: ours %.9g, from impedance.py's start %.9g, impedance.py %.9g, rel stderr %.2e%n", p.name(),
                    p.value(), fromTheirs.values()[i], ref[i], relSe);
            if (relSe < 0.10) {
                assertEquals(ref[i], fromTheirs.values()[i], 1e-3 * ref[i], p.name());
            }
        }
        // predict([10.0]) ~= 0.0251618 - 0.00601304j in the same test, from impedance.py's minimum
        double[][] z = Circuit.parse(circuit).impedance(fromTheirs.values(), new double[] {10.0});
        assertEquals(0.0251618, z[0][0], 1e-5 * 0.0251618);
        assertEquals(-0.00601304, z[1][0], 1e-5 * 0.00601304);
    }

    static double chi2(Spectrum s, String circuit, double[] p) {
        double[][] z = Circuit.parse(circuit).impedance(p, s.freq());
        double[] re = s.re();
        double[] im = s.im();
        double c = 0;
        for (int i = 0; i < re.length; i++) {
            c += (re[i] - z[0][i]) * (re[i] - z[0][i]) + (im[i] - z[1][i]) * (im[i] - z[1][i]);
        }
        return c;
    }

    /**
     * test_fitting.py, 'R0-p(R1,C1)-p(R2-Wo1,C2)': impedance.py's local fit from its guess gives
     * [1.65e-2, 8.68e-3, 3.32, 5.39e-3, 6.31e-2, 2.33e2, 2.20e-1]; its global optimiser (basin
     * hopping) gives [1.65e-2, 5.34e-3, 0.22, 9.15e-3, 1.31e-1, 1.10e3, 2.78] (rtol 1e-1). Our fit
     * from no guess lands on the global one, with a lower chi² than the local one.
     */
    @Test
    void twoArcDiffusionFitFindsImpedancePysGlobalOptimum() throws IOException {
        Spectrum s = capacitiveOnly(AcceptanceExampleTest.readEisCsv(Corpus.file("generic-csv/impedance.py/exampleData.csv"), false, false));
        String circuit = "R0-p(R1,C1)-p(R2-Wo1,C2)";
        EisResult r = EisAnalyzer.analyze(s, EisOptions.defaults().withCircuit(circuit).withWeighting(Weighting.UNIT));
        double[] local = {1.65e-2, 8.68e-3, 3.32, 5.39e-3, 6.31e-2, 2.33e2, 2.20e-1};
        double[] global = {1.65e-2, 5.34e-3, 0.22, 9.15e-3, 1.31e-1, 1.10e3, 2.78};
        double[] got = r.values();
        System.out.printf("parity 2-arc chi2: ours %.6g, impedance.py local %.6g, global %.6g%n", r.chi2(), chi2(s, circuit, local),
                chi2(s, circuit, global));
        assertTrue(r.chi2() < chi2(s, circuit, local));
        assertTrue(r.chi2() <= chi2(s, circuit, global));
        for (int i = 0; i < global.length; i++) {
            FittedParameter p = r.parameters().get(i);
            double relSe = p.stderr().orElse(Double.POSITIVE_INFINITY) / p.value();
            System.out.printf("parity 2-arc %s: ours %.4g, impedance.py global %.3g, rel stderr %.2e%n", p.name(), got[i], global[i], relSe);
            if (relSe < 0.10) {
                assertEquals(global[i], got[i], 1e-1 * global[i], p.name());
            }
        }
    }

    /**
     * test_fitting.py's local fits of 'R0-p(R1,C1)-p(R2-Wo1,C2)' from its guess [.01, .01, 100, .01,
     * .05, 100, 1]: unweighted -> [1.65e-2, 8.68e-3, 3.32, 5.39e-3, 6.31e-2, 2.33e2, 2.20e-1] (with
     * bounds, as impedance.py fits by default and as our log transform bounds: Wo1_1 = 2.38e2);
     * |Z|-weighted -> [1.64e-2, 9.06e-3, 3.06, 5.29e-3, 1.45e-1, 1.32e3, 2.02e-1]. Our
     * Levenberg-Marquardt alone (no restarts) from the same guess, same weighting: every parameter
     * with a relative standard error below 10 % rounds to the printed 3 digits, or (unweighted Wo1_0,
     * 6.37e-2: the unbounded reference; the bounded one is not recorded) our point has the lower chi²
     * with that parameter held where it would print as the reference's.
     */
    @Test
    void localFitsFromImpedancePysGuessMatchItsRecordedOnes() throws IOException {
        Spectrum s = capacitiveOnly(AcceptanceExampleTest.readEisCsv(Corpus.file("generic-csv/impedance.py/exampleData.csv"), false, false));
        String circuit = "R0-p(R1,C1)-p(R2-Wo1,C2)";
        String[] names = {"R0", "R1", "C1", "R2", "Wo1_0", "Wo1_1", "C2"};
        double[] guess = {.01, .01, 100, .01, .05, 100, 1};
        double[] unitRef = {1.65e-2, 8.68e-3, 3.32, 5.39e-3, 6.31e-2, 2.38e2, 2.20e-1};
        double[] modulusRef = {1.64e-2, 9.06e-3, 3.06, 5.29e-3, 1.45e-1, 1.32e3, 2.02e-1};
        java.util.Map<String, Double> start = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            start.put(names[i], guess[i]);
        }
        for (Weighting w : List.of(Weighting.UNIT, Weighting.MODULUS)) {
            double[] ref = w == Weighting.UNIT ? unitRef : modulusRef;
            EisOptions o = EisOptions.defaults().withCircuit(circuit).withWeighting(w).withInitial(start).withRestarts(0, 1);
            EisResult r = EisAnalyzer.analyze(s, o);
            int compared = 0;
            for (int i = 0; i < names.length; i++) {
                FittedParameter p = r.parameters().get(i);
                double relSe = p.stderr().orElse(Double.POSITIVE_INFINITY) / p.value();
                System.out.printf("parity local %s %s: ours %.5g, impedance.py %.3g, rel stderr %.2e%n", w.id(), names[i], p.value(), ref[i], relSe);
                if (relSe < 0.10) {
                    java.util.Map<String, Double> from = new java.util.LinkedHashMap<>();
                    r.parameters().forEach(q -> from.put(q.name(), q.value()));
                    ZPlotParityTest.assertPrintedDigitsOrBetter(s, o.withInitial(from), r, names[i], ref[i], "exampleData.csv " + w.id());
                    compared++;
                }
            }
            assertTrue(compared >= 5, compared + " parameters compared");
        }
    }
}
