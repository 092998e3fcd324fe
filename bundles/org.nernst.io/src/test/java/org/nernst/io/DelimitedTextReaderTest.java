package org.nernst.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.internal.csv.DelimitedTextReader;

class DelimitedTextReaderTest {
    @TempDir
    Path dir;

    private ReaderRegistry registry() {
        ReaderRegistry r = new ReaderRegistry(10_000);
        r.add(new DelimitedTextReader(), "org.nernst.io", "test");
        return r;
    }

    private Path write(String name, String text, Charset cs, byte... prefix) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Path p = dir.resolve(name);
        Files.write(p, all);
        return p;
    }

    private Measurement read(Path p) {
        return registry().read(p, Optional.empty(), Monitor.none()).first();
    }

    @Test
    void decimalCommaAndPointGiveIdenticalNumbers() throws IOException {
        Measurement a = read(write("a.csv", "time/s;I/A;Ewe/V\r\n0;0,002;0,2\r\n0,5;0,00198766702;0,201\r\n", StandardCharsets.UTF_8));
        Measurement b = read(write("b.csv", "time/s,I/A,Ewe/V\n0,0.002,0.2\n0.5,0.00198766702,0.201\n", StandardCharsets.UTF_8));
        assertEquals(2, a.rows());
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(b.channels().get(c).toArray(), a.channels().get(c).toArray(), 0.0);
        }
        assertEquals(Role.CURRENT, a.channel("I").orElseThrow().role());
    }

    @Test
    void unitsInHeadersAreConvertedAndSignsMadePhysical() throws IOException {
        Measurement m = read(write("eis.csv", "Freq/Hz,Re(Z)/kOhm,-Im(Z)/Ohm\n1000,0.021,5\n100,0.030,12\n", StandardCharsets.UTF_8));
        assertEquals(21.0, m.require(Role.Z_REAL).get(0), 1e-12);
        assertEquals(-5.0, m.require(Role.Z_IMAG).get(0), 1e-12, "-Im(Z) column becomes physical Im(Z)");
        assertEquals(Technique.EIS, m.metadata().technique());
        Measurement n = read(write("i.txt", "E (V)\tCurrent (mA)\n0,1\t-1,5\n0,2\t-2,5\n0,3\t-3\n", StandardCharsets.UTF_8));
        assertEquals(-1.5e-3, n.require(Role.CURRENT).get(0), 1e-15);
        assertEquals(0.1, n.require(Role.POTENTIAL).get(0), 1e-15);
    }

    @Test
    void detectsUtf16WithAndWithoutBomAndWindows1252() throws IOException {
        String text = "Potential/V,I/µA\n0.1,1\n0.2,2\n0.3,3\n";
        Measurement le = read(write("le.csv", text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        Measurement noBom = read(write("nobom.csv", text, StandardCharsets.UTF_16LE));
        Measurement be = read(write("be.csv", text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF));
        Measurement cp = read(write("cp.csv", text, Charset.forName("windows-1252")));
        for (Measurement m : new Measurement[] {le, noBom, be, cp}) {
            assertEquals(3, m.rows());
            assertEquals(2e-6, m.require(Role.CURRENT).get(1), 1e-18, "µA must be understood in every encoding");
        }
    }

    @Test
    void preambleAndGamryStyleUnitRow() throws IOException {
        Measurement m = read(write("p.txt", "Electrode area: 0.196 cm2\nRotation rate = 1600 rpm\n\nPt\tT\tVf\tIm\n#\ts\tV vs. Ref.\tA\n"
                .replace("V vs. Ref.", "V") + "0\t0.0\t0.5\t1e-3\n1\t0.1\t0.49\t2e-3\n", StandardCharsets.UTF_8));
        assertEquals(0.196, m.metadata().electrodeAreaCm2().orElseThrow(), 1e-12);
        assertEquals(1600, m.metadata().rotationRpm().orElseThrow(), 0);
        assertEquals(0.49, m.require(Role.POTENTIAL).get(1), 0);
        assertEquals(2e-3, m.require(Role.CURRENT).get(1), 0);
    }

    private NernstException failure(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        NernstException e = assertThrows(NernstException.class, () -> registry().read(p, Optional.empty(), Monitor.none()));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.location().file().isPresent(), "the error names the file");
        return e;
    }

    @Test
    void badInputIsLocated() throws IOException {
        failure("empty.csv", new byte[0]);
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        failure("garbage.bin", garbage);
        NernstException truncated = failure("t.csv", "E/V;I/A\n0,1;0,002\n0,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, truncated.location().line().getAsInt());
        NernstException text = failure("x.csv", "E/V,I/A\n0.1,0.002\n0.2,abc\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, text.location().line().getAsInt());
        assertEquals(2, text.location().column().getAsInt());
        assertTrue(text.getMessage().contains("'abc'") && text.getMessage().contains("I/A"), text.getMessage());
        NernstException blank = failure("bad.csv", "E/V;I/A\n0,1;0,002\n0,2; \n".getBytes(StandardCharsets.UTF_8));
        assertTrue(blank.getMessage().contains("empty value"), blank.getMessage());
        failure("words.txt", "hello world\nthis is prose\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unknownFormatIdIsAUsageError() throws IOException {
        Path p = write("a.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
        NernstException e = assertThrows(NernstException.class, () -> registry().read(p, Optional.of("nope"), Monitor.none()));
        assertEquals(NernstException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().contains("csv"));
    }

    @Test
    void acceptanceExamplesParse() throws IOException {
        Path cases = Path.of(System.getProperty("nernst.shared", "../shared"), "acceptance", "cases");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(cases) || System.getenv("CI") != null,
                "shared acceptance cases not found: skipped");
        Measurement comma = read(cases.resolve("example_comma.csv"));
        Measurement point = read(cases.resolve("example_point.csv"));
        assertEquals(point.rows(), comma.rows());
        assertArrayEquals(point.require(Role.CURRENT).toArray(), comma.require(Role.CURRENT).toArray(), 0.0);
        assertEquals(Technique.EIS, read(cases.resolve("example_eis.csv")).metadata().technique());
        assertEquals(Technique.GCPL, read(cases.resolve("example_zab_cycle.csv")).metadata().technique());
        assertEquals(Technique.POLARIZATION, read(cases.resolve("example_zab_pol.csv")).metadata().technique());
        assertEquals(Technique.LSV, read(cases.resolve("example_orr_1600rpm.csv")).metadata().technique());
    }
}
