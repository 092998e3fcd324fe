package org.nernst.io.biologic.mpr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;

/**
 * Cut and corrupted copies of real files (written to a temporary folder, never into the project):
 * each gives a located input error or a complete, warned model, never another exception.
 */
class MprDamageTest {
    @TempDir
    Path dir;

    private Path copy(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static ReadContext ctx(Path p) {
        return new ReadContext(p, Monitor.none());
    }

    @Test
    void everyCutOfARealFileIsALocatedError() throws IOException {
        byte[] full = Files.readAllBytes(Corpus.file("biologic-mpr/yadg/gcpl.issue_149.mpr"));
        int[] cuts = {0, 10, 52, 60, 100, 2000, full.length / 2, full.length - 100, full.length - 1};
        for (int cut : cuts) {
            Path p = copy("cut" + cut + ".mpr", java.util.Arrays.copyOf(full, cut));
            NernstException e = assertThrows(NernstException.class, () -> new MprReader().read(ctx(p)), "cut at " + cut);
            assertEquals(NernstException.Kind.INPUT, e.kind());
            assertTrue(e.location().offset().isPresent(), "cut at " + cut + ": " + e.getMessage());
            assertTrue(e.location().offset().getAsLong() <= cut, "offset within the file");
        }
    }

    @Test
    void anUnknownColumnIdIsNamedAndTheRestKept() throws IOException {
        // gcpl.issue_211 (EC-Lab 11.50 layout): replace the id of "Ewe/V" (6, 4 bytes) by an unused id
        byte[] b = Files.readAllBytes(Corpus.file("biologic-mpr/yadg/gcpl.issue_211.mpr"));
        Measurement original = new MprReader().read(ctx(copy("orig.mpr", b))).get(0);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        MprFile.Module data = MprFile.modules(buf, ctx(dir.resolve("x"))).stream()
                .filter(m -> m.name().equals("VMP data")).findFirst().orElseThrow();
        int ncols = buf.getShort(data.start() + 4);
        int patched = 0;
        for (int i = 0; i < ncols; i++) {
            int at = data.start() + 6 + 2 * i;
            if (buf.getShort(at) == 6) {
                buf.putShort(at, (short) 999);
                patched++;
            }
        }
        assertEquals(1, patched);
        ReadContext c = ctx(copy("unknown.mpr", b));
        Measurement m = new MprReader().read(c).get(0);
        assertEquals(original.rows(), m.rows());
        assertEquals(original.channels().size() - 1, m.channels().size());
        assertTrue(c.diagnostics().get(0).message().contains("999"), c.diagnostics().toString());
        for (var ch : m.channels()) {
            assertTrue(java.util.Arrays.equals(original.channel(ch.name()).orElseThrow().toArray(), ch.toArray()),
                    ch.name() + " decoded as before");
        }
    }

    @Test
    void aColumnTableThatDisagreesWithTheRowWidthIsRefused() throws IOException {
        byte[] b = Files.readAllBytes(Corpus.file("biologic-mpr/yadg/cv.mpr"));
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        MprFile.Module data = MprFile.modules(buf, ctx(dir.resolve("x"))).stream()
                .filter(m -> m.name().equals("VMP data")).findFirst().orElseThrow();
        // id 6 (Ewe, 4 bytes) -> id 4 (time, 8 bytes): a plausible but wrong table
        for (int i = 0; i < (buf.get(data.start() + 4) & 0xFF); i++) {
            int at = data.start() + 5 + 2 * i;
            if (buf.getShort(at) == 6) {
                buf.putShort(at, (short) 4);
            }
        }
        NernstException e = assertThrows(NernstException.class, () -> new MprReader().read(ctx(copy("bad.mpr", b))));
        assertTrue(e.getMessage().contains("refusing to guess"), e.getMessage());
        assertTrue(e.location().offset().isPresent());
    }

    /**
     * Random byte flips, insertions and cuts of real files. Bounded here; run with
     * -Dnernst.fuzz.iterations=1000000 for the long campaign.
     */
    @Test
    void fuzzedFilesGiveModelsOrLocatedErrors() throws IOException {
        int iterations = Integer.getInteger("nernst.fuzz.iterations", 500);
        List<byte[]> seeds = List.of(Files.readAllBytes(Corpus.file("biologic-mpr/yadg/peis.mpr")),
                Files.readAllBytes(Corpus.file("biologic-mpr/yadg/gcpl.issue_226.I.mpr")),
                Files.readAllBytes(Corpus.file("biologic-mpr/yadg/wait.mpr")));
        SplittableRandom rnd = new SplittableRandom(42);
        int errors = 0;
        for (int i = 0; i < iterations; i++) {
            byte[] b = seeds.get(i % seeds.size()).clone();
            int flips = 1 + rnd.nextInt(8);
            for (int k = 0; k < flips; k++) {
                // aim half the flips at the headers, where structure lives
                int at = rnd.nextBoolean() ? rnd.nextInt(Math.min(b.length, 1200)) : rnd.nextInt(b.length);
                b[at] = (byte) rnd.nextInt(256);
            }
            if (rnd.nextInt(10) == 0) {
                b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
            }
            ReadContext c = new ReadContext(Path.of("fuzz" + i + ".mpr"), Monitor.none());
            try {
                Measurement m = MprReader.read(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN), c);
                assertTrue(m.rows() >= 0);
            } catch (NernstException e) {
                assertEquals(NernstException.Kind.INPUT, e.kind());
                errors++;
            }
        }
        assertTrue(errors > 0, "some mutations must be refused");
    }
}
