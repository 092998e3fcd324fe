import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.ReaderRegistry;

/**
 * Generic text import throughput: reads a generated delimited file several times in one JVM
 * (first run cold, then warm) and prints MB/s. Run by releng/bench/import-bench.sh.
 */
public class ImportBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double mb = Files.size(file) / 1e6;
        ReaderRegistry registry = ReaderRegistry.withBuiltInReaders();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Measurement m = registry.read(file, Optional.empty(), Monitor.none()).first();
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, s);
            System.out.printf("run %d: %d rows x %d columns, %.2f s, %.0f MB/s%n", i + 1, m.rows(), m.channels().size(), s, mb / s);
        }
        System.out.printf("nernst best: %.0f MB/s (%.1f MB in %.2f s)%n", mb / best, mb, best);
    }
}
