package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nernst.io.cyclers.internal.CorpusCheck.ch;
import static org.nernst.io.cyclers.internal.CorpusCheck.last;

import java.io.IOException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.StepType;
import org.nernst.core.model.Technique;

/**
 * Corpus files whose references are values the source projects' tests assert (PyProBE final rows,
 * beep row counts) or, where none is stated, the row counts PROVENANCE.md gives and values read off the file.
 */
class StatedValuesTest {

    static double stamp(String iso) {
        return Cells.epochSeconds(LocalDateTime.parse(iso));
    }

    @Test
    void arbinMitsCsv() throws IOException {
        // PyProBE: final row t=301.214 s, step 3, I=2.650138 A, V=3.599601 V, T=24.68785 C, 2024-09-20 08:37:05.772
        Measurement m = CorpusCheck.read(new ArbinCsvReader(), "arbin-csv/PyProBE/sample_data_arbin.csv").m();
        CorpusCheck.basics(m, 13);
        assertEquals(301.214, last(ch(m, "Test time")), 1e-9);
        assertEquals(3, last(ch(m, "Step")));
        assertEquals(2.650138, last(ch(m, "Current")), 1e-12);
        assertEquals(3.599601, last(ch(m, "Voltage")), 1e-12);
        assertEquals(24.68785, last(m.require(Role.TEMPERATURE)), 1e-9);
        assertEquals(stamp("2024-09-20T08:37:05.772"), last(ch(m, "Timestamp")), 1e-6);
        assertEquals(StepType.CC_CHARGE, StepType.ofCode(last(m.require(Role.STEP_TYPE))));
        assertEquals(StepType.REST, StepType.ofCode(m.require(Role.STEP_TYPE).get(0)));
        assertEquals(1, m.segments(Segment.Kind.CYCLE).size());
    }

    @Test
    void arbinBeepTableWithEmptyIndexColumns() throws IOException {
        // beep: the first rows (here: all) have empty Step_Index/Cycle_Index: no cycle structure, with a warning
        CorpusCheck.Read r = CorpusCheck.read(new ArbinCsvReader(), "arbin-csv/beep/2017-05-09_test-TC-contact_CH33.csv");
        Measurement m = r.m();
        CorpusCheck.basics(m, 287);
        assertTrue(m.channel(Role.CYCLE_INDEX).isEmpty());
        assertTrue(r.warnings().stream().anyMatch(d -> d.message().contains("cycle index column is empty")), r.warnings().toString());
        assertEquals(6.600444793701172, ch(m, "Current").get(0), 0);
        assertEquals(3.4119858741760254, last(ch(m, "Voltage")), 0);
        assertEquals(0.6082700490951538, last(ch(m, "Charge capacity")), 0);
        assertEquals(1494377253.17, ch(m, "Timestamp").get(0), 1e-6);
    }

    @Test
    void maccorCsv() throws IOException {
        // PyProBE: final row t=13.06 s, step 2, I=28.798 A, V=3.716 V, T=22.2591 C, 2023-11-23 15:56:24. Its
        // Q=0.048 Ah is PyProBE's own processing: the file writes 0.024, and 28.8 A for 3 s is 0.024 A·h
        // (Faraday: Q = I t), which is what the charge capacity must hold.
        Measurement m = CorpusCheck.read(new MaccorReader(), "maccor-csv/PyProBE/sample_data_maccor.csv").m();
        CorpusCheck.basics(m, 15);
        assertEquals(13.06, last(ch(m, "Test time")), 1e-9);
        assertEquals(2, last(ch(m, "Step")));
        assertEquals(28.798, last(ch(m, "Current")), 1e-12);
        assertEquals(3.716, last(ch(m, "Voltage")), 1e-12);
        assertEquals(0.024, last(ch(m, "Charge capacity")), 1e-12);
        assertEquals(28.8 * 3 / 3600, last(ch(m, "Charge capacity")), 2e-4);
        assertEquals(22.2591, last(ch(m, "Temp 1")), 1e-12);
        assertEquals(stamp("2023-11-23T15:56:24"), last(ch(m, "Timestamp")), 1e-6);
        assertEquals("2023-11-23T15:56:08", m.metadata().startTime().orElseThrow().toString());
    }

