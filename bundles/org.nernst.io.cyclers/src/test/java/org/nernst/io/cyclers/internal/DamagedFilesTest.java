package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;

/** Damaged or hostile input gives an input error at its line and column, never a shifted table. */
class DamagedFilesTest {
    @TempDir
    Path dir;

    private static final String ARBIN = "Data Point,Test Time (s),Step Index,Cycle Index,Current (A),Voltage (V)\n"
            + "1,0,1,1,0,3.5\n2,10,2,1,1.0,3.6\n3,20,2,1,1.0,3.7\n";

    private NernstException fail(MeasurementReader r, String text) throws IOException {
        Path p = dir.resolve("f.csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return assertThrows(NernstException.class, () -> r.read(new ReadContext(p, Monitor.none())));
    }

    @Test
    void wordInCurrentColumnIsLocated() throws IOException {
        NernstException e = fail(new ArbinCsvReader(), ARBIN.replace("3,20,2,1,1.0", "3,20,2,1,abc"));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertEquals(4, e.location().line().getAsInt());
        assertEquals(5, e.location().column().getAsInt());
        assertTrue(e.getMessage().contains("Current (A)"), e.getMessage());
    }

    @Test
    void truncatedRowIsLocated() throws IOException {
        NernstException e = fail(new ArbinCsvReader(), ARBIN + "4,30,2");
        assertEquals(5, e.location().line().getAsInt());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void missingColumnIsNamed() throws IOException {
        NernstException e = fail(new PecCsvReader(), "Test:,1\nTest,Cell,Rack,Shelf,Position,Step,Cycle,Total Time (Seconds),Voltage (V)\n1,1,R,1,1,0,0,1,3.5\n");
        assertTrue(e.getMessage().contains("Current"), e.getMessage());
        assertTrue(fail(new BasytecReader(), "").getMessage().contains("empty"));
        assertTrue(fail(new MaccorReader(), "Today's Date\nnothing here\n").getMessage().contains("Rec#"));
    }

    @Test
    void binaryIsRefused() throws IOException {
        Path p = dir.resolve("b.csv");
        Files.write(p, new byte[] {'R', 'e', 'c', 0, 1, 2, 3, 0, 0, 0});
        NernstException e = assertThrows(NernstException.class, () -> new MaccorReader().read(new ReadContext(p, Monitor.none())));
        assertTrue(e.location().offset().isPresent(), e.getMessage());
    }

    @Test
    void stepTypesAreInferredFromCurrentAndVoltage() throws IOException {
        // rest, CC charge, then a CV hold at 4.2 V with a decaying current, then a CC discharge
        String csv = "Data Point,Test Time (s),Step Index,Cycle Index,Current (A),Voltage (V)\n"
                + "1,0,1,1,0,3.5\n2,1,1,1,0,3.5\n3,2,2,1,1,3.9\n4,3,2,1,1,4.0\n5,4,2,1,1,4.1\n"
                + "6,5,3,1,0.8,4.2\n7,6,3,1,0.5,4.2\n8,7,3,1,0.3,4.2\n9,8,4,1,-1,3.9\n10,9,4,1,-1,3.8\n11,10,4,1,-1,3.7\n";
        Path p = dir.resolve("a.csv");
        Files.writeString(p, csv);
        Measurement m = new ArbinCsvReader().read(new ReadContext(p, Monitor.none())).get(0);
        double[] t = m.require(Role.STEP_TYPE).toArray();
        assertEquals(0, t[0]);
        assertEquals(1, t[2]);
        assertEquals(3, t[5]);
        assertEquals(2, t[8]);
    }
}
