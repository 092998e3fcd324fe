package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nernst.io.cyclers.internal.CorpusCheck.ch;
import static org.nernst.io.cyclers.internal.CorpusCheck.last;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nernst.core.Monitor;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.StepType;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.XlsxWriter;
import org.nernst.testing.generators.LandtCycling;
import org.nernst.testing.generators.LandtWorkbooks;
import org.nernst.testing.generators.LandtWorkbooks.TimeCells;

/**
 * Landt workbooks built from a constant-current model of a 2 mAh cell (charge 1 mA for 2 h, discharge
 * 2 mA for 1 h, so capacity = I t exactly): the import must give back the model's rows, cycles, SI
 * units and per-cycle capacities and energies. No vendor file exists here; see LandtColumns.
 */
class LandtXlsxTest {
    @TempDir
    Path dir;

    static final LandtCycling MODEL = new LandtCycling();
    static final LandtCycling.Generated G = MODEL.generate();

    /** Reads the first measurement; a well-formed model workbook gives no warning. */
    static Measurement read(Path p) throws IOException {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        Measurement m = new LandtXlsxReader().read(ctx).get(0);
        assertTrue(ctx.diagnostics().isEmpty(), ctx.diagnostics().toString());
        return m;
    }

    private Path write(String name, Map<String, List<List<Object>>> sheets, boolean shared) throws IOException {
        return XlsxWriter.write(dir.resolve(name), sheets, shared);
    }

    @ParameterizedTest
    @EnumSource(TimeCells.class)
    void recordSheetsContinueWithoutHeader(TimeCells time) throws IOException {
        Path p = write("rec.xlsx", LandtWorkbooks.recordSheets(G, 70, time), time != TimeCells.TEXT);
        Measurement m = read(p);
        int n = G.records().size();
        assertEquals(300, n, "3 cycles of 4 + 61 + 4 + 31 records");
        assertEquals(n, m.rows(), "records of Record, Record1 ... Record4 joined");
        assertEquals("Record, Record1, Record2, Record3, Record4", m.metadata().extra().get("Data sheets"));
        assertEquals("Step-Tab", m.metadata().extra().get("Sheets not read (summaries)"));
        assertEquals("Landt", m.metadata().instrument());
        modelValues(m, G, 1e-9);
        // the State column names every step: rest, CC charge, CC discharge as written
        double[] type = m.require(Role.STEP_TYPE).toArray();
        assertEquals(StepType.REST.code(), type[0]);
        assertEquals(StepType.CC_CHARGE.code(), type[4]);
        assertEquals(StepType.CC_DISCHARGE.code(), type[n - 1]);
        // SysTime: a timestamp channel and the start time (2024-03-05 09:30:00 at test time 0)
        assertEquals(LocalDateTime.of(2024, 3, 5, 9, 30), m.metadata().startTime().orElseThrow());
        assertEquals(Cells.epochSeconds(LocalDateTime.of(2024, 3, 5, 9, 30).plusSeconds(300 + 7200)), ch(m, "Timestamp").get(64), 1e-3);
    }

    /** Rows, units (mA to A, mAh to A·h), cycles and spot values against the model. */
    static void modelValues(Measurement m, LandtCycling.Generated g, double tol) {
        List<LandtCycling.Rec> r = g.records();
        int n = r.size();
        assertEquals("A", m.require(Role.CURRENT).unit());
        assertEquals("V", m.require(Role.CELL_VOLTAGE).unit());
        assertEquals("s", m.require(Role.TIME).unit());
        // hand-computed: record 5 is the first charge record after 120 s: V = 3.4 + 0.8 * (1 mA * 120 s / 7200 mAs) + 1 mA * 0.05 kOhm
        assertEquals(300 + 120, m.require(Role.TIME).get(5), 1e-6);
        assertEquals(3.4 + 0.8 * 120 / 7200 + 0.05, m.require(Role.CELL_VOLTAGE).get(5), 1e-12);
        assertEquals(1e-3, m.require(Role.CURRENT).get(5), 1e-15);
        assertEquals(-2e-3, m.require(Role.CURRENT).get(n - 1), 1e-15);
        // capacity = I t: 2 mAh = 0.002 A·h charged in cycle 1 and discharged at the end of cycle 3
        assertEquals(0.002, ch(m, "Charge capacity").get(64), 1e-12);
        assertEquals(0.002, last(ch(m, "Discharge capacity")), 1e-12);
        assertEquals(3, (int) last(m.require(Role.CYCLE_INDEX)));
        List<Segment> cycles = m.segments(Segment.Kind.CYCLE);
        assertEquals(3, cycles.size());
        for (int k = 0; k < n; k++) {
            assertEquals(r.get(k).testTimeS(), m.require(Role.TIME).get(k), 1e-3 + tol, "time row " + k);
            assertEquals(r.get(k).voltageV(), m.require(Role.CELL_VOLTAGE).get(k), 1e-12, "voltage row " + k);
            assertEquals(r.get(k).currentMa() * 1e-3, m.require(Role.CURRENT).get(k), 1e-15, "current row " + k);
            assertEquals(r.get(k).cycle(), m.require(Role.CYCLE_INDEX).get(k), "cycle row " + k);
            assertEquals(r.get(k).step(), m.require(Role.STEP_INDEX).get(k), "step row " + k);
        }
        for (LandtCycling.Cycle c : g.cycles()) {
            Segment s = cycles.get(c.number() - 1);
            assertEquals(c.chargeMah() * 1e-3, ch(m, "Charge capacity").get(s.end() - 1), 1e-12, "cycle " + c.number());
            assertEquals(c.dischargeMah() * 1e-3, ch(m, "Discharge capacity").get(s.end() - 1), 1e-12, "cycle " + c.number());
            if (m.channel(Role.CHARGE_ENERGY).isPresent()) {
                assertEquals(c.chargeMwh() * 1e-3, ch(m, "Charge energy").get(s.end() - 1), 1e-12);
                assertEquals(c.dischargeMwh() * 1e-3, ch(m, "Discharge energy").get(s.end() - 1), 1e-12);
            }
        }
        CorpusCheck.coulombCounting(m, 0.01);
    }

