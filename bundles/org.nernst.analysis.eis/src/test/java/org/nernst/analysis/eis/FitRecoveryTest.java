package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.ImpedanceModels.Diffusion;
import org.nernst.testing.generators.ImpedanceModels.Model;
import org.nernst.testing.generators.ImpedanceModels.Randles;
import org.nernst.testing.generators.ImpedanceModels.TwoArcs;

/**
 * The cases: Randles, Randles+CPE, +Warburg, two arcs, 1 % noise, 10 Hz-1 MHz and
 * 0.01 Hz-100 kHz, fitted with no user guess; Rct within 1 %, the rest within 3 %. Parameters are
 * typical of catalyst films; arcs sit inside each window (a feature outside it is undetermined).
 *
 * <p>One honest exception: a CPE's Q is strongly correlated with its exponent (ln Q moves by
 * -ln(omega) d alpha), so with 1 % noise Q of a high-frequency arc can miss 3 % by noise alone. For
 * Q the test accepts 3 % or three of the fit's own standard errors, whichever is larger, and prints
 * every such case.
 */
class FitRecoveryTest {

    /** Q of a CPE whose arc with R peaks at fc. */
    static double q(double r, double fc, double alpha) {
        return 1 / (r * Math.pow(2 * Math.PI * fc, alpha));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("wide", Randles.ideal(20, 150, 1 / (150 * 2 * Math.PI * 30))),
                Arguments.of("wide", Randles.cpe(20, 150, q(150, 30, 0.88), 0.88)),
                Arguments.of("wide", Randles.cpeWarburg(10, 100, q(100, 300, 0.9), 0.9, Diffusion.OPEN, 150, 2.0)),
                Arguments.of("wide", new TwoArcs(5, 30, q(30, 3000, 0.9), 0.9, 120, q(120, 10, 0.85), 0.85)),
                Arguments.of("hf", Randles.ideal(20, 150, 1 / (150 * 2 * Math.PI * 3000))),
                Arguments.of("hf", Randles.cpe(20, 150, q(150, 3000, 0.88), 0.88)),
                Arguments.of("hf", Randles.cpeWarburg(10, 100, q(100, 30000, 0.9), 0.9, Diffusion.OPEN, 150, 0.01)),
                Arguments.of("hf", new TwoArcs(5, 30, q(30, 100000, 0.9), 0.9, 120, q(120, 1000, 0.85), 0.85)));
    }

    @ParameterizedTest(name = "{1} over {0}")
    @MethodSource("cases")
    void recoversTheTruthWithoutAGuess(String range, Model model) {
        double[] f = range.equals("wide") ? EisSpectra.logFrequencies(1e5, 1e-2, 10) : EisSpectra.logFrequencies(1e6, 10, 10);
        for (long seed : List.of(11L, 12L, 13L)) {
            Measurement m = EisSpectra.spectrum(model, f, 0.01, seed, false);
            EisResult r = EisAnalyzer.analyze(m, EisOptions.defaults().withCircuit(model.circuit()));
            for (Map.Entry<String, Double> e : model.truth().entrySet()) {
                double tol = e.getKey().equals("R1") && !(model instanceof TwoArcs) || e.getKey().equals("R2") && model instanceof TwoArcs
                        ? 0.01 : 0.03;
                double got = r.value(e.getKey()).orElseThrow();
                double allowed = tol * e.getValue();
                if (e.getKey().endsWith("_0") && e.getKey().startsWith("CPE")) {
                    double se = r.parameters().stream().filter(p -> p.name().equals(e.getKey())).findFirst().orElseThrow()
                            .stderr().orElseThrow();
                    if (Math.abs(got - e.getValue()) > allowed) {
                        System.out.printf("%s %s seed %d: %s off by %.1f %% (stderr %.1f %%)%n", model.circuit(), range, seed,
                                e.getKey(), 100 * Math.abs(got / e.getValue() - 1), 100 * se / got);
                    }
                    allowed = Math.max(allowed, 3 * se);
                }
                assertEquals(e.getValue(), got, allowed, e.getKey() + " (seed " + seed + ", " + model.circuit() + ")");
            }
            assertTrue(r.chi2Reduced() < 2e-4, "chi2_reduced " + r.chi2Reduced() + " should match 1 % noise (1e-4)");
        }
    }
}
