package org.nernst.io.palmsens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.palmsens.internal.PsSessionReader;
import org.nernst.io.palmsens.internal.PsTraceCsvReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;

/** Every PalmSens file of the corpus against the values PROVENANCE.md quotes from the source repositories. */
class PalmSensReadersTest {
    private static final String SDK = "palmsens-pssession/PalmSens_SDK/";
    private static final String NOMAD = "palmsens-pssession/nomad-chemical-energy/";
    private static final String CSV = "palmsens-pstrace-csv/electrochemical_ECSA_processing_palmsens/ECSA_0010mV/";
    @TempDir
    Path dir;

    private static List<Measurement> read(MeasurementReader r, Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        List<Measurement> ms = r.read(ctx);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return ms;
    }

    private static Measurement session(String f) throws Exception {
        return read(new PsSessionReader(), Corpus.file(f), new ArrayList<>()).get(0);
    }

    @Test
    void nomadOcpCpAndLsv() throws Exception {
        Measurement ocp = session(NOMAD + "01_N2_OCP.pssession");
        assertEquals(Technique.OCV, ocp.metadata().technique());
        assertEquals(61, ocp.rows());
        assertEquals(0.96293, ocp.require(Role.POTENTIAL).get(0), 5e-6);
        assertEquals(1752739293, utcSeconds(ocp));
        Measurement cp = session(NOMAD + "05_N2_CP_10mAcm2_24h.pssession");
        assertEquals(Technique.CP, cp.metadata().technique());
        assertEquals(1441, cp.rows());
        assertEquals(0.65457, cp.require(Role.POTENTIAL).get(0), 5e-6);
        assertEquals(1752495542, utcSeconds(cp));
        Measurement lsv = session(NOMAD + "05_N2_LSV_10mV_1600rpm.pssession");
        assertEquals(Technique.LSV, lsv.metadata().technique());
        assertEquals(121, lsv.rows());
        assertEquals(-0.09996, lsv.require(Role.POTENTIAL).get(0), 5e-6);
        assertEquals(-625e-6, lsv.require(Role.CURRENT).get(0), 1e-12, "µA converted to A");
        assertEquals(0.01, lsv.metadata().scanRateVPerS().orElseThrow());
        assertEquals(1752740575, utcSeconds(lsv));
        assertEquals(List.of("Time", "Potential", "Current", "Charge"), lsv.channels().stream().map(Channel::name).toList());
    }

    /** The UTC time stamp PSTrace writes beside the local one, as Unix seconds (what the nomad tests assert). */
    private static long utcSeconds(Measurement m) {
        return Math.round(LocalDateTime.parse(m.metadata().extra().get("start (UTC)")).toEpochSecond(ZoneOffset.UTC)
                + LocalDateTime.parse(m.metadata().extra().get("start (UTC)")).getNano() / 1e9);
    }

    @Test
    void sdkCvScansDpvAndEis() throws Exception {
        List<String> warnings = new ArrayList<>();
        Measurement cv = read(new PsSessionReader(), Corpus.file(SDK + "CV example.pssession"), warnings).get(0);
        assertEquals(Technique.CV, cv.metadata().technique());
        assertEquals(437 + 436 + 436, cv.rows());
        assertEquals(List.of(new Segment(Segment.Kind.CYCLE, 1, 0, 437, "scan 1"), new Segment(Segment.Kind.CYCLE, 2, 437, 873, "scan 2"),
                new Segment(Segment.Kind.CYCLE, 3, 873, 1309, "scan 3")), cv.segments(Segment.Kind.CYCLE));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'time' holds 437 values")), warnings.toString());
        // the SDK's semi-derivative peaks (0.284884 V, 15.8404 µA; -0.0223047 V, -15.826 µA) sit beside the raw extremes of scan 1
        double[] e = cv.require(Role.POTENTIAL).toArray(0, 437);
        double[] i = cv.require(Role.CURRENT).toArray(0, 437);
        int max = 0;
        int min = 0;
        for (int k = 1; k < i.length; k++) {
            max = i[k] > i[max] ? k : max;
            min = i[k] < i[min] ? k : min;
        }
        assertEquals(0.284884, e[max], 0.011);
        assertEquals(15.8404e-6, i[max], 0.1e-6);
        assertEquals(-0.0223047, e[min], 0.011);
        assertEquals(-15.826e-6, i[min], 0.1e-6);
        Measurement one = session(SDK + "cv_1scan.pssession");
        assertEquals(41, one.rows());
        assertEquals(0.0, one.require(Role.CHARGE).get(0));
        assertEquals(-78.84567e-6, one.require(Role.CHARGE).get(12), 1e-11);
        Measurement dpv = session(SDK + "DPV example.pssession");
        assertEquals(201, dpv.rows());
        assertEquals("Square Wave Voltammetry", dpv.metadata().vendorTechnique());
        assertEquals(-1.0, dpv.require(Role.POTENTIAL).get(0));
        assertEquals(0.0, dpv.require(Role.POTENTIAL).get(200), 1e-12);
        assertEquals(1.93339e-6, dpv.require(Role.CURRENT).stream().min().orElseThrow(), 1e-15);
        assertEquals(36.5019e-6, dpv.require(Role.CURRENT).stream().max().orElseThrow(), 1e-15);
        assertEquals(201, session(SDK + "PSDiffPulse.pssession").rows());
        Measurement eis = session(SDK + "eis_5freq.pssession");
        assertEquals(Technique.EIS, eis.metadata().technique());
        assertEquals(5, eis.rows());
        assertEquals(200000, eis.require(Role.FREQUENCY).get(0));
        assertEquals(569.666, eis.require(Role.Z_REAL).get(0));
        assertEquals(-32.340022, eis.require(Role.Z_IMAG).get(0), "-Z'' stored, Z'' kept");
        assertEquals(-3.2492022006457706, eis.require(Role.Z_PHASE).get(0));
        assertTrue(eis.metadata().extra().get("flagged readings").startsWith("4 "), eis.metadata().extra().toString());
    }

