package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nernst.io.cyclers.internal.CorpusCheck.ch;
import static org.nernst.io.cyclers.internal.CorpusCheck.golden;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.StepType;
import org.nernst.testing.ReferenceJson;

/**
 * The cycler text exports cellpy keeps goldens for (Maccor text, Neware CSV, PEC CSV): every mapped
 * column against the golden's sum, min, max and first/last values, the cycle count and rows per cycle.
 * cellpy numbers cycles from 1 where Maccor and PEC start at 0, and splits Maccor's per-step Amp-hr by
 * state and carries it forward through rests; the tests apply those conventions to our channels.
 */
class CellpyGoldenTest {

    @Test
    void newareCsv() throws IOException {
        String f = "neware-csv/cellpy/neware_uio.csv";
        Measurement m = CorpusCheck.read(new NewareCsvReader(), f).m();
        Map<String, Object> ref = CorpusCheck.reference(f);
        CorpusCheck.basics(m, 9065);
        golden(ref, "current", ch(m, "Current").toArray(), 0, 1e-9);
        golden(ref, "voltage", ch(m, "Voltage").toArray(), 0, 1e-12);
        golden(ref, "test_time", ch(m, "Test time").toArray(), 0, 1e-12);
        golden(ref, "step_time", ch(m, "Step time").toArray(), 0, 1e-12);
        golden(ref, "cycle_index", ch(m, "Cycle").toArray(), 0, 0);
        golden(ref, "step_index", ch(m, "Step").toArray(), 0, 0);
        golden(ref, "charge_capacity", ch(m, "Charge capacity").toArray(), 0, 1e-12);
        golden(ref, "discharge_capacity", ch(m, "Discharge capacity").toArray(), 0, 1e-12);
        // cellpy sums Neware's per-step capacities over the cycle (as we do) but keeps energies per step
        golden(ref, "charge_energy", ch(m, "Chg. Energy (step)").toArray(), 0, 1e-12);
        golden(ref, "discharge_energy", ch(m, "DChg. Energy (step)").toArray(), 0, 1e-12);
        CorpusCheck.cycles(ref, m, 0);
        CorpusCheck.coulombCounting(m, 0.002);
        assertEquals("2022-05-18T16:27:52", m.metadata().startTime().orElseThrow().toString());
        // every row labelled by the file: 3409 CC Chg, 4667 CC DChg, 989 Rest
        double[] type = m.require(Role.STEP_TYPE).toArray();
        assertEquals(3409, count(type, StepType.CC_CHARGE));
        assertEquals(4667, count(type, StepType.CC_DISCHARGE));
        assertEquals(989, count(type, StepType.REST));
    }

    @Test
    void pecCsv() throws IOException {
        String f = "pec-csv/cellpy/pec.csv";
        Measurement m = CorpusCheck.read(new PecCsvReader(), f).m();
        Map<String, Object> ref = CorpusCheck.reference(f);
        CorpusCheck.basics(m, 16255);
        golden(ref, "voltage", ch(m, "Voltage").toArray(), 0, 1e-12);
        golden(ref, "current", ch(m, "Current").toArray(), 0, 1e-9);
        golden(ref, "test_time", ch(m, "Test time").toArray(), 0, 1e-12);
        golden(ref, "step_index", ch(m, "Step").toArray(), 0, 0);
        golden(ref, "cycle_index", ch(m, "Cycle").toArray(), 1, 0); // PEC counts from 0, cellpy from 1
        golden(ref, "charge_capacity", ch(m, "Charge capacity").toArray(), 0, 1e-12);
        golden(ref, "discharge_capacity", ch(m, "Discharge capacity").toArray(), 0, 1e-12);
        golden(ref, "charge_energy", ch(m, "Charge energy").toArray(), 0, 1e-12);
        golden(ref, "discharge_energy", ch(m, "Discharge energy").toArray(), 0, 1e-12);
        CorpusCheck.cycles(ref, m, 1);
        CorpusCheck.coulombCounting(m, 0.002);
        // cellpy's own test: voltage[0], current[5], discharge capacity and energy [6]
        assertEquals(3.272632, ch(m, "Voltage").get(0), 1e-12);
        assertEquals(-1.6339, ch(m, "Current").get(5), 1e-12);
        assertEquals(0.000455, ch(m, "Discharge capacity").get(6), 1e-15);
        assertEquals(0.001487, ch(m, "Discharge energy").get(6), 1e-15);
        assertEquals("2019-02-22T16:21:35", m.metadata().startTime().orElseThrow().toString());
        assertEquals("187", m.metadata().extra().get("Test"));
    }

    @Test
    void maccorText() throws IOException {
        String f = "maccor-txt/cellpy/maccor_001.txt";
        Measurement m = CorpusCheck.read(new MaccorReader(), f).m();
        Map<String, Object> ref = CorpusCheck.reference(f);
        CorpusCheck.basics(m, 6704);
        golden(ref, "voltage", ch(m, "Voltage").toArray(), 0, 1e-12);
        golden(ref, "current", ch(m, "Current").toArray(), 0, 1e-9);
        golden(ref, "test_time", ch(m, "Test time").toArray(), 0, 1e-9);
        golden(ref, "step_index", ch(m, "Step").toArray(), 0, 0);
        golden(ref, "cycle_index", ch(m, "Cycle").toArray(), 1, 0);
        golden(ref, "data_point", ch(m, "Rec#").toArray(), 0, 0);
        // cellpy's charge_energy is Maccor's Watt-hr column as written (not split by direction)
        golden(ref, "charge_energy", ch(m, "Watt-hr (step)").toArray(), 0, 1e-12);
        // cellpy splits Amp-hr its own way (not reproduced: its sums match neither per-step nor per-cycle
        // counting); ours is checked by physics: the charge counted equals the current integrated over time
        CorpusCheck.coulombCounting(m, 0.002);
        // hand-summed from the file: the final Amp-hr of the eight charge steps (4, 5, 9, 10, 14, 15, 19, 20)
        assertEquals(3.36871 + 1.15388 + 3.35664 + 1.15991 + 3.17303 + 1.15305 + 3.11128 + 1.14710,
                CorpusCheck.last(ch(m, "Charge capacity")), 1e-9);
        CorpusCheck.cycles(ref, m, 1);
        assertEquals("2020-12-11T12:22:12", m.metadata().startTime().orElseThrow().toString());
    }

    private static long count(double[] type, StepType t) {
        return java.util.Arrays.stream(type).filter(x -> x == t.code()).count();
    }

    static double n(Object doc, Object... path) {
        return ReferenceJson.number(doc, path);
    }
}
