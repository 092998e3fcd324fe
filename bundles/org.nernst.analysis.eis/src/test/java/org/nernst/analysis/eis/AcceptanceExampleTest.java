package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.testing.Corpus;

/**
 * ../shared/acceptance/cases/example_eis.csv (Freq/Hz, Re(Z)/Ohm, -Im(Z)/Ohm) against answers.json:
 * R0-p(R1,CPE1), Rct 148 Ohm within 1 %, R0 21 Ohm, Q 4.6e-5, alpha 0.88 within 3 %. Read with a
 * tiny local parser: the CSV readers are another bundle's job.
 */
class AcceptanceExampleTest {

    static Spectrum readEisCsv(Path p, boolean header, boolean minusIm) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            String t = line.trim();
            if (t.isEmpty() || header && rows.isEmpty() && !Character.isDigit(t.charAt(0)) && t.charAt(0) != '-') {
                continue;
            }
            String[] c = t.split(",");
            rows.add(new double[] {Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2])});
        }
        double[][] a = new double[3][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            a[0][i] = rows.get(i)[0];
            a[1][i] = rows.get(i)[1];
            a[2][i] = minusIm ? -rows.get(i)[2] : rows.get(i)[2];
        }
        return new Spectrum(a[0], a[1], a[2]);
    }

    @Test
    void matchesTheAcceptanceAnswers() throws IOException {
        Spectrum s = readEisCsv(Corpus.acceptanceCase("example_eis.csv"), true, true);
        EisResult r = EisAnalyzer.analyze(s, EisOptions.defaults().withCircuit("R0-p(R1,CPE1)").withKk(true));
        assertEquals(148.0, r.rctOhm().orElseThrow(), 0.01 * 148.0);
        assertEquals("R1", r.rctParameter().orElseThrow());
        assertEquals(21.0, r.value("R0").orElseThrow(), 0.03 * 21.0);
        assertEquals(4.6e-5, r.value("CPE1_0").orElseThrow(), 0.03 * 4.6e-5);
        assertEquals(0.88, r.value("CPE1_1").orElseThrow(), 0.03 * 0.88);
        System.out.println("example_eis.csv: " + r.toJson());
    }
}
