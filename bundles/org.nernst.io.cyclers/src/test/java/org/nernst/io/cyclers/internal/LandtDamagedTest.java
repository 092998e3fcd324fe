package org.nernst.io.cyclers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;
import org.nernst.testing.XlsxWriter;
import org.nernst.testing.generators.LandtCycling;
import org.nernst.testing.generators.LandtWorkbooks;
import org.nernst.testing.generators.LandtWorkbooks.TimeCells;

/** Damaged Landt workbooks give input errors naming sheet, row and column; the reader claims Landt workbooks only. */
class LandtDamagedTest {
    @TempDir
    Path dir;

    static final LandtCycling.Generated G = new LandtCycling().cycles(1).generate();
    /** Surefire runs in the bundle folder, releng/dev/quicktest in the repository root. */
    static final Path SAMPLE = Files.exists(Path.of("samples/landt-sample.xlsx")) ? Path.of("samples/landt-sample.xlsx")
            : Path.of("bundles/org.nernst.io.cyclers/samples/landt-sample.xlsx");

    private NernstException fail(Map<String, List<List<Object>>> sheets) throws IOException {
        Path p = XlsxWriter.write(dir.resolve("bad.xlsx"), sheets, true);
        return assertThrows(NernstException.class, () -> new LandtXlsxReader().read(new ReadContext(p, Monitor.none())));
    }

    private static Map<String, List<List<Object>>> copy(Map<String, List<List<Object>>> sheets) {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        sheets.forEach((k, v) -> {
            List<List<Object>> rows = new ArrayList<>();
            v.forEach(r -> rows.add(new ArrayList<>(r)));
            out.put(k, rows);
        });
        return out;
    }

    @Test
    void wordInCurrentColumnOfAContinuationSheetIsLocated() throws IOException {
        Map<String, List<List<Object>>> s = copy(LandtWorkbooks.recordSheets(G, 40, TimeCells.SECONDS));
        s.get("Record1").get(6).set(4, "over"); // row 7 of Record1, column E (Current/mA)
        NernstException e = fail(s);
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertEquals(7, e.location().line().getAsInt(), e.getMessage());
        assertEquals(5, e.location().column().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("E7") && e.getMessage().contains("Record1") && e.getMessage().contains("Current/mA"),
                e.getMessage());
    }

    @Test
    void dateTimesInTheTestTimeColumnCountFromTheFirstRecord() throws IOException {
        Map<String, List<List<Object>>> s = copy(LandtWorkbooks.recordSheets(G, 1000, TimeCells.EXCEL_TIME));
        List<List<Object>> rows = s.get("Record");
        for (int k = 1; k < rows.size(); k++) {
            rows.get(k).set(1, G.records().get(k - 1).sysTime()); // a date-time cell where the elapsed time belongs
        }
        Path p = XlsxWriter.write(dir.resolve("abs.xlsx"), s, true);
        ReadContext ctx = new ReadContext(p, Monitor.none());
        var m = new LandtXlsxReader().read(ctx).get(0);
        assertEquals(1, ctx.diagnostics().size(), ctx.diagnostics().toString());
        assertTrue(ctx.diagnostics().get(0).message().contains("date-times"), ctx.diagnostics().toString());
        double[] t = m.require(org.nernst.core.model.Role.TIME).toArray();
        for (int k = 0; k < t.length; k++) {
            assertEquals(G.records().get(k).testTimeS(), t[k], 1e-3, "row " + k);
        }
    }

    @Test
    void missingTimeColumnIsNamed() throws IOException {
        Map<String, List<List<Object>>> s = copy(LandtWorkbooks.recordSheets(G, 1000, TimeCells.SECONDS));
        s.get("Record").get(0).set(1, "Elapsed");
        NernstException e = fail(s);
        assertEquals(1, e.location().line().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("test-time") && e.getMessage().contains("Record"), e.getMessage());
    }

