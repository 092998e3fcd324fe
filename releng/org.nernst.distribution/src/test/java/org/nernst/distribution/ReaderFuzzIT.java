package org.nernst.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.io.api.MeasurementReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.FuzzSeeds;
import org.nernst.testing.ReaderDiscovery;
import org.nernst.testing.ReaderFuzzer;

/**
 * The bounded fuzz run of CI: every reader the product ships (found as DS components in its bundle
 * jars, so a new reader bundle is covered once it is in the product) gets a few seconds of seeded
 * mutation fuzzing on the corpus files its probe claims. Any crash or hang fails the build with the
 * saved input; releng/bench/fuzz.sh is the long on-demand run of the same fuzzer.
 */
class ReaderFuzzIT {
    private static final double SECONDS = Double.parseDouble(System.getProperty("nernst.fuzz.seconds", "3"));

    @TempDir
    Path work;

    @Test
    void everyProductReaderSurvivesMutatedInput() throws Exception {
        java.util.logging.LogManager.getLogManager().reset(); // Jackcess logs every damaged page it meets
        List<Path> jars;
        try (Stream<Path> s = Files.list(Product.DIST.resolve("bundles"))) {
            jars = s.filter(p -> p.getFileName().toString().startsWith("org.nernst.")).sorted().toList();
        }
        List<MeasurementReader> readers = ReaderDiscovery.find(jars, getClass().getClassLoader());
        assertTrue(readers.size() >= 10, "readers found in the product: " + readers.size());
        List<Path> roots = new ArrayList<>();
        if (Files.isDirectory(Corpus.root())) {
            roots.add(Corpus.root());
        } else {
            assertFalse(System.getenv("CI") != null, "CI without the shared corpus " + Corpus.root());
        }
        Map<String, FuzzSeeds.Assignment> seeds = FuzzSeeds.assign(readers, FuzzSeeds.files(roots), 8, 4096);
        List<String> findings = new ArrayList<>();
        for (MeasurementReader r : readers) {
            ReaderFuzzer.Config cfg = new ReaderFuzzer.Config(Long.MAX_VALUE, SECONDS, 2, 1, 10, 32 * 4096, work.resolve("run"),
                    Path.of("target", "fuzz-findings"));
            ReaderFuzzer.Stats s = ReaderFuzzer.run(r, seeds.get(r.info().id()).seeds(), cfg, System.out::println);
            System.out.printf("fuzz %s: %,d execs in %.1f s, %d findings%n", s.reader(), s.execs(), s.seconds(), s.findings().size());
            assertTrue(s.execs() > 0, r.info().id() + " ran no input");
            for (ReaderFuzzer.Finding f : s.findings()) {
                findings.add(s.reader() + ": " + f.kind() + " " + f.signature() + " (input " + f.saved() + ")\n" + f.trace());
            }
        }
        assertTrue(findings.isEmpty(), findings.size() + " finding(s):\n" + String.join("\n", findings));
    }
}
