package org.nernst.io.neware.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReferenceJson;

/** Corpus .ndax files against NewareNDA's references, and hostile archives refused. */
class NdaxReaderTest {
    @TempDir
    Path dir;

    static Measurement read(Path p) throws IOException {
        return new NdaxReader().read(new ReadContext(p, Monitor.none())).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012_Unit27_Example_Data_File.ndax", "TESTCELL0001-Test_Data_Collection_Ndc17.ndax",
        "ZZZZZZZZTEST.ndax", "test_2.ndax"})
    void matchesNewareNdaReference(String name) throws IOException {
        Path f = Corpus.file("neware-ndax/NewareNDA/" + name);
        NdaReaderTest.checkAgainstReference(read(f), ReferenceJson.read(f.resolveSibling(name + ".reference.json")));
    }

    private NernstException refused(Path p) {
        NernstException e = assertThrows(NernstException.class, () -> read(p));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        return e;
    }

    private Path zip(String name, String entry, byte[] content, int copies) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
            for (int i = 0; i < copies; i++) {
                z.putNextEntry(new ZipEntry(copies == 1 ? entry : entry + i));
                z.write(content);
                z.closeEntry();
            }
        }
        return p;
    }

    @Test
    void hostileArchivesAreRefused() throws IOException {
        assertTrue(refused(zip("trav.ndax", "../../etc/data.ndc", new byte[10], 1)).getMessage().contains("outside"));
        assertTrue(refused(zip("abs.ndax", "/tmp/data.ndc", new byte[10], 1)).getMessage().contains("outside"));
        assertTrue(refused(zip("many.ndax", "x", new byte[1], 300)).getMessage().contains("entries"));
        // 200 MB of zeros deflate to ~200 KB: a ratio of ~1000, refused while inflating (never fully expanded)
        Path bomb = dir.resolve("bomb.ndax");
        try (OutputStream o = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("data.ndc"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(refused(bomb).getMessage().contains("zip bomb"));
    }

    @Test
    void cutArchivesAreLocatedErrors() throws IOException {
        byte[] full = Files.readAllBytes(Corpus.file("neware-ndax/NewareNDA/ZZZZZZZZTEST.ndax"));
        for (int cut : new int[] {2, 100, full.length / 2, full.length - 10}) {
            Path p = dir.resolve("cut" + cut + ".ndax");
            Files.write(p, java.util.Arrays.copyOf(full, cut));
            NernstException e = refused(p);
            assertTrue(e.location().offset().isPresent() || e.getMessage().contains("cut"), cut + ": " + e.getMessage());
        }
    }
}