    @Test
    void noCurrentOrVoltageHeaderIsNamed() throws IOException {
        Map<String, List<List<Object>>> s = copy(LandtWorkbooks.recordSheets(G, 1000, TimeCells.SECONDS));
        s.get("Record").get(0).set(4, "I");
        NernstException e = fail(s);
        assertTrue(e.getMessage().contains("no header row naming current and voltage"), e.getMessage());
    }

    @Test
    void wrongUnitIsLocated() throws IOException {
        Map<String, List<List<Object>>> s = copy(LandtWorkbooks.recordSheets(G, 1000, TimeCells.SECONDS));
        s.get("Record").get(0).set(5, "Capacity/mV");
        NernstException e = fail(s);
        assertEquals(6, e.location().column().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
    }

    @Test
    void truncatedZipAndOldXlsAreRefusedClearly() throws IOException {
        Path good = XlsxWriter.write(dir.resolve("good.xlsx"), LandtWorkbooks.recordSheets(G, 1000, TimeCells.SECONDS), true);
        byte[] all = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(all, all.length * 2 / 3));
        NernstException e = assertThrows(NernstException.class, () -> new LandtXlsxReader().read(new ReadContext(cut, Monitor.none())));
        assertTrue(e.location().file().isPresent(), e.getMessage());
        Path xls = dir.resolve("old.xls");
        byte[] ole = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        Files.write(xls, ole);
        assertTrue(ReaderConformance.probe(new LandtXlsxReader(), xls) > MeasurementReader.GENERIC, "picked to explain");
        e = assertThrows(NernstException.class, () -> new LandtXlsxReader().read(new ReadContext(xls, Monitor.none())));
        assertTrue(e.getMessage().contains("save it as .xlsx"), e.getMessage());
    }

    /** The sample (made by LandtWorkbooks.main from the model) reads back as the model. */
    @Test
    void sampleIsTheModel() throws IOException {
        assertTrue(Files.size(SAMPLE) <= 30_000, "sample size " + Files.size(SAMPLE));
        LandtXlsxTest.modelValues(LandtXlsxTest.read(SAMPLE), LandtXlsxTest.G, 1e-9);
    }

    @Test
    void conformanceAndNoFalseClaims() throws IOException {
        List<Path> foreign = List.of(Corpus.file(ArbinXlsxTest.FILE),
                Corpus.file("autolab-nova-xlsx/Envismetrics/HDV_G_DMAB0.05gL_10mVs_1000rpm.xlsx"),
                Corpus.file("neware-ndax/NewareNDA/ZZZZZZZZTEST.ndax"), Corpus.file("arbin-csv/PyProBE/sample_data_arbin.csv"),
                Corpus.file("arbin-res/cellpy/aux_one_x_dx.res"));
        Path single = XlsxWriter.write(dir.resolve("single.xlsx"), LandtWorkbooks.singleSheet(G, false), false);
        Path cn = XlsxWriter.write(dir.resolve("cn.xlsx"), LandtWorkbooks.singleSheet(G, true), true);
        ReaderConformance.check(new LandtXlsxReader(), List.of(SAMPLE, single, cn), foreign, dir);
        assertEquals(0, ReaderConformance.probe(new LandtXlsxReader(), Corpus.file(ArbinXlsxTest.FILE)));
        try (var nova = Files.list(Corpus.file("autolab-nova-xlsx/Envismetrics/HDV_G_DMAB0.05gL_10mVs_1000rpm.xlsx").getParent())) {
            for (Path p : nova.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                assertEquals(0, ReaderConformance.probe(new LandtXlsxReader(), p), p.toString());
            }
        }
        for (MeasurementReader other : List.of(new ArbinXlsxReader(), new ArbinCsvReader(), new ArbinResReader(), new MaccorReader(),
                new NewareCsvReader(), new PecCsvReader(), new NovonixReader(), new BasytecReader())) {
            assertEquals(0, ReaderConformance.probe(other, SAMPLE), other.info().id() + " claims a Landt workbook");
        }
    }
}
