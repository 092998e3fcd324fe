package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nernst.io.cyclers.internal.CorpusCheck.ch;
import static org.nernst.io.cyclers.internal.CorpusCheck.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;

/** Arbin .res (Access databases) against cellpy's golden and its test assertions. */
class ArbinResTest {
    @TempDir
    Path dir;

    @Test
    void matchesCellpyGolden() throws IOException {
        String f = "arbin-res/cellpy/20160805_test001_45_cc_01.res";
        Measurement m = CorpusCheck.read(new ArbinResReader(), f).m();
        Map<String, Object> ref = CorpusCheck.reference(f);
        CorpusCheck.basics(m, 10261);
        golden(ref, "data_point", ch(m, "Data_Point").toArray(), 0, 0);
        golden(ref, "test_time", ch(m, "Test time").toArray(), 0, 1e-12);
        golden(ref, "step_time", ch(m, "Step time").toArray(), 0, 1e-12);
        golden(ref, "current", ch(m, "Current").toArray(), 0, 1e-9);
        golden(ref, "voltage", ch(m, "Voltage").toArray(), 0, 1e-12);
        golden(ref, "cycle_index", ch(m, "Cycle").toArray(), 0, 0);
        golden(ref, "step_index", ch(m, "Step").toArray(), 0, 0);
        golden(ref, "charge_capacity", ch(m, "Charge capacity").toArray(), 0, 1e-12);
        golden(ref, "discharge_capacity", ch(m, "Discharge capacity").toArray(), 0, 1e-12);
        golden(ref, "charge_energy", ch(m, "Charge energy").toArray(), 0, 1e-12);
        golden(ref, "discharge_energy", ch(m, "Discharge energy").toArray(), 0, 1e-12);
        golden(ref, "internal_resistance", ch(m, "Internal resistance").toArray(), 0, 1e-12);
        CorpusCheck.cycles(ref, m, 0);
        CorpusCheck.coulombCounting(m, 0.01);
        // cellpy tests: 18 cycles, cycle 1 ends at data point 1457, data point 5 has step time 1500.05 s
        assertEquals(18, m.segments(Segment.Kind.CYCLE).size());
        Segment c1 = m.segments(Segment.Kind.CYCLE).get(0);
        assertEquals(1457, ch(m, "Data_Point").get(c1.end() - 1));
        assertEquals(1500.05, ch(m, "Step time").get(4), 0.1 * 1500.05);
        // start 42587.67804398148 (OLE days) = 2016-08-05 16:16:23; first record 300 s later (golden date_time)
        assertEquals("2016-08-05T16:16:23", m.metadata().startTime().orElseThrow().withNano(0).toString());
        assertEquals(StatedValuesTest.stamp("2016-08-05T16:21:23"), ch(m, "Timestamp").get(0), 1e-3);
        assertEquals("hfa", m.metadata().extra().get("Creator"));
    }

    @Test
    void auxiliaryTemperature() throws IOException {
        // cellpy: 7235 rows incl. aux_temperature_0 and its derivative
        Measurement m = CorpusCheck.read(new ArbinResReader(), "arbin-res/cellpy/aux_one_x_dx.res").m();
        CorpusCheck.basics(m, 7235);
        double[] t = m.require(Role.TEMPERATURE).toArray();
        assertTrue(java.util.Arrays.stream(t).allMatch(x -> x > 0 && x < 80), "temperatures in °C");
        assertTrue(m.channel(m.require(Role.TEMPERATURE).name() + " dX/dt").isPresent());
    }

    @Test
    void damagedDatabaseIsAnInputError() throws IOException {
        byte[] full = Files.readAllBytes(Corpus.file("arbin-res/cellpy/aux_one_x_dx.res"));
        for (int cut : new int[] {100, 5000, full.length / 2}) {
            Path p = dir.resolve("cut" + cut + ".res");
            Files.write(p, java.util.Arrays.copyOf(full, cut));
            NernstException e = assertThrows(NernstException.class,
                    () -> new ArbinResReader().read(new ReadContext(p, Monitor.none())), "cut at " + cut);
            assertEquals(NernstException.Kind.INPUT, e.kind(), e.getMessage());
        }
    }
}
