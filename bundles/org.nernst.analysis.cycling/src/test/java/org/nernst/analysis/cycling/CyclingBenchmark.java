package org.nernst.analysis.cycling;

import java.util.Locale;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.ZnAirCyclingGenerator;

/**
 * Benchmark (not a test: speed belongs here): a 1,000-cycle, ~1 M-row Zn-air record summarized.
 * Run: java -cp ... org.nernst.analysis.cycling.CyclingBenchmark. Target (issue 9): below 1 s.
 */
public final class CyclingBenchmark {
    private CyclingBenchmark() {
    }

    public static void main(String[] args) {
        ZnAirCyclingGenerator.Generated g = new ZnAirCyclingGenerator().cycles(1000).halfCycleSeconds(495, 495)
                .sampling(1, 5).restSeconds(20).gap(0.7, 0.0005, 0.003).noise(0.002, 1e-6, 42).generate();
        Measurement m = g.measurement();
        double best = Double.MAX_VALUE;
        double first = 0;
        ZnAirCycleResult r = null;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            r = ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults());
            CyclingSummaryAnalyzer.analyze(m, CycleOptions.defaults()).toCsv();
            double s = (System.nanoTime() - t0) / 1e9;
            first = run == 0 ? s : first;
            best = Math.min(best, s);
        }
        double maxErr = 0;
        for (int k = 0; k < r.nCycles(); k++) {
            maxErr = Math.max(maxErr, Math.abs(r.cycles().get(k).gapV() - g.cycles().get(k).gapV()));
        }
        System.out.printf(Locale.ROOT, "%d rows, %d cycles: Zn-air analysis + summary CSV in %.3f s (best of 5, first run %.3f s); max gap error %.2f mV%n",
                m.rows(), r.nCycles(), best, first, maxErr * 1000);
    }
}
