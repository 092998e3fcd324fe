package org.nernst.io.autolab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.nernst.io.autolab.internal.DfrReader;
import org.nernst.io.autolab.internal.NovaAsciiReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** Every NOVA ASCII and .dfr file of the corpus against PROVENANCE.md. */
class AutolabReadersTest {
    private static final String ECSA = "autolab-nova-ascii/electrochemical_ECSA_processing_autolab/";
    private static final String ORR = "autolab-nova-ascii/electrochemical_ORR_procesing_autolab/";
    @TempDir
    Path dir;

    private static List<Measurement> read(MeasurementReader r, Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        List<Measurement> ms = r.read(ctx);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return ms;
    }

    @Test
    void ecsaCvMatchesTheSourceScriptsPeaks() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<Measurement> ms = read(new NovaAsciiReader(), Corpus.file(ECSA + "ECSA_0005mV.txt"), warnings);
        assertEquals(1, ms.size());
        Measurement m = ms.get(0);
        assertEquals(Technique.CV, m.metadata().technique());
        assertEquals(648, m.rows());
        assertEquals(List.of("Potential applied", "Time", "WE(1).Current", "WE(1).Potential"),
                m.channels().stream().map(Channel::name).toList());
        assertEquals("A", m.require(Role.CURRENT).unit());
        assertEquals(0.005, m.metadata().scanRateVPerS().orElseThrow());
        assertEquals("0.7", m.metadata().extra().get("Column 1 (V)"));
        assertEquals(0.680328369140625, m.require(Role.POTENTIAL).get(0));
        assertEquals(648.095243363717, m.require(Role.TIME).get(0));
        assertEquals(1.17218017578125E-07, m.require(Role.CURRENT).get(0));
        // the source script's anodic and cathodic peaks are the current extremes at these applied potentials
        double[] i = m.require(Role.CURRENT).toArray();
        double[] applied = m.channel("Potential applied").orElseThrow().toArray();
        int max = 0;
        int min = 0;
        for (int k = 1; k < i.length; k++) {
            max = i[k] > i[max] ? k : max;
            min = i[k] < i[min] ? k : min;
        }
        assertEquals(1.025390625e-6, i[max], 1e-18);
        assertEquals(0.3387451171875, applied[max]);
        assertEquals(-6.005859375e-6, i[min], 1e-18);
        assertEquals(0.2410888671875, applied[min]);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("'Scan' holds 6487 values")), warnings.toString());
        for (String f : List.of("ECSA_0020mV.txt", "ECSA_0060mV.txt", "ECSA_0100mV.txt", "ECSA_0150mV.txt")) {
            Measurement o = read(new NovaAsciiReader(), Corpus.file(ECSA + f), new ArrayList<>()).get(0);
            assertEquals(Integer.parseInt(f.substring(5, 9)) / 1000.0, o.metadata().scanRateVPerS().orElseThrow(), 1e-12, f);
            assertEquals(Technique.CV, o.metadata().technique(), f);
        }
    }

    @Test
    void orrRdeFilesWithAndWithoutEis() throws Exception {
        List<Measurement> ms = read(new NovaAsciiReader(), Corpus.file(ORR + "O2_1600rpm.txt"), new ArrayList<>());
        assertEquals(2, ms.size(), "the CV and the EIS recorded after it");
        Measurement cv = ms.get(0);
        assertEquals(830, cv.rows());
        assertEquals(1600, cv.metadata().rotationRpm().orElseThrow());
        assertEquals(0.01, cv.metadata().scanRateVPerS().orElseThrow());
        assertEquals(List.of(new Segment(Segment.Kind.CYCLE, 3, 0, 830, "scan 3")), cv.segments(Segment.Kind.CYCLE));
        assertEquals(-0.0144683837890625, cv.require(Role.POTENTIAL).get(0));
        assertEquals(-1.0162353515625E-06, cv.require(Role.CURRENT).get(0));
        assertEquals(Technique.CV, cv.metadata().technique());
        Measurement eis = ms.get(1);
        assertEquals(Technique.EIS, eis.metadata().technique());
        assertEquals(61, eis.rows());
        assertEquals(100000, eis.require(Role.FREQUENCY).get(0));
        assertEquals(39.1431335877898, eis.require(Role.Z_REAL).get(0));
        assertEquals(-5.77809242925311, eis.require(Role.Z_IMAG).get(0), "-Z'' is stored, Z'' kept");
        assertEquals(-8.39704520063263, eis.require(Role.Z_PHASE).get(0));
        int files = 0;
        try (Stream<Path> s = Files.list(Corpus.dir(ORR))) {
            for (Path p : s.sorted().toList()) {
                List<Measurement> r = read(new NovaAsciiReader(), p, new ArrayList<>());
                assertEquals(830, r.get(0).rows(), p.toString());
                assertTrue(r.size() == 1 || r.get(1).rows() == 61, p.toString());
                files++;
            }
        }
        assertEquals(13, files);
    }

    @Test
    void dfrEqualsPyimpspecControlData() throws Exception {
        Measurement m = read(new DfrReader(), Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"), new ArrayList<>()).get(0);
        Object ref = Json.read(Corpus.root().resolve("reference-values/ecochemie-dfr/pyimpspec/data.dfr.json"));
        List<?> f = (List<?>) Json.at(ref, "frequency_Hz");
        List<?> re = (List<?>) Json.at(ref, "Z_real_ohm");
        List<?> im = (List<?>) Json.at(ref, "Z_imag_ohm");
        assertEquals(29, m.rows());
        for (int k = 0; k < f.size(); k++) {
            assertEquals(((Number) f.get(k)).doubleValue(), m.require(Role.FREQUENCY).get(k), 1e-8);
            assertEquals(((Number) re.get(k)).doubleValue(), m.require(Role.Z_REAL).get(k), 1e-8);
            assertEquals(((Number) im.get(k)).doubleValue(), m.require(Role.Z_IMAG).get(k), 1e-8);
        }
    }

    @Test
    void damagedCopiesGiveLocatedErrors() throws Exception {
        List<String> lines = Files.readAllLines(Corpus.file(ORR + "O2_1600rpm.txt"), StandardCharsets.UTF_8);
        List<String> word = new ArrayList<>(lines);
        String[] row = word.get(40).split(";", -1);
        row[7] = "oops";
        word.set(40, String.join(";", row));
        NernstException e = fails(word);
        assertEquals(41, e.location().line().getAsInt(), e.getMessage());
        assertTrue(e.getMessage().contains("Time (s)"), e.getMessage());
        List<String> gap = new ArrayList<>(lines);
        String[] cells = gap.get(100).split(";", -1);
        cells[9] = "";
        gap.set(100, String.join(";", cells));
        e = fails(gap);
        assertEquals(101, e.location().line().getAsInt(), e.getMessage());
        assertEquals(10, e.location().column().getAsInt(), e.getMessage());
        Path dfr = dir.resolve("cut.dfr");
        List<String> d = Files.readAllLines(Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"));
        Files.write(dfr, d.subList(0, 100));
        e = assertThrows(NernstException.class, () -> new DfrReader().read(new ReadContext(dfr, Monitor.none())));
        assertEquals(100, e.location().line().getAsInt(), e.getMessage());
    }

    private NernstException fails(List<String> lines) throws Exception {
        Path p = dir.resolve("bad.txt");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return assertThrows(NernstException.class, () -> new NovaAsciiReader().read(new ReadContext(p, Monitor.none())));
    }

    @Test
    void conformanceKit() throws Exception {
        List<Path> foreign = List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt"),
                Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"), Corpus.file("generic-csv/impedance.py/exampleData.csv"),
                Corpus.file("parstat-txt/impedance.py/exampleDataParstat.txt"),
                Corpus.file("zview-zplotw-ascii/impedance.py/exampleDataAutolab.txt"),
                Corpus.file("palmsens-pstrace-csv/electrochemical_ECSA_processing_palmsens/ECSA_0010mV/scan1-SWV.csv"));
        ReaderConformance.check(new NovaAsciiReader(), List.of(Corpus.file(ECSA + "ECSA_0005mV.txt"), Corpus.file(ORR + "O2_1600rpm.txt")),
                foreign, dir);
        ReaderConformance.check(new DfrReader(), List.of(Corpus.file("ecochemie-dfr/pyimpspec/data.dfr")), foreign, dir);
        List<Path> own = List.of(Corpus.file(ECSA + "ECSA_0005mV.txt"), Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"));
        assertTrue(ReaderConformance.probe(new DfrReader(), own.get(0)) == 0);
        assertTrue(ReaderConformance.probe(new NovaAsciiReader(), own.get(1)) == 0);
    }
}