    @Test
    void oldLowerCaseSessionWithThreeMeasurements() throws Exception {
        List<Measurement> ms = read(new PsSessionReader(), Corpus.file(SDK + "Demo CV DPV EIS IS-C electrode.pssession"), new ArrayList<>());
        assertEquals(3, ms.size());
        Measurement dpv = ms.get(0);
        assertEquals("Differential Pulse Voltammetry", dpv.metadata().vendorTechnique());
        assertEquals(LocalDateTime.of(2017, 7, 12, 14, 28, 58), dpv.metadata().startTime().orElseThrow().withNano(0));
        assertEquals("PalmSens PS4A16A000003", dpv.metadata().instrument());
        assertEquals(219, dpv.rows());
        assertEquals(-0.399962, dpv.require(Role.POTENTIAL).get(0));
        assertEquals(0.697776, dpv.require(Role.POTENTIAL).get(218));
        assertEquals(0.352146e-6, dpv.require(Role.CURRENT).get(0), 1e-15);
        assertEquals(0.199557e-6, dpv.require(Role.CURRENT).get(218), 1e-15);
        assertEquals(43.6, dpv.require(Role.TIME).get(218), 1e-9);
        assertEquals(3, ms.get(1).segments(Segment.Kind.CYCLE).size());
        assertEquals(Technique.EIS, ms.get(2).metadata().technique());
        assertEquals(71, ms.get(2).rows());
    }

    @Test
    void pstraceCsvUtf16() throws Exception {
        for (int scan = 1; scan <= 4; scan++) {
            List<Measurement> ms = read(new PsTraceCsvReader(), Corpus.file(CSV + "scan" + scan + "-SWV.csv"), new ArrayList<>());
            assertEquals(1, ms.size());
            Measurement m = ms.get(0);
            assertEquals(Technique.CV, m.metadata().technique());
            assertEquals(806, m.rows());
            assertEquals(List.of(new Segment(Segment.Kind.CYCLE, scan, 0, 806, "scan " + scan)), m.segments());
            assertEquals(LocalDateTime.of(2020, 7, 10, 17, 21, 46), m.metadata().startTime().orElseThrow());
            assertEquals("A", m.require(Role.CURRENT).unit());
        }
        Measurement m = read(new PsTraceCsvReader(), Corpus.file(CSV + "scan1-SWV.csv"), new ArrayList<>()).get(0);
        assertEquals(0.689963, m.require(Role.POTENTIAL).get(0));
        assertEquals(0.207424e-6, m.require(Role.CURRENT).get(0), 1e-16);
        assertEquals("Medida_ECSA_scanrate0.005", m.metadata().extra().get("notes"));
        assertTrue(m.metadata().scanRateVPerS().isEmpty(), "the note is stale: no scan rate from it");
    }

    @Test
    void damagedCopies() throws Exception {
        String json = Files.readString(Corpus.file(NOMAD + "01_N2_OCP.pssession"), StandardCharsets.UTF_16);
        Path cut = dir.resolve("cut.pssession");
        Files.writeString(cut, json.substring(0, json.length() / 2), StandardCharsets.UTF_16LE);
        NernstException e = assertThrows(NernstException.class, () -> new PsSessionReader().read(new ReadContext(cut, Monitor.none())));
        assertTrue(e.location().line().isPresent() && e.location().column().isPresent(), e.getMessage());
        Path deep = dir.resolve("deep.pssession");
        Files.writeString(deep, "{\"Type\":\"PalmSens.DataFiles.SessionFile\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}",
                StandardCharsets.UTF_16LE);
        e = assertThrows(NernstException.class, () -> new PsSessionReader().read(new ReadContext(deep, Monitor.none())));
        assertTrue(e.getMessage().contains("nesting") || e.getMessage().contains("depth"), e.getMessage());
        List<String> lines = Files.readAllLines(Corpus.file(CSV + "scan2-SWV.csv"), StandardCharsets.UTF_16);
        lines.set(49, "6.1x,2.0");
        Path word = dir.resolve("word.csv");
        Files.write(word, lines, StandardCharsets.UTF_16);
        e = assertThrows(NernstException.class, () -> new PsTraceCsvReader().read(new ReadContext(word, Monitor.none())));
        assertEquals(50, e.location().line().getAsInt(), e.getMessage());
        assertEquals(1, e.location().column().getAsInt(), e.getMessage());
    }

    @Test
    void conformanceKit() throws Exception {
        List<Path> foreign = List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt"),
                Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"), Corpus.file("generic-csv/impedance.py/exampleData.csv"),
                Corpus.file("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt"));
        ReaderConformance.check(new PsSessionReader(), List.of(Corpus.file(SDK + "cv_1scan.pssession"), Corpus.file(SDK + "eis_5freq.pssession"),
                Corpus.file(SDK + "DPV example.pssession"), Corpus.file(NOMAD + "01_N2_OCP.pssession")), foreign, dir);
        ReaderConformance.check(new PsTraceCsvReader(), List.of(Corpus.file(CSV + "scan1-SWV.csv")), foreign, dir);
        assertEquals(0, ReaderConformance.probe(new PsTraceCsvReader(), Corpus.file(SDK + "cv_1scan.pssession")));
        assertEquals(0, ReaderConformance.probe(new PsSessionReader(), Corpus.file(CSV + "scan1-SWV.csv")));
    }
}