    @Test
    void maccorRawFiles() throws IOException {
        // beep: 333 and 11669 rows; PROVENANCE: 74 rows in the older layout with "0d 00:00:00.0000" times
        Measurement a = CorpusCheck.read(new MaccorReader(), "maccor-raw/beep/PredictionDiagnostics_000151_test.052").m();
        CorpusCheck.basics(a, 333);
        assertEquals(249791, ch(a, "Rec#").get(0));
        assertEquals(-4.8400091554, ch(a, "Current").get(0), 1e-12); // state D: discharge, negative
        assertEquals(769267.24, ch(a, "Test time").get(0), 1e-6);
        Measurement b = CorpusCheck.read(new MaccorReader(), "maccor-raw/beep/xTESLADIAG_000019_CH70.070").m();
        CorpusCheck.basics(b, 11669);
        CorpusCheck.coulombCounting(b, 0.005);
        Measurement c = CorpusCheck.read(new MaccorReader(), "maccor-raw/beep/maccor_test_file_4267-66-6519.041").m();
        CorpusCheck.basics(c, 74);
        assertEquals(1.0, ch(c, "Test time").get(1), 1e-12);
        assertEquals("2016-11-02T00:00", c.metadata().startTime().orElseThrow().toString());
    }

    @Test
    void maccorImpedance() throws IOException {
        Measurement m = CorpusCheck.read(new MaccorEisReader(), "maccor-eis/beep/maccor_test_file_4267-66-6519.EDA0001.041").m();
        // 60 frequencies: PROVENANCE's 61 counts the blank line under the header that pandas reads as a row
        assertEquals(60, m.rows());
        assertEquals(Technique.EIS, m.metadata().technique());
        assertEquals(999999.0, m.require(Role.FREQUENCY).get(0));
        assertEquals(0.773446, m.require(Role.Z_REAL).get(0), 1e-12);
        assertEquals(-0.849201, m.require(Role.Z_IMAG).get(0), 1e-12);
        // the file's own modulus and phase agree with its real and imaginary parts
        for (int k = 0; k < m.rows(); k++) {
            double re = m.require(Role.Z_REAL).get(k);
            double im = m.require(Role.Z_IMAG).get(k);
            assertEquals(Math.hypot(re, im), m.require(Role.Z_MODULUS).get(k), 1e-5 * Math.hypot(re, im) + 2e-6);
        }
    }

    @Test
    void novonix() throws IOException {
        // PyProBE: final row t=12287.48004 s, I=0.49999387 A, V=4.12864581 V, Q=1.70652976 Ah, T=24.792 C
        Measurement m = CorpusCheck.read(new NovonixReader(), "novonix-csv/PyProBE/sample_data_novonix.csv").m();
        CorpusCheck.basics(m, 207);
        assertEquals(12287.48004, last(ch(m, "Test time")), 1e-3); // the file writes hours to 7 decimals
        assertEquals(0.49999387, last(ch(m, "Current")), 1e-12);
        assertEquals(4.12864581, last(ch(m, "Voltage")), 1e-12);
        assertEquals(1.70652976, last(ch(m, "Charge capacity")), 1e-12);
        assertEquals(24.792, last(m.require(Role.TEMPERATURE)), 1e-12);
        assertEquals(StepType.CC_CHARGE, StepType.ofCode(last(m.require(Role.STEP_TYPE))));
        CorpusCheck.coulombCounting(m, 0.002);
    }

    @Test
    void basytec() throws IOException {
        // PyProBE: final row t=70.235804 s, step 4, I=0.449602 A, V=3.53285 V, Q=0.001248917 Ah; start 2023-06-19 17:56:53
        Measurement m = CorpusCheck.read(new BasytecReader(), "basytec-txt/PyProBE/sample_data_basytec.txt").m();
        CorpusCheck.basics(m, 74);
        assertEquals(70.235804, last(ch(m, "Test time")), 1e-6);
        assertEquals(4, last(ch(m, "Step")));
        assertEquals(0.449602, last(ch(m, "Current")), 1e-6);
        assertEquals(3.53285, last(ch(m, "Voltage")), 1e-5);
        assertEquals(0.001248916998009, last(ch(m, "Charge capacity")), 1e-15);
        assertEquals("2023-06-19T17:56:53", m.metadata().startTime().orElseThrow().toString());
        assertEquals(StepType.REST, StepType.ofCode(m.require(Role.STEP_TYPE).get(0)));
        assertEquals(StepType.CC_CHARGE, StepType.ofCode(last(m.require(Role.STEP_TYPE))));
    }

    @Test
    void pecNewerExports() throws IOException {
        // cellpy groups these by LotID (839, 841); PROVENANCE: 19 and 281 rows, times as hh:mm:ss.xxx
        Measurement a = CorpusCheck.read(new PecCsvReader(), "pec-csv/cellpy/Test25195.csv").m();
        CorpusCheck.basics(a, 19);
        assertEquals("839", a.metadata().extra().get("LotID"));
        assertEquals(10.0, ch(a, "Test time").get(2), 1e-9);
        Measurement b = CorpusCheck.read(new PecCsvReader(), "pec-csv/cellpy/Test25209.csv").m();
        CorpusCheck.basics(b, 281);
        assertEquals("841", b.metadata().extra().get("LotID"));
    }
}
