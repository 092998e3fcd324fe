package org.nernst.analysis.eis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nernst.core.NernstException;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.EisSpectra.Kind;
import org.nernst.testing.generators.EisSpectra.Synthetic;

/**
 * Many seeded random circuits, parameters drawn over decades by the generator; the analyzer sees
 * only the spectrum (no guess, no truth). Two measures:
 * <ul>
 * <li>within tolerance: Rct within 1 % and every other parameter within 3 % of the truth (the
 * issue's criterion). Even with 0.1 % noise some draws miss it at the global optimum, where the
 * data do not determine a parameter (R0 hidden behind an arc still open at the highest frequency).</li>
 * <li>global optimum: the fit's chi² is no worse than chi² at the true parameters, i.e. the
 * optimiser found the best point the data define. With 1 % noise the tolerance rate is lower
 * because noise alone moves weakly determined parameters (Q, Z0, tau) by more than 3 %.</li>
 * </ul>
 */
class RobustnessTest {
    static final int N = 520;

    @Test
    void convergesFromNoGuessOnRandomSpectraWithLowNoise() {
        Stats s = run(0.001);
        // misses at the global optimum are the data's limit (e.g. R0 at 0.1 % of |Z| behind an arc
        // that has not closed at the highest frequency), printed above; guard against regressions
        assertTrue(s.tolerance >= 0.95 * N, s.tolerance + "/" + N + " within tolerance");
        assertTrue(s.optimum >= 0.99 * N, s.optimum + "/" + N + " reached the global optimum; target 99 %");
    }

    @Test
    void findsTheGlobalOptimumOnRandomSpectraWithOnePercentNoise() {
        Stats s = run(0.01);
        assertTrue(s.optimum >= 0.99 * N, s.optimum + "/" + N + " reached the global optimum; target 99 %");
    }

    record Stats(int tolerance, int optimum) {
    }

    static Stats run(double noise) {
        Map<Kind, int[]> tally = new EnumMap<>(Kind.class);
        List<String> failures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int s = 0; s < N; s++) {
            Kind kind = Kind.values()[s % Kind.values().length];
            boolean wide = (s / Kind.values().length) % 2 == 0;
            Synthetic syn = wide ? EisSpectra.random(kind, 1000 + s, 1e5, 1e-2, 10, noise)
                    : EisSpectra.random(kind, 1000 + s, 1e6, 10, 10, noise);
            int[] t = tally.computeIfAbsent(kind, k -> new int[3]);
            t[2]++;
            Outcome o = check(syn);
            t[0] += o.why().isEmpty() ? 1 : 0;
            t[1] += o.optimum() ? 1 : 0;
            if (!o.why().isEmpty()) {
                failures.add("seed " + (1000 + s) + " " + syn.circuit() + " " + (wide ? "0.01Hz-100kHz" : "10Hz-1MHz")
                        + (o.optimum() ? " (global optimum)" : " (LOCAL)") + ":" + o.why());
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6 / N;
        int tol = tally.values().stream().mapToInt(t -> t[0]).sum();
        int opt = tally.values().stream().mapToInt(t -> t[1]).sum();
        System.out.printf("EIS robustness, noise %.1f %% of |Z|: %d/%d within tolerance (%.1f %%), %d/%d global optimum (%.1f %%), %.2f ms per fit%n",
                100 * noise, tol, N, 100.0 * tol / N, opt, N, 100.0 * opt / N, ms);
        tally.forEach((k, t) -> System.out.printf("  %-15s within tolerance %d/%d, global optimum %d/%d%n", k, t[0], t[2], t[1], t[2]));
        failures.forEach(f -> System.out.println("  " + f));
        return new Stats(tol, opt);
    }

    record Outcome(String why, boolean optimum) {
    }

    static Outcome check(Synthetic syn) {
        EisResult r;
        try {
            r = EisAnalyzer.analyze(syn.spectrum(), EisOptions.defaults().withCircuit(syn.circuit()));
        } catch (NernstException e) {
            return new Outcome(e.getMessage(), false);
        }
        StringBuilder b = new StringBuilder();
        String rct = r.rctParameter().orElse("");
        for (Map.Entry<String, Double> e : syn.truth().entrySet()) {
            double got = r.value(e.getKey()).orElse(Double.NaN);
            double rel = Math.abs(got / e.getValue() - 1);
            double tol = e.getKey().equals(rct) ? 0.01 : 0.03;
            if (!(rel <= tol)) {
                b.append(String.format(" %s=%.4g (true %.4g, %.1f%%)", e.getKey(), got, e.getValue(), 100 * rel));
            }
        }
        return new Outcome(b.toString(), r.chi2() <= chi2AtTruth(syn) * (1 + 1e-9));
    }

    /** chi² with the default (modulus) weighting at the true parameters. */
    static double chi2AtTruth(Synthetic syn) {
        Circuit c = Circuit.parse(syn.circuit());
        double[] p = new double[c.parameterCount()];
        syn.truth().forEach((k, v) -> p[c.indexOf(k).getAsInt()] = v);
        Spectrum s = Spectrum.of(syn.spectrum());
        double[][] z = c.impedance(p, s.freq());
        double[] re = s.re();
        double[] im = s.im();
        double chi2 = 0;
        for (int i = 0; i < re.length; i++) {
            double m2 = re[i] * re[i] + im[i] * im[i];
            chi2 += ((re[i] - z[0][i]) * (re[i] - z[0][i]) + (im[i] - z[1][i]) * (im[i] - z[1][i])) / m2;
        }
        return chi2;
    }
}
