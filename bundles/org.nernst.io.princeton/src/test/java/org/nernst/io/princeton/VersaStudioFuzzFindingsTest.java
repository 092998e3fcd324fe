package org.nernst.io.princeton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.ReadContext;
import org.nernst.io.princeton.internal.VersaStudioReader;

/**
 * An input the fuzzer (releng/bench/fuzz.sh) found crashing the reader, rebuilt by hand: a section
 * tag whose number does not fit an int threw NumberFormatException.
 */
class VersaStudioFuzzFindingsTest {
    @TempDir
    Path dir;

    @Test
    void sectionNumberBeyondIntIsAnInputError() throws Exception {
        String par = "<Application>\r\nApplication=VersaStudio\r\n</Application>\r\n<Segment2147483648>\r\n"
                + "Definition=Segment #, Point #, E(V), I(A)\r\n1,0,0.1,1e-6\r\n</Segment2147483648>\r\n";
        Path p = dir.resolve("big.par");
        Files.writeString(p, par, StandardCharsets.US_ASCII);
        NernstException e = assertThrows(NernstException.class, () -> new VersaStudioReader().read(new ReadContext(p, Monitor.none())));
        assertEquals(NernstException.Kind.INPUT, e.kind());
    }
}
