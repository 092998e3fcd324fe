package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.analysis.eis.internal.Cx;
import org.nernst.analysis.eis.internal.Impedance;
import org.nernst.core.NernstException;

class CircuitTest {

    @Test
    void namesParametersAsImpedancePyDoes() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-Wo1");
        assertEquals(List.of("R0", "R1", "CPE1_0", "CPE1_1", "Wo1_0", "Wo1_1"), c.parameterNames());
        assertEquals("Ohm^-1 s^alpha", c.parameters().get(2).unit());
        assertEquals("s", c.parameters().get(5).unit());
        assertEquals(new Circuit.ChargeTransfer("R1", "CPE1"), c.chargeTransfer().orElseThrow());
        assertEquals(List.of("R0"), c.seriesResistors());
    }

    @Test
    void nestedParallelsAndAllElements() {
        Circuit c = Circuit.parse(" R0 - L0 - p(R1-p(R2,C2)-W1, CPE1) - p(G1,Ws1) ");
        assertEquals(List.of("R0", "L0", "R1", "R2", "C2", "W1", "CPE1_0", "CPE1_1", "G1_0", "G1_1", "Ws1_0", "Ws1_1"),
                c.parameterNames());
        assertEquals("R1", c.chargeTransfer().orElseThrow().resistor());
    }

    /** Hand-computed: omega R1 C1 = 1 makes p(R1,C1) = R1/(1+j) = 50 - 50j, plus R0 = 10. */
    @Test
    void pinsAHandComputedImpedance() {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        double f = 1000 / (2 * Math.PI);
        double[][] z = c.impedance(new double[] {10, 100, 1e-5}, new double[] {f});
        assertEquals(60.0, z[0][0], 1e-9);
        assertEquals(-50.0, z[1][0], 1e-9);
        // CPE, Q = 1e-3, alpha = 0.5 at omega = 100: (j omega)^0.5 = 10 e^{j pi/4}, Z = 70.7107 (1 - j)
        double[][] q = Circuit.parse("CPE1").impedance(new double[] {1e-3, 0.5}, new double[] {100 / (2 * Math.PI)});
        assertEquals(70.71067811865476, q[0][0], 1e-9);
        assertEquals(-70.71067811865476, q[1][0], 1e-9);
    }

    /** The analytic Jacobian agrees with central differences for every element type. */
    @Test
    void analyticGradientMatchesFiniteDifferences() {
        Circuit c = Circuit.parse("R0-L0-p(R1-Wo1,CPE1)-p(R2-Ws1,C2)-W1-G1");
        double[] p = {5, 1e-6, 40, 30, 0.5, 1e-4, 0.8, 20, 15, 0.02, 2e-5, 3, 8, 1e-3};
        for (double w : new double[] {0.01, 3, 700, 2e5}) {
            Cx[] d = new Cx[p.length];
            Arrays.fill(d, Cx.ZERO);
            Impedance.gradient(root(c), w, p, Cx.ONE, d);
            for (int k = 0; k < p.length; k++) {
                double h = p[k] * 1e-6;
                double[] a = p.clone();
                double[] b = p.clone();
                a[k] += h;
                b[k] -= h;
                Cx fd = Impedance.of(root(c), w, a).minus(Impedance.of(root(c), w, b)).times(1 / (2 * h));
                // central differences carry a rounding error of about eps |Z| / h
                double allowed = 1e-5 * Math.max(fd.abs(), d[k].abs()) + 1e-9 * Impedance.of(root(c), w, p).abs() / h;
                assertTrue(d[k].minus(fd).abs() <= allowed, "parameter " + c.parameterNames().get(k) + " at omega " + w
                        + ": analytic " + d[k] + ", numeric " + fd);
            }
        }
    }

    private static org.nernst.analysis.eis.internal.Node root(Circuit c) {
        return c.root();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "R0-p(R1,CPE1           | position 13 | missing ')'",
        "R0-p(R1 CPE1)          | position 9  | expected ',' or ')'",
        "R0-Q1                  | position 4  | unknown element 'Q'",
        "R0--R1                 | position 4  | expected an element",
        "R0-p(R1)               | position 4  | at least two branches",
        "R0-R                   | position 4  | needs a number",
        "R0-p(R1,C1))           | position 12 | unmatched ')'",
        "R1-R1                  | position 4  | used twice",
        "R0-                    | position 4  | string ended"})
    void malformedStringsNameThePosition(String circuit, String position, String what) {
        NernstException e = assertThrows(NernstException.class, () -> Circuit.parse(circuit));
        assertEquals(NernstException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains(position), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
