package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nernst.testing.Corpus;

/**
 * Parity with impedance.py's fits of its ZPlot example files (corpus zplot-z/impedance.py, values in
 * PROVENANCE.md from docs/source/examples/looping_files_example.ipynb): CustomCircuit('R0-p(R1,C1)')
 * .fit(f, Z) on every point of the file (readZPlot, no point removed), unweighted (impedance.py's
 * default), so here: same circuit, {@code unit} weighting, all points, and no initial guess from us.
 *
 * <p>The notebook prints values and standard errors with 3 significant digits; that printout is the
 * reference, so the strongest check it allows is that our value rounds to the same 3 digits (a
 * relative difference of at most half a unit in the third digit; the 1e-3 relative of the issue
 * cannot be checked against a 3-digit print). Every reference parameter has a relative standard
 * error below 0.4 %, so all are compared. Where our value does not round to the printed one
 * (Circuit2_EIS_1.z C1: 3.113e-8 against 3.12e-08), the test proves our point is the better least-
 * squares solution: holding that parameter at the nearest value that would print as theirs and
 * refitting the others gives a higher chi² than ours (impedance.py's curve_fit works on unscaled
 * parameters and starts C1 at 1e-5, 300x off; our fit from impedance.py's own guess lands on our
 * point). Standard errors: on Circuit1_EIS_1.z, where impedance.py's guess C1 = 1e-5 lies next to
 * the optimum, they agree to the 3 printed digits (same covariance convention, chi²/(2N-p) (J^T J)^-1,
 * as curve_fit's); on the other files impedance.py's C1 errors are 14-22 % larger than ours, as at a
 * point short of the minimum, so they are printed, not compared.
 */
class ZPlotParityTest {

    /** file, R0, R1, C1 and their standard errors as impedance.py printed them. */
    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("Circuit1_EIS_1.z", new double[] {2.91e+01, 4.67e+01, 1.04e-05}, new double[] {3.63e-02, 4.69e-02, 2.95e-08}),
                Arguments.of("Circuit2_EIS_1.z", new double[] {1.50e+02, 5.02e+02, 3.12e-08}, new double[] {3.23e-01, 3.57e-01, 7.79e-11}),
                Arguments.of("Circuit2_EIS_2.z", new double[] {1.50e+02, 5.02e+02, 3.12e-08}, new double[] {3.19e-01, 3.53e-01, 7.70e-11}),
                Arguments.of("Circuit3_EIS_1.z", new double[] {1.51e+03, 4.63e+03, 2.02e-08}, new double[] {2.62e+00, 3.14e+00, 5.39e-11}));
    }

    /** The data rows of a ZPLOT2 ASCII file: TAB-separated after "End Comments"; freq, ..., Z' (col 5), Z'' (col 6). */
    static Spectrum readZPlot(Path p) throws IOException {
        List<double[]> rows = new ArrayList<>();
        boolean data = false;
        for (String line : Files.readAllLines(p)) {
            if (data && !line.isBlank()) {
                String[] c = line.trim().split("\t");
                rows.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[4]), Double.parseDouble(c[5])});
            }
            data |= line.trim().equals("End Comments");
        }
        double[][] a = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < 3; k++) {
                a[k][i] = rows.get(i)[k];
            }
        }
        return new Spectrum(a[0], a[1], a[2]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void matchesImpedancePyToItsPrintedDigits(String file, double[] ref, double[] refSe) throws IOException {
        Spectrum s = readZPlot(Corpus.file("zplot-z/impedance.py/" + file));
        EisResult r = EisAnalyzer.analyze(s, EisOptions.defaults().withCircuit("R0-p(R1,C1)").withWeighting(Weighting.UNIT));
        for (int i = 0; i < ref.length; i++) {
            FittedParameter p = r.parameters().get(i);
            double se = p.stderr().orElseThrow();
            System.out.printf(Locale.ROOT, "%s %s: ours %.6g (+/- %.4g), impedance.py %.2e (+/- %.2e)%n", file, p.name(), p.value(), se,
                    ref[i], refSe[i]);
            assertPrintedDigitsOrBetter(s, unit(r), r, p.name(), ref[i], file);
            if (file.equals("Circuit1_EIS_1.z")) {
                assertEquals(threeDigits(refSe[i]), threeDigits(se), file + " stderr of " + p.name());
            }
        }
    }

    /**
     * Our value rounds to the reference's 3 printed digits, or else holding it at the nearest value
     * that would print as the reference and refitting the rest (from our point, with {@code options})
     * gives a higher chi² than ours: our point is then the better least-squares solution there.
     */
    static void assertPrintedDigitsOrBetter(Spectrum s, EisOptions options, EisResult r, String name, double ref, String what) {
        double got = r.value(name).orElseThrow();
        if (threeDigits(ref).equals(threeDigits(got))) {
            return;
        }
        double halfDigit = 0.5 * Math.pow(10, Math.floor(Math.log10(ref)) - 2);
        double edge = got < ref ? ref - halfDigit : ref + halfDigit;
        EisResult held = EisAnalyzer.analyze(s, options.withFixed(Map.of(name, edge)));
        System.out.printf(Locale.ROOT, "  %s %s = %.5g does not print as %.2e; held at %.5g: chi2 %.8g, ours %.8g%n", what, name, got, ref,
                edge, held.chi2(), r.chi2());
        assertTrue(held.chi2() > r.chi2(), what + " " + name + ": differs from the reference's print and is not a better fit");
    }

    static EisOptions unit(EisResult from) {
        Map<String, Double> start = new LinkedHashMap<>();
        from.parameters().forEach(q -> start.put(q.name(), q.value()));
        return EisOptions.defaults().withCircuit("R0-p(R1,C1)").withWeighting(Weighting.UNIT).withInitial(start);
    }

    static String threeDigits(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }
}
