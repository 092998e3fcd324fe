package org.nernst.io.autolab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.autolab.internal.DfrReader;
import org.nernst.io.autolab.internal.NovaAsciiReader;
import org.nernst.io.autolab.internal.NovaXlsxReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;
import org.nernst.testing.XlsxWriter;

/** NOVA Excel exports: the Envismetrics Levich set (PROVENANCE.md), and the ASCII corpus files as workbooks. */
class NovaXlsxTest {
    private static final String SET = "autolab-nova-xlsx/Envismetrics/";
    @TempDir
    Path dir;

    private static List<Measurement> read(MeasurementReader r, Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        List<Measurement> ms = r.read(ctx);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return ms;
    }

    @Test
    void envismetricsLevichSet() throws Exception {
        Measurement m = read(new NovaXlsxReader(), Corpus.file(SET + "HDV_G_DMAB0.05gL_10mVs_1000rpm.xlsx"), new ArrayList<>()).get(0);
        // PROVENANCE.md: 3715 rows (1 header + 3714 data); Potential applied (V), Time (s), WE(1).Current (A), WE(1).Potential (V), Index, Current range
        assertEquals(3714, m.rows());
        assertEquals(List.of("Potential applied", "Time", "WE(1).Current", "WE(1).Potential"), m.channels().stream().map(Channel::name).toList());
        assertEquals("A", m.require(Role.CURRENT).unit());
        assertEquals(Technique.LSV, m.metadata().technique());
        assertEquals("varies: 100 µA, 10 µA, 1 µA", m.metadata().extra().get("Current range"));
        // first and last data rows as stored (row 2, row 3715)
        assertEquals(-0.999603271484375, m.channel("Potential applied").orElseThrow().get(0));
        assertEquals(768.63001005939577, m.require(Role.TIME).get(0));
        assertEquals(-3.7680053710937504E-05, m.require(Role.CURRENT).get(0));
        assertEquals(-0.99822998046875, m.require(Role.POTENTIAL).get(0));
        assertEquals(0.7000732421875, m.channel("Potential applied").orElseThrow().get(3713));
        assertEquals(938.59629763027215, m.require(Role.TIME).get(3713));
        assertEquals(6.3079833984375E-05, m.require(Role.CURRENT).get(3713));
        assertEquals(0.700042724609375, m.require(Role.POTENTIAL).get(3713));
        int files = 0;
        try (Stream<Path> s = Files.list(Corpus.dir(SET))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                List<String> w = new ArrayList<>();
                List<Measurement> ms = read(new NovaXlsxReader(), p, w);
                assertEquals(1, ms.size(), p.toString());
                Measurement x = ms.get(0);
                assertEquals(3714, x.rows(), p.toString());
                assertEquals(Technique.LSV, x.metadata().technique(), p.toString());
                // the file names say 10 mV/s: the applied potential must ramp at that rate (least squares over the sweep)
                assertEquals(0.010, slope(x.require(Role.TIME).toArray(), x.channel("Potential applied").orElseThrow().toArray()),
                        1e-4, p.toString());
                assertTrue(w.isEmpty(), p + ": " + w);
                files++;
            }
        }
        assertEquals(10, files);
    }

    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            my += y[k] / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }

    /** An ASCII export's cells on a worksheet: numbers as numbers, empty cells as gaps, the header inline. */
    private Path asXlsx(Path txt, boolean shared) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
            String l = line.replace("\uFEFF", "");
            if (l.isBlank()) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            for (String cell : l.split(l.indexOf('\t') >= 0 ? "\t" : ";", -1)) {
                String c = cell.strip();
                row.add(c.isEmpty() ? null : rows.isEmpty() ? c : (Object) Double.parseDouble(c));
            }
            rows.add(row);
        }
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("Sheet1", rows);
        return XlsxWriter.write(dir.resolve(txt.getFileName() + ".xlsx"), sheets, shared);
    }

    @Test
    void sameMeasurementsAsTheAsciiExport() throws Exception {
        for (String f : List.of("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt",
                "autolab-nova-ascii/electrochemical_ORR_procesing_autolab/O2_1600rpm.txt")) {
            List<String> wa = new ArrayList<>();
            List<String> wx = new ArrayList<>();
            List<Measurement> a = read(new NovaAsciiReader(), Corpus.file(f), wa);
            Path x = asXlsx(Corpus.file(f), f.contains("ORR"));
            assertTrue(new NovaXlsxReader().probe(new org.nernst.io.api.ProbeInput(x.getFileName().toString(), Files.size(x),
                    Files.readAllBytes(x))) >= 80, f);
            List<Measurement> b = read(new NovaXlsxReader(), x, wx);
            assertEquals(a.size(), b.size(), f);
            for (int k = 0; k < a.size(); k++) {
                Measurement ma = a.get(k);
                Measurement mb = b.get(k);
                assertEquals(ma.rows(), mb.rows(), f);
                assertEquals(ma.describeChannels(), mb.describeChannels(), f);
                for (Channel c : ma.channels()) {
                    assertArrayEquals(c.toArray(), mb.channel(c.name()).orElseThrow().toArray(), 0, f + ": " + c.name());
                }
                assertEquals(ma.segments(), mb.segments(), f);
                assertEquals(ma.metadata(), mb.metadata(), f);
            }
            assertEquals(wa.size(), wx.size(), wa + " / " + wx);
        }
    }

    @Test
    void wordsAndGapsAreLocated() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Time (s)", "WE(1).Current (A)", "Potential applied (V)"));
        for (int k = 0; k < 5; k++) {
            rows.add(new ArrayList<>(List.of(k * 0.1, 1e-6 * k, 0.01 * k)));
        }
        rows.get(3).set(1, "oops");
        Map<String, List<List<Object>>> sheets = Map.of("Sheet1", rows);
        NernstException e = assertThrows(NernstException.class, () -> read(new NovaXlsxReader(),
                XlsxWriter.write(dir.resolve("w.xlsx"), sheets, false), new ArrayList<>()));
        assertEquals(4, e.location().line().getAsInt(), e.getMessage());
        assertEquals(2, e.location().column().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("B4"), e.getMessage());
        rows.get(3).set(1, null);
        e = assertThrows(NernstException.class, () -> read(new NovaXlsxReader(), XlsxWriter.write(dir.resolve("g.xlsx"), sheets, false),
                new ArrayList<>()));
        assertEquals(4, e.location().line().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("empty cell"), e.getMessage());
    }

    @Test
    void conformanceAndNoFalseClaims() throws Exception {
        List<Path> foreign = List.of(Corpus.file("arbin-xlsx/navani/bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx"),
                Corpus.file("neware-ndax/NewareNDA/ZZZZZZZZTEST.ndax"),
                Corpus.file("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt"),
                Corpus.file("palmsens-pssession/PalmSens_SDK/cv_1scan.pssession"), Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"));
        ReaderConformance.check(new NovaXlsxReader(), List.of(Corpus.file(SET + "HDV_G_DMAB0.05gL_10mVs_200rpm.xlsx")), foreign, dir);
        Path xlsx = Corpus.file(SET + "HDV_G_DMAB0.05gL_10mVs_200rpm.xlsx");
        assertEquals(0, ReaderConformance.probe(new NovaAsciiReader(), xlsx));
        assertEquals(0, ReaderConformance.probe(new DfrReader(), xlsx));
    }
}
