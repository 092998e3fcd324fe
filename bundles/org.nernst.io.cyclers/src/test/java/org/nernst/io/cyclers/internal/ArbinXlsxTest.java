package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nernst.io.cyclers.internal.CorpusCheck.ch;
import static org.nernst.io.cyclers.internal.CorpusCheck.last;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;
import org.nernst.testing.XlsxWriter;

/** The Arbin Excel export against navani's stated values, and against the CSV export of the same records. */
class ArbinXlsxTest {
    static final String FILE = "arbin-xlsx/navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx";
    @TempDir
    Path dir;

    @Test
    void navaniExample() throws IOException {
        CorpusCheck.Read r = CorpusCheck.read(new ArbinXlsxReader(), FILE);
        Measurement m = r.m();
        // navani: df.shape == (4526, 22); the raw columns are those of sheet Channel_11_1
        CorpusCheck.basics(m, 4526);
        assertEquals(List.of("Test time", "Voltage", "Current", "Cycle", "Step", "Step type", "Charge capacity", "Discharge capacity",
                "Charge energy", "Discharge energy", "Timestamp", "Step_Time", "Internal Resistance", "dV/dt"),
                m.channels().stream().map(Channel::name).toList());
        // first and last records as stored in the sheet (B2, F2; row 4527)
        assertEquals(1.0009999999999999, ch(m, "Test time").get(0), 0);
        assertEquals(2.637298583984375, ch(m, "Voltage").get(0), 0);
        assertEquals(1204815.8106799999, last(ch(m, "Test time")), 0);
        assertEquals(5.0827860832214355E-5, last(ch(m, "Current")), 0);
        assertEquals(7.2286605834960938E-2, last(ch(m, "Voltage")), 0);
        assertEquals(5.7027027942240238E-3, last(ch(m, "Charge capacity")), 0);
        assertEquals(1.1054897680878599E-2, last(ch(m, "Discharge capacity")), 0);
        // Date_Time A2 = 44123.480400253473 (Excel serial): 2020-10-19 11:31:46.582 wall clock
        assertEquals(StatedValuesTest.stamp("2020-10-19T11:31:46.582"), ch(m, "Timestamp").get(0), 1e-3);
        assertEquals("2020-10-19T11:33:31", m.metadata().extra().get("Start DateTime"));
        assertEquals("bs542_004_gr_li_50ua_50mv_1v_191020", m.metadata().extra().get("Test name"));
        assertEquals("11", m.metadata().extra().get("Channel"));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        CorpusCheck.coulombCounting(m, 0.01);
        // navani's cycle_summary means (tests/test_echem.py, decimal=5), recomputed from our channels
        Map<String, Double> s = NavaniSummary.of(m);
        double tol = 1.5e-5;
        assertEquals(-0.00001827, s.get("Current"), tol);
        assertEquals(2.084951, s.get("UCV"), tol);
        assertEquals(0.912430, s.get("LCV"), tol);
        assertEquals(0.005527, s.get("Discharge Capacity"), tol);
        assertEquals(0.002851, s.get("Charge Capacity"), tol);
        assertEquals(0.491820, s.get("CE"), tol);
        assertEquals(0.137812, s.get("Average Discharge Voltage"), tol);
        assertEquals(0.115305, s.get("Average Charge Voltage"), tol);
    }

