package org.nernst.io.gamry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.ReadContext;
import org.nernst.io.gamry.internal.GamryDtaReader;

/**
 * An input the fuzzer (releng/bench/fuzz.sh) found crashing the reader, rebuilt by hand: two CV
 * cycles with the same header where one column of the second holds a word in its first row, so
 * that table has one channel fewer; joining the cycles threw IndexOutOfBoundsException.
 */
class GamryFuzzFindingsTest {
    @TempDir
    Path dir;

    private static String curve(int n, String firstVu) {
        return "CURVE" + n + "\tTABLE\n\tPt\tT\tVf\tIm\tVu\n\t#\ts\tV vs. Ref.\tA\tV\n"
                + "\t0\t0.1\t0.49\t7.8E-009\t" + firstVu + "\n\t1\t0.2\t0.50\t5.3E-009\t0\n";
    }

    @Test
    void cyclesWithDifferentChannelsAreALocatedError() throws Exception {
        String dta = "EXPLAIN\nTAG\tCV\nTITLE\tLABEL\tCyclic Voltammetry\tTest &Identifier\n" + curve(1, "0") + curve(2, "x");
        Path file = dir.resolve("cv.dta");
        Files.writeString(file, dta, StandardCharsets.UTF_8);
        NernstException e = assertThrows(NernstException.class,
                () -> new GamryDtaReader().read(new ReadContext(file, Monitor.none())));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("CURVE2"), e.getMessage());
        assertEquals(10, e.location().line().getAsInt());
    }

    @Test
    void aCurveNumberBeyondIntIsCountedNotParsed() throws Exception {
        // session 3 fuzz finding: "CURVE99999999999" went to Integer.parseInt (NumberFormatException)
        String dta = "EXPLAIN\nTAG\tCV\nTITLE\tLABEL\tCyclic Voltammetry\tTest &Identifier\n" + curve(1, "0")
                + curve(2, "0").replace("CURVE2", "CURVE99999999999");
        Path file = dir.resolve("cv.dta");
        Files.writeString(file, dta, StandardCharsets.UTF_8);
        var m = new GamryDtaReader().read(new ReadContext(file, Monitor.none())).get(0);
        assertEquals(4, m.rows());
        assertEquals(2, m.segments().size());
        assertEquals(2, m.segments().get(1).index(), "the second table is cycle 2 by count");
    }
}
