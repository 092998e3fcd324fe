package org.nernst.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;

/** The fuzzer finds what it must find (a crash, a hang) with the input saved, and replays exactly. */
class ReaderFuzzerTest {
    // a plain temp folder: this bundle does not import org.junit.jupiter.api.io (@TempDir)
    private final Path dir = tempDir();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("fuzzer-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final List<ReaderFuzzer.Seed> SEEDS = List.of(new ReaderFuzzer.Seed("a.txt",
            "E/V\tI/A\n0.1\t1e-3\n0.2\t2e-3\n0.3\t3e-3\n".getBytes(StandardCharsets.UTF_8)));

    /** A reader that refuses clean input, crashes on "NaN" and loops forever on a NUL byte. */
    private static MeasurementReader reader(Predicate<String> crash, Predicate<String> hang) {
        return new MeasurementReader() {
            @Override
            public ReaderInfo info() {
                return new ReaderInfo("fake", "fake", List.of("txt"), "test double");
            }

            @Override
            public int probe(ProbeInput in) {
                return 50;
            }

            @Override
            public List<Measurement> read(ReadContext ctx) throws java.io.IOException {
                String s = Files.readString(ctx.path(), StandardCharsets.ISO_8859_1);
                if (crash.test(s)) {
                    throw new IllegalStateException("boom");
                }
                while (hang.test(s) && !Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                throw ctx.fail("refused", 1);
            }
        };
    }

    @AfterEach
    void clean() throws java.io.IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private ReaderFuzzer.Config config(long execs, double hangSeconds) {
        return new ReaderFuzzer.Config(execs, 0, 2, 7, hangSeconds, 65536, dir.resolve("work"), dir.resolve("crash"));
    }

    @Test
    void crashIsFoundSavedAndReplayable() throws Exception {
        ReaderFuzzer.Stats s = ReaderFuzzer.run(reader(x -> x.contains("NaN"), x -> false), SEEDS, config(3000, 30), l -> { });
        assertEquals(3000, s.execs());
        assertEquals(1, s.findings().size(), s.findings().toString());
        ReaderFuzzer.Finding f = s.findings().get(0);
        assertTrue(f.signature().startsWith("java.lang.IllegalStateException"), f.signature());
        assertTrue(f.count() > 1);
        byte[] saved = Files.readAllBytes(f.saved());
        assertTrue(new String(saved, StandardCharsets.ISO_8859_1).contains("NaN"));
        assertArrayEquals(saved, ReaderFuzzer.input("fake", SEEDS, 7, f.iteration(), 65536), "iteration replays");
        assertEquals(s.execs(), s.results() + s.inputErrors() + s.ioErrors() + f.count());
    }

    @Test
    void hangIsStoppedAndReported() throws Exception {
        ReaderFuzzer.Stats s = ReaderFuzzer.run(reader(x -> false, x -> x.indexOf(0) >= 0), SEEDS, config(100_000, 0.5), l -> { });
        assertTrue(s.hung());
        assertEquals("hang", s.findings().get(0).kind());
        assertTrue(Files.readString(s.findings().get(0).saved(), StandardCharsets.ISO_8859_1).indexOf(0) >= 0);
    }

    @Test
    void mutationsAreSeededAndVaried() {
        byte[] a = ReaderFuzzer.input("fake", SEEDS, 1, 42, 65536);
        assertArrayEquals(a, ReaderFuzzer.input("fake", SEEDS, 1, 42, 65536));
        long distinct = java.util.stream.LongStream.range(0, 500)
                .mapToObj(i -> new String(ReaderFuzzer.input("fake", SEEDS, 1, i, 65536), StandardCharsets.ISO_8859_1)).distinct().count();
        assertTrue(distinct > 400, "distinct inputs: " + distinct);
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).equals(new String(SEEDS.get(0).bytes(), StandardCharsets.ISO_8859_1)));
    }

    @Test
    void componentBytesAreRecognised() {
        assertTrue(ReaderDiscovery.isComponent("xxLorg/osgi/service/component/annotations/Component;yy".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(ReaderDiscovery.isComponent("Lorg/osgi/service/component/annotations/Reference;".getBytes(StandardCharsets.US_ASCII)));
    }
}