    /** A vendor CSV's cells as spreadsheet cells: numbers as numbers, date-times as Excel dates, empty as gaps. */
    private Path asXlsx(String csv, String sheet, boolean shared) throws IOException {
        List<String> lines = Files.readAllLines(Corpus.file(csv), StandardCharsets.UTF_8);
        List<List<Object>> rows = new ArrayList<>();
        for (String line : lines) {
            List<Object> row = new ArrayList<>();
            for (String cell : CyclerTable.split(line.replace("\uFEFF", ""), ',')) {
                String c = cell.strip();
                if (c.isEmpty()) {
                    row.add(null);
                } else if (c.matches("[-+]?[0-9.]+([eE][-+]?\\d+)?")) {
                    row.add(Double.parseDouble(c));
                } else if (c.matches("\\d\\d/\\d\\d/\\d{4} .*")) {
                    row.add(LocalDateTime.parse(c.replaceAll("(\\d\\d)/(\\d\\d)/(\\d{4}) ", "$3-$1-$2T")));
                } else {
                    row.add(c);
                }
            }
            rows.add(row);
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Global_Info", List.of(List.of("TEST REPORT")));
        sheets.put(sheet, rows);
        return XlsxWriter.write(dir.resolve(Path.of(csv).getFileName() + ".xlsx"), sheets, shared);
    }

    @Test
    void sameRecordsAsTheCsvExport() throws IOException {
        for (String csv : List.of("arbin-csv/PyProBE/sample_data_arbin.csv", "arbin-csv/beep/2017-05-09_test-TC-contact_CH33.csv")) {
            Measurement fromCsv = CorpusCheck.read(new ArbinCsvReader(), csv).m();
            Path x = asXlsx(csv, "Channel_33_1", csv.contains("beep"));
            Measurement fromXlsx = new ArbinXlsxReader().read(new ReadContext(x, Monitor.none())).get(0);
            assertEquals(fromCsv.rows(), fromXlsx.rows(), csv);
            assertEquals(fromCsv.channels().stream().map(c -> c.name() + " " + c.role() + " " + c.unit()).toList(),
                    fromXlsx.channels().stream().map(c -> c.name() + " " + c.role() + " " + c.unit()).toList(), csv);
            for (Channel c : fromCsv.channels()) {
                // date-times go through an Excel serial day number: 1e-5 s of rounding
                double tol = c.name().equals("Timestamp") ? 1e-5 : 0;
                assertArrayEquals(c.toArray(), ch(fromXlsx, c.name()).toArray(), tol, csv + ": " + c.name());
            }
            assertEquals(fromCsv.segments(), fromXlsx.segments(), csv);
            assertEquals(fromCsv.metadata().startTime(), fromXlsx.metadata().startTime(), csv);
        }
    }

    @Test
    void continuationSheetsJoinedChannelsApartWordsLocated() throws IOException {
        List<List<Object>> a = new ArrayList<>();
        List<List<Object>> b = new ArrayList<>();
        List<Object> header = List.of("Test_Time(s)", "Step_Index", "Cycle_Index", "Current(A)", "Voltage(V)");
        a.add(header);
        b.add(header);
        for (int k = 0; k < 10; k++) {
            (k < 6 ? a : b).add(List.of(k * 10.0, 1 + k / 5, 1, k < 5 ? 1e-3 : -1e-3, 3.0 + 0.01 * k));
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Channel_Chart", List.of(List.of("chart")));
        sheets.put("Channel_2_1", a);
        sheets.put("Channel_2_2", b);
        sheets.put("Channel_3_1", a);
        List<Measurement> ms = new ArbinXlsxReader().read(new ReadContext(XlsxWriter.write(dir.resolve("two.xlsx"), sheets, true),
                Monitor.none()));
        assertEquals(2, ms.size(), "channels 2 and 3");
        assertEquals("Channel_3_1", ms.get(1).metadata().extra().get("Data sheets"));
        assertEquals(6, ms.get(1).rows());
        Measurement m = ms.get(0);
        assertEquals("Channel_2_1, Channel_2_2", m.metadata().extra().get("Data sheets"));
        assertEquals(10, m.rows());
        assertEquals(90, last(m.require(Role.TIME)));
        assertEquals(List.of(new Segment(Segment.Kind.STEP, 1, 0, 5, "step 1"), new Segment(Segment.Kind.STEP, 2, 5, 10, "step 2")),
                m.segments(Segment.Kind.STEP));
        b.set(3, List.of(70.0, 2, 1, "oops", 3.07));
        NernstException e = assertThrows(NernstException.class, () -> new ArbinXlsxReader().read(new ReadContext(
                XlsxWriter.write(dir.resolve("word.xlsx"), sheets, true), Monitor.none())));
        assertEquals(4, e.location().line().getAsInt(), e.getMessage());
        assertEquals(4, e.location().column().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("D4"), e.getMessage());
    }

    @Test
    void conformanceAndNoFalseClaims() throws IOException {
        List<Path> foreign = List.of(Corpus.file("neware-ndax/NewareNDA/ZZZZZZZZTEST.ndax"),
                Corpus.file("autolab-nova-xlsx/Envismetrics/HDV_G_DMAB0.05gL_10mVs_1000rpm.xlsx"),
                Corpus.file("arbin-csv/PyProBE/sample_data_arbin.csv"), Corpus.file("arbin-res/cellpy/aux_one_x_dx.res"),
                Corpus.file("palmsens-pssession/PalmSens_SDK/cv_1scan.pssession"));
        ReaderConformance.check(new ArbinXlsxReader(), List.of(Corpus.file(FILE)), foreign, dir);
        Path xlsx = Corpus.file(FILE);
        for (MeasurementReader other : List.of(new ArbinCsvReader(), new ArbinResReader(), new MaccorReader(), new MaccorEisReader(),
                new NewareCsvReader(), new PecCsvReader(), new NovonixReader(), new BasytecReader())) {
            assertEquals(0, ReaderConformance.probe(other, xlsx), other.info().id() + " claims an Arbin workbook");
        }
    }
}
