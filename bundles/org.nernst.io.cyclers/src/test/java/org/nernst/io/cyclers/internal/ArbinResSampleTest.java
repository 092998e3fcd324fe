package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;

/** The committed seed/sample {@code samples/arbin-sample.res} reads, and holds the first rows of its corpus source. */
class ArbinResSampleTest {
    private static final Path SAMPLE = Files.isDirectory(Path.of("samples")) ? Path.of("samples/arbin-sample.res")
            : Path.of("bundles/org.nernst.io.cyclers/samples/arbin-sample.res"); // Maven runs in the bundle, quicktest at the root

    @TempDir
    Path dir;

    private static Measurement read(Path p) throws Exception {
        List<Measurement> ms = new ArbinResReader().read(new ReadContext(p, Monitor.none()));
        assertEquals(1, ms.size());
        return ms.get(0);
    }

    @Test
    void sampleReadsWithCycleStructure() throws Exception {
        assertTrue(Files.size(SAMPLE) < 200_000, "a small seed: " + Files.size(SAMPLE));
        Measurement m = read(SAMPLE);
        assertEquals(ArbinResSample.ROWS, m.rows());
        double[] t = m.require(Role.TIME).toArray();
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] >= t[i - 1], "time runs forward at row " + i);
        }
        assertTrue(m.channel(Role.CYCLE_INDEX).isPresent());
    }

    @Test
    void sampleIsTheHeadOfItsSourceAndRemakesTheSame() throws Exception {
        Path source = Corpus.file("arbin-res/cellpy/20160805_test001_45_cc_01.res");
        Measurement whole = read(source);
        Measurement sample = read(SAMPLE);
        Path again = dir.resolve("again.res");
        ArbinResSample.write(source, again, ArbinResSample.ROWS);
        Measurement remade = read(again);
        for (Role r : new Role[] {Role.TIME, Role.CELL_VOLTAGE, Role.CURRENT, Role.CYCLE_INDEX, Role.STEP_INDEX}) {
            double[] head = Arrays.copyOf(whole.require(r).toArray(), ArbinResSample.ROWS);
            assertArrayEquals(head, sample.require(r).toArray(), 0, r.toString());
            assertArrayEquals(head, remade.require(r).toArray(), 0, r.toString());
        }
    }

    @Test
    void aDamagedPropertyBlockDoesNotHang() throws Exception {
        // fuzz finding (session 3): four bytes of a table's property block set to 1, 0, 0, 0 made Jackcess loop
        // in PropertyMaps.readPropertyValues (memory only, so the read budget could not stop it)
        byte[] b = Files.readAllBytes(SAMPLE);
        int[] at = {96273, 96275, 96277, 96279};
        int[] to = {1, 0, 0, 0};
        for (int k = 0; k < at.length; k++) {
            b[at[k]] = (byte) to[k];
        }
        Path p = dir.resolve("damaged.res");
        Files.write(p, b);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                assertEquals(ArbinResSample.ROWS, read(p).rows(), "the data pages are intact");
            } catch (NernstException e) {
                assertEquals(NernstException.Kind.INPUT, e.kind());
            }
        });
    }

    @Test
    void anOverflowRowPointingIntoItsOwnPageDoesNotHang() throws Exception {
        // fuzz finding (session 3, seed 1, iteration 843,611): two bytes of an MSysObjects row pointer on page 14
        // made a row's overflow pointer lead back to its own page; Jackcess then spun in memory while listing tables
        byte[] b = Files.readAllBytes(SAMPLE);
        b[58914] = (byte) 0xF7;
        b[58915] = (byte) 0x1A;
        Path p = dir.resolve("overflow-loop.res");
        Files.write(p, b);
        NernstException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(NernstException.class, () -> read(p)));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("overflow-row chain of page 14 row 26 loops"), e.getMessage());
        assertEquals(14 * 4096 + 14 + 2 * 26, e.location().offset().orElseThrow(), "the offset of the row's entry");
    }
}
