package org.nernst.io.biologic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.model.Measurement;

/**
 * An input the fuzzer (releng/bench/fuzz.sh) found crashing the reader, rebuilt by hand: a loop line
 * whose numbers do not fit an int threw NumberFormatException from the header parser.
 */
class EcLabFuzzFindingsTest {
    @TempDir
    Path dir;

    @Test
    void loopLineWithAHugeNumberIsSkipped() throws Exception {
        String mpt = "EC-Lab ASCII FILE\r\nNb header lines : 6\r\n\r\nLoop 0 from point number 0 to 4294967296\r\n\r\n"
                + "mode\ttime/s\tEwe/V\t<I>/mA\r\n1\t0\t0.1\t0.01\r\n1\t1\t0.2\t0.02\r\n";
        Path p = dir.resolve("loop.mpt");
        Files.writeString(p, mpt, StandardCharsets.US_ASCII);
        List<Measurement> ms = Fixtures.read(p);
        assertEquals(2, ms.get(0).rows());
        assertTrue(ms.get(0).segments().stream().noneMatch(s -> s.label().startsWith("loop")), ms.get(0).segments().toString());
    }
}
