package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.healthmarketscience.jackcess.ColumnBuilder;
import com.healthmarketscience.jackcess.DataType;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.TableBuilder;
import java.io.IOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;

/**
 * Inputs the fuzzer (releng/bench/fuzz.sh) found crashing the readers, rebuilt by hand: a column
 * whose first cell is a word is judged "text", and a reader that needs its numbers got an
 * IllegalArgumentException instead of a located input error.
 */
class FuzzFindingsTest {
    @TempDir
    Path dir;

    private NernstException fail(MeasurementReader r, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        if (text != null) {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
        return assertThrows(NernstException.class, () -> r.read(new ReadContext(p, Monitor.none())));
    }

    @Test
    void byteOrderMarkAloneIsAnInputErrorForEveryTextCyclerReader() throws IOException {
        // fuzz finding (session 3): "\uFEFF" decoded to no line at all, and lines.get(0) threw
        for (MeasurementReader r : new MeasurementReader[] {new ArbinCsvReader(), new NewareCsvReader(), new MaccorReader(),
                new BasytecReader()}) {
            NernstException e = fail(r, "bom.csv", "\uFEFF");
            assertEquals(NernstException.Kind.INPUT, e.kind(), r.info().id());
            assertTrue(e.getMessage().contains("no text"), r.info().id() + ": " + e.getMessage());
        }
    }

    @Test
    void wordInFirstCellOfARequiredColumnIsLocated() throws IOException {
        NernstException e = fail(new ArbinCsvReader(), "a.csv", "Data Point,Test Time (s),Step Index,Cycle Index,Current (A),Voltage (V)\n"
                + "1,0,1,1,x,3.5\n2,10,2,1,1.0,3.6\n");
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertEquals(2, e.location().line().getAsInt());
        assertEquals(5, e.location().column().getAsInt());
        assertTrue(e.getMessage().contains("Current (A)"), e.getMessage());
    }

    @Test
    void wordInATimestampColumnIsLocated() throws IOException {
        NernstException e = fail(new MaccorReader(), "m.csv", "Today's Date ,28-Nov-23\n"
                + "Rec,Cycle C,Step,Test Time (sec),Step Time (sec),Capacity,Energy,Current,Voltage,DPT Time\n"
                + "1,1,1,0.0000,0.0000,0,0,0,3.668,abc\n2,1,1,1.0000,1.0000,0,0,0,3.668,23-Nov-23 3:56:12 PM\n");
        assertEquals(3, e.location().line().getAsInt());
        assertEquals(10, e.location().column().getAsInt());
        assertTrue(e.getMessage().contains("DPT Time"), e.getMessage());
    }

    @Test
    void anOutOfRangeTimestampLeavesTheStartTimeUnset() throws IOException {
        Path p = dir.resolve("t.csv");
        Files.writeString(p, "Data Point,Date Time,Test Time (s),Step Index,Cycle Index,Current (A),Voltage (V)\n"
                + "1,1e300,0,1,1,0,3.5\n2,1e300,10,2,1,1.0,3.6\n", StandardCharsets.UTF_8);
        Measurement m = new ArbinCsvReader().read(new ReadContext(p, Monitor.none())).get(0);
        assertEquals(2, m.rows());
        assertTrue(m.metadata().startTime().isEmpty());
    }

    /**
     * A Jet database whose first table definition page (the system catalogue, page 2) names itself
     * as its continuation: Jackcess followed the chain forever, growing a buffer.
     */
    @Test
    void aLoopingPageChainIsRefusedQuickly() throws IOException {
        Path p = dir.resolve("loop.res");
        try (Database db = DatabaseBuilder.create(Database.FileFormat.V2000, p.toFile())) {
            new TableBuilder("Channel_Normal_Table").addColumn(new ColumnBuilder("Test_ID", DataType.LONG)).toTable(db);
        }
        byte[] b = Files.readAllBytes(p);
        int page = 2 * 4096; // Jet 4 pages are 4 KiB; byte 0 = 2 marks a table definition, bytes 4-7 its next page
        assertEquals(2, b[page]);
        b[page + 4] = 2;
        Files.write(p, b);
        NernstException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fail(new ArbinResReader(), "loop.res", null));
        assertTrue(e.getMessage().contains("loops"), e.getMessage());
    }
}
