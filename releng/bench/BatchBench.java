import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nernst.batch.BatchEngine;
import org.nernst.batch.BatchOptions;
import org.nernst.batch.BatchOutputs;
import org.nernst.batch.BatchReport;
import org.nernst.core.Monitor;
import org.nernst.io.ReaderRegistry;
import org.nernst.io.api.MeasurementReader;
import org.nernst.testing.generators.BenchmarkFolder;

/**
 * Batch throughput: N generated files (LSV / EIS / Zn-air cycling in turn) through import, analysis,
 * plots and report; prints the per-stage split. Run by releng/bench/batch-bench.sh [files] [threads].
 */
public class BatchBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("nernst-batch-bench");
        try {
            long g0 = System.nanoTime();
            Path in = BenchmarkFolder.create(work.resolve("in"), n);
            System.out.printf("generated %d files in %.1f s (not timed below)%n", n, (System.nanoTime() - g0) / 1e9);
            ReaderRegistry registry = ReaderRegistry.withBuiltInReaders();
            for (String c : List.of("org.nernst.io.biologic.internal.EcLabTextReader", "org.nernst.io.gamry.internal.GamryDtaReader")) {
                registry.add((MeasurementReader) Class.forName(c).getDeclaredConstructor().newInstance(), c, "");
            }
            long t0 = System.nanoTime();
            java.time.Duration cpu0 = ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
            BatchReport r = new BatchEngine(registry, BatchEngine.standardRunners())
                    .run(in, BatchOptions.defaults().withThreads(threads), Optional.empty(), Monitor.none());
            r = BatchOutputs.write(r, work.resolve("out"), t0);
            var t = r.times();
            double cpu = (ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO).minus(cpu0)).toMillis() / 1e3;
            System.out.printf("%d files (%d failed), %d threads on %d cores: wall %.1f s%n", r.files().size(), r.failed(), threads,
                    Runtime.getRuntime().availableProcessors(), t.wallS());
            System.out.printf("process CPU time of the batch: %.1f s (on an idle machine wall ~ CPU / threads)%n", cpu);
            System.out.printf("summed over threads: import %.1f s, analysis %.1f s, plots %.1f s; report (single thread) %.1f s%n",
                    t.importS(), t.analysisS(), t.plotsS(), t.reportS());
            r.files().stream().filter(f -> !f.ok()).limit(5).forEach(f -> System.out.println("failed: " + f.file() + ": " + f.errorMessage()));
            System.out.printf("report.html %.1f MB%n", Files.size(work.resolve("out/report.html")) / 1e6);
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
