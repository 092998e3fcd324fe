package org.nernst.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/**
 * The reader conformance kit: any reader bundle runs it on its own sample files (and a few files
 * of other formats). It checks the {@link MeasurementReader} contract the registry relies on:
 * <ul>
 * <li>info: a valid id, a name and extensions;
 * <li>probe: fast, repeatable, above the generic reader for its own files, not above it for foreign files;
 * <li>read: at least one measurement; named channels of equal length; a unit (quantity) for every
 * channel an analysis may use; segments inside the rows;
 * <li>truncated copies: either fewer rows or a {@link NernstException} naming the file and a line or
 * offset, never another exception;
 * <li>garbled copies (seeded byte/line mutations): a result or a NernstException, never a crash or a hang.
 * </ul>
 * Uses JUnit assertions, so a vendor calls it from a plain JUnit test.
 */
public final class ReaderConformance {
    /**
     * Probe budget per call, best of five (the JIT and a loaded build machine make single timings
     * noisy): decoding the 64 KiB head takes well under a millisecond; 50 ms means a full parse.
     */
    private static final long PROBE_BUDGET_NANOS = 50_000_000L;

    private ReaderConformance() {
    }

    /** Every check on every sample; {@code foreign} are files the reader must not claim; {@code work} a temp dir. */
    public static void check(MeasurementReader reader, List<Path> samples, List<Path> foreign, Path work) throws IOException {
        info(reader);
        for (Path s : samples) {
            Measurement first = readsCompletely(reader, s);
            truncatedCopies(reader, s, first.rows(), work);
            fuzz(reader, s, 40, 1234L, work);
        }
        for (Path f : foreign) {
            int p = probe(reader, f);
            assertTrue(p <= MeasurementReader.GENERIC, reader.info().id() + " claims a foreign file " + f.getFileName() + " with " + p);
        }
    }

    public static void info(MeasurementReader reader) {
        assertFalse(reader.info().name().isBlank(), "reader name");
        assertFalse(reader.info().extensions().isEmpty(), "reader extensions");
    }

    /** Probe once on the head as the registry builds it; asserts speed and repeatability. */
    public static int probe(MeasurementReader reader, Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ProbeInput in = new ProbeInput(file.getFileName().toString(), all.length,
                Arrays.copyOf(all, Math.min(all.length, ProbeInput.HEAD_BYTES)));
        int a = reader.probe(in);
        long dt = Long.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = System.nanoTime();
            int b = reader.probe(in);
            dt = Math.min(dt, System.nanoTime() - t0);
            assertEquals(a, b, "probe is not repeatable on " + file.getFileName());
        }
        assertTrue(a >= 0 && a <= 100, "probe out of [0, 100]: " + a);
        assertTrue(dt < PROBE_BUDGET_NANOS, "probe took " + dt / 1_000_000 + " ms on " + file.getFileName() + " (parse less)");
        return a;
    }

    /** Probe beats the generic reader, read returns complete, consistent measurements. Returns the first. */
    public static Measurement readsCompletely(MeasurementReader reader, Path file) throws IOException {
        int p = probe(reader, file);
        assertTrue(p > MeasurementReader.GENERIC, reader.info().id() + " probe " + p + " on its own file " + file.getFileName()
                + " does not beat the generic reader (" + MeasurementReader.GENERIC + ")");
        List<Measurement> ms = reader.read(new ReadContext(file, Monitor.none()));
        assertFalse(ms == null || ms.isEmpty(), "no measurement from " + file.getFileName());
        for (Measurement m : ms) {
            assertFalse(m.channels().isEmpty(), "a measurement without channels from " + file.getFileName());
            for (Channel c : m.channels()) {
                assertFalse(c.name().isBlank(), "unnamed channel");
                assertEquals(m.rows(), c.size(), c.name());
                if (c.role() != Role.OTHER) {
                    assertTrue(c.quantity() == c.role().quantity() || c.role().quantity() == Quantity.UNKNOWN,
                            c.name() + ": role " + c.role() + " but quantity " + c.quantity());
                }
            }
            for (Segment s : m.segments()) {
                assertTrue(s.end() <= m.rows(), "segment beyond the rows: " + s);
            }
        }
        return ms.get(0);
    }

    /** Cuts the file at several places: fewer rows, or a located input error. */
    public static void truncatedCopies(MeasurementReader reader, Path file, int rows, Path work) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int[] cuts = {0, 1, all.length / 10, all.length / 3, all.length / 2, all.length * 9 / 10, all.length - 7, all.length - 1};
        for (int cut : cuts) {
            if (cut < 0 || cut >= all.length) {
                continue;
            }
            Path t = work.resolve("cut-" + cut + "-" + file.getFileName());
            Files.write(t, Arrays.copyOf(all, cut));
            try {
                List<Measurement> ms = reader.read(new ReadContext(t, Monitor.none()));
                assertFalse(ms == null || ms.isEmpty(), "a cut copy gave nothing and no error");
                assertTrue(ms.get(0).rows() <= rows, "a cut copy has more rows than the file");
            } catch (NernstException e) {
                assertTrue(e.location().file().isPresent(), "error without file name: " + e.getMessage());
                assertTrue(cut == 0 || e.location().line().isPresent() || e.location().offset().isPresent(),
                        "error without line or offset for a file cut at byte " + cut + ": " + e.getMessage());
            } catch (RuntimeException e) {
                fail("file cut at byte " + cut + " of " + file.getFileName() + " crashed the reader: " + e, e);
            } finally {
                Files.deleteIfExists(t);
            }
        }
    }

    /**
     * Seeded mutation fuzzing: flips bytes, deletes or duplicates lines, inserts garbage. Every run
     * must return or throw a NernstException; anything else fails with the seed to reproduce it.
     */
    public static long fuzz(MeasurementReader reader, Path file, int iterations, long seed, Path work) throws IOException {
        byte[] all = Files.readAllBytes(file);
        SplittableRandom rnd = new SplittableRandom(seed);
        Path t = work.resolve("fuzz-" + file.getFileName());
        long inputErrors = 0;
        for (int i = 0; i < iterations; i++) {
            byte[] m = Mutations.mutate(all, rnd);
            Files.write(t, m);
            ProbeInput in = new ProbeInput(t.getFileName().toString(), m.length, Arrays.copyOf(m, Math.min(m.length, ProbeInput.HEAD_BYTES)));
            try {
                int p = reader.probe(in);
                assertTrue(p >= 0 && p <= 100, "probe out of range");
                reader.read(new ReadContext(t, Monitor.none()));
            } catch (NernstException e) {
                inputErrors++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("iteration " + i + " (seed " + seed + ") on " + file.getFileName() + " crashed the reader: " + e, e);
            }
        }
        Files.deleteIfExists(t);
        return inputErrors;
    }
}
