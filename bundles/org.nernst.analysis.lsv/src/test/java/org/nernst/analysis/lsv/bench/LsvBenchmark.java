package org.nernst.analysis.lsv.bench;

import org.nernst.analysis.lsv.LsvAnalyzer;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.model.Measurement;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.TafelLsv;

/**
 * Time of the full analysis (corrections + metrics + curves) of a 2,000-point LSV; target < 5 ms (issue 6).
 * A plain main, not a test: run with the test class path, e.g. after releng/dev/quicktest compiled it.
 */
public final class LsvBenchmark {
    private LsvBenchmark() {
    }

    public static void main(String[] args) {
        Measurement orr = OrrLsv.generate(OrrLsv.Params.defaults().withSweep(1.1, 0.1, 0.0005, true, 0)
                .withElectrode(0.196, 0.966, 10).withNoise(1, 2e-6));
        Measurement oer = TafelLsv.generate(TafelLsv.oer().withSweep(1.2, 1.8, 0.0003).withElectrode(0.196, 0.926, 8));
        LsvOptions o1 = LsvOptions.of(Reaction.ORR, CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(0.196).ruOhm(10).build());
        LsvOptions o2 = LsvOptions.of(Reaction.OER, CorrectionOptions.builder().reference("hg-hgo-1m").ph(14).areaCm2(0.196).ruOhm(8).build());
        run("ORR " + orr.rows() + " points", orr, o1);
        run("OER " + oer.rows() + " points", oer, o2);
    }

    private static void run(String what, Measurement m, LsvOptions o) {
        // warm-up until the JIT has compiled the hot loops, then the best of 5 batches (the machine is shared)
        for (int k = 0; k < 3000; k++) {
            LsvAnalyzer.analyze(m, o);
        }
        double best = Double.POSITIVE_INFINITY;
        int n = 300;
        for (int batch = 0; batch < 5; batch++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                LsvAnalyzer.analyze(m, o);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e6 / n);
        }
        System.out.printf("%s: %.3f ms per analysis (best batch of %d)%n", what, best, n);
    }
}
