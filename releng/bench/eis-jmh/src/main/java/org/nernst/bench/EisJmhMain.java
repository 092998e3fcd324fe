package org.nernst.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.ListStatistics;

/**
 * JMH with its usual command line and output, plus a summary of the CPU-time secondary results as
 * mean ± 99.9 % confidence half-width over the measurement iterations (JMH itself sums EVENTS
 * counters over iterations instead of averaging them).
 */
public final class EisJmhMain {
    private EisJmhMain() {
    }

    public static void main(String[] args) throws Exception {
        Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
        System.out.println();
        System.out.println("CPU time per operation (mean ± 99.9 % CI over measurement iterations):");
        for (RunResult rr : results) {
            BenchmarkParams bp = rr.getParams();
            StringBuilder params = new StringBuilder();
            for (String k : bp.getParamsKeys()) {
                params.append(' ').append(k).append('=').append(bp.getParam(k));
            }
            ListStatistics wall = new ListStatistics();
            ListStatistics cpu = new ListStatistics();
            String key = "";
            for (BenchmarkResult br : rr.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    wall.addValue(ir.getPrimaryResult().getScore());
                    for (Map.Entry<String, Result> e : ir.getSecondaryResults().entrySet()) {
                        key = e.getKey();
                        cpu.addValue(e.getValue().getScore());
                    }
                }
            }
            String name = bp.getBenchmark().substring(bp.getBenchmark().lastIndexOf('.') + 1);
            System.out.printf(Locale.ROOT, "  %-15s%s: wall %.3f ± %.3f %s, %s %.3f ± %.3f (%d iterations)%n", name, params, wall.getMean(),
                    wall.getMeanErrorAt(0.999), rr.getPrimaryResult().getScoreUnit(), key, cpu.getMean(), cpu.getMeanErrorAt(0.999),
                    cpu.getN());
        }
    }
}