    @Test
    void energyOfTheModelByHand() {
        // charge of cycle 1: (1 mA / 3600) [(3.4 + 0.05) 7200 + 0.8 * 1 * 7200^2 / (7200 * 2)] = 7.7 mWh
        assertEquals(7.7, G.cycles().get(0).chargeMwh(), 1e-12);
        assertEquals(2.0, G.cycles().get(0).dischargeMah(), 1e-12);
    }

    @Test
    void singleSheetEnglishWithTestInformationAbove() throws IOException {
        Measurement m = read(write("one.xlsx", LandtWorkbooks.singleSheet(G, false), false));
        assertEquals(G.records().size(), m.rows());
        assertEquals("one record sheet", m.metadata().extra().get("Layout"));
        modelValues(m, G, 0);
        // no State column: step types from the sign of the current
        assertEquals(StepType.CC_DISCHARGE.code(), last(m.require(Role.STEP_TYPE)));
        assertTrue(m.channel(Role.CHARGE_ENERGY).isEmpty(), "no energy column in this layout");
    }

    @Test
    void singleSheetChineseHeadersAndDayTimes() throws IOException {
        Path p = write("cn.xlsx", LandtWorkbooks.singleSheet(G, true), true);
        Measurement m = read(p);
        modelValues(m, G, 0);
        assertEquals(StepType.CC_CHARGE.code(), m.require(Role.STEP_TYPE).get(4));
        assertTrue(m.metadata().extra().get("Cycle index") == null, "the 循环序号 column gives the cycles");
    }

    /** Two discharges at different rates, no step column, no rest between: the capacity restart splits the steps. */
    @Test
    void consecutiveStepsOfOneStateAreSummed() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Index", "TestTime/Sec.", "Voltage/V", "Current/mA", "Capacity/mAh", "State"));
        for (int k = 0; k <= 20; k++) {
            double i = k <= 10 ? -1.0 : -0.5;
            double t = k <= 10 ? 360 * k : 3600 + 360 * (k - 10);
            double q = k <= 10 ? t / 3600 : 0.5 * (t - 3600) / 3600; // |I| t per step, from zero
            rows.add(List.of(k + 1, t, 3.8 - 0.02 * k, i, q, "D_CC"));
        }
        rows.add(12, List.of(12, 3600.0, 3.6, -0.5, 0.0, "D_CC")); // after row k = 10: the second step's first record
        Measurement m = read(write("rate.xlsx", Map.of("Record", rows), true));
        assertEquals(List.of(new Segment(Segment.Kind.STEP, 1, 0, 11, "step 1"), new Segment(Segment.Kind.STEP, 2, 11, 22, "step 2")),
                m.segments(Segment.Kind.STEP));
        // 1 mA for 1 h then 0.5 mA for 1 h: 1.5 mAh discharged in the cycle
        assertEquals(1.5e-3, last(ch(m, "Discharge capacity")), 1e-12);
    }

    @Test
    void channelNamesAndExtras() throws IOException {
        Measurement m = read(write("rec.xlsx", LandtWorkbooks.recordSheets(G, 1000, TimeCells.SECONDS), true));
        assertEquals(List.of("Test time", "Voltage", "Current", "Cycle", "Step", "Step type", "Charge capacity", "Discharge capacity",
                "Charge energy", "Discharge energy", "Step time", "Capacity (step)", "Energy (step)", "Timestamp", "Index"),
                m.channels().stream().map(Channel::name).toList());
        assertTrue(m.metadata().extra().get("Cycle index").startsWith("derived"));
        assertTrue(m.metadata().extra().get("Step index").startsWith("derived"));
        assertEquals(7200, ch(m, "Step time").get(64), 1e-9);
    }
}
