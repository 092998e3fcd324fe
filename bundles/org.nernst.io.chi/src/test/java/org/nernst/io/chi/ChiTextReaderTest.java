package org.nernst.io.chi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.io.chi.internal.ChiTextReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** Every CHI file of the corpus against the values its source repository asserts (PROVENANCE.md). */
class ChiTextReaderTest {
    @TempDir
    Path dir;

    private static Measurement read(Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        Measurement m = new ChiTextReader().read(ctx).get(0);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return m;
    }

    private static Measurement read(String corpus) throws Exception {
        return read(Corpus.file("chi-txt/" + corpus), new java.util.ArrayList<>());
    }

    @Test
    void cyclicVoltammetryExportOfSegmentsFiveAndSix() throws Exception {
        Measurement m = read("nomad-chemical-energy/CV-1T.txt");
        assertEquals(Technique.CV, m.metadata().technique());
        assertEquals("Cyclic Voltammetry", m.metadata().vendorTechnique());
        assertEquals("CH Instruments CHI760E", m.metadata().instrument());
        assertEquals(1400, m.rows());
        assertEquals(List.of("Potential", "Current"), m.channels().stream().map(c -> c.name()).toList());
        assertEquals("V", m.require(Role.POTENTIAL).unit());
        assertEquals("A", m.require(Role.CURRENT).unit());
        assertEquals("0.2", m.metadata().extra().get("High E (V)"));
        assertEquals(0.04, m.metadata().scanRateVPerS().orElseThrow());
        assertEquals(LocalDateTime.of(2024, 6, 13, 13, 13, 28), m.metadata().startTime().orElseThrow());
        assertEquals(-0.5, m.require(Role.POTENTIAL).get(0));
        assertEquals(-4.214e-4, m.require(Role.CURRENT).get(0));
        // CHI starts a segment at its vertex: 0.7 V / 1 mV = 700 points per segment
        List<Segment> sweeps = m.segments(Segment.Kind.SWEEP);
        assertEquals(2, sweeps.size());
        assertEquals(new Segment(Segment.Kind.SWEEP, 5, 0, 700, "segment 5"), sweeps.get(0));
        assertEquals(new Segment(Segment.Kind.SWEEP, 6, 700, 1400, "segment 6"), sweeps.get(1));
        assertEquals(0.2, m.require(Role.POTENTIAL).get(700));
        assertEquals(3.507e-5, m.require(Role.CURRENT).get(700));
        assertEquals(List.of(new Segment(Segment.Kind.CYCLE, 3, 0, 1400, "cycle 3")), m.segments(Segment.Kind.CYCLE));
    }

    @Test
    void linearSweepHerCurve() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        Measurement m = read(Corpus.file("chi-txt/nomad-chemical-energy/LSV.txt"), warnings);
        assertEquals(Technique.LSV, m.metadata().technique());
        assertEquals(500, m.rows());
        assertEquals(0.005, m.metadata().scanRateVPerS().orElseThrow(), 1e-15);
        assertEquals(-0.2, m.require(Role.POTENTIAL).get(0));
        assertEquals(8.053e-6, m.require(Role.CURRENT).get(0));
        assertEquals(-0.699, m.require(Role.POTENTIAL).get(499));
        assertEquals(-3.679e-3, m.require(Role.CURRENT).get(499));
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertTrue(m.segments().isEmpty());
    }

    @Test
    void impedanceSpectrumEqualsImpedancePyReference() throws Exception {
        Measurement m = read("impedance.py/exampleDataCHInstruments.txt");
        assertEquals(Technique.EIS, m.metadata().technique());
        assertEquals(LocalDateTime.of(2020, 2, 20, 15, 55, 8), m.metadata().startTime().orElseThrow());
        Object ref = Json.read(Corpus.root().resolve("reference-values/chi-txt/impedance.py/exampleDataCHInstruments.txt.json"));
        List<?> f = (List<?>) Json.at(ref, "frequency_Hz");
        List<?> re = (List<?>) Json.at(ref, "Z_real_ohm");
        List<?> im = (List<?>) Json.at(ref, "Z_imag_ohm");
        assertEquals(73, m.rows());
        assertEquals(f.size(), m.rows());
        for (int i = 0; i < f.size(); i++) {
            assertClose(((Number) f.get(i)).doubleValue(), m.require(Role.FREQUENCY).get(i));
            assertClose(((Number) re.get(i)).doubleValue(), m.require(Role.Z_REAL).get(i));
            assertClose(((Number) im.get(i)).doubleValue(), m.require(Role.Z_IMAG).get(i));
        }
        assertEquals(-2.748, m.require(Role.Z_IMAG).get(0));
        assertEquals(98.94, m.require(Role.Z_MODULUS).get(0));
        assertEquals(-1.6, m.require(Role.Z_PHASE).get(0));
        assertEquals(0.025, Double.parseDouble(m.metadata().extra().get("Amplitude (V)")));
    }

    /** numpy.allclose defaults, as the source test asserts. */
    private static void assertClose(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= 1e-8 + 1e-5 * Math.abs(expected), expected + " vs " + actual);
    }

    @Test
    void wordInANumberColumnIsLocatedAtItsCell() throws Exception {
        List<String> lines = Files.readAllLines(Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"));
        List<String> broken = new java.util.ArrayList<>(lines);
        broken.set(99, "0.1x, 2.0e-5");
        Path p = dir.resolve("word.txt");
        Files.write(p, broken);
        NernstException e = assertThrows(NernstException.class, () -> read(p, new java.util.ArrayList<>()));
        assertEquals(100, e.location().line().getAsInt(), e.getMessage());
        assertEquals(1, e.location().column().getAsInt());
        assertTrue(e.getMessage().contains("Potential/V"), e.getMessage());
    }

    @Test
    void headerWithoutTableAndCutLastRow() throws Exception {
        String t = Files.readString(Corpus.file("chi-txt/nomad-chemical-energy/LSV.txt"), StandardCharsets.US_ASCII);
        Path header = dir.resolve("header.txt");
        Files.writeString(header, String.join("\r\n", t.lines().limit(16).toList()));
        NernstException e = assertThrows(NernstException.class, () -> read(header, new java.util.ArrayList<>()));
        assertEquals(16, e.location().line().getAsInt(), e.getMessage());
        Path cut = dir.resolve("cut.txt");
        Files.writeString(cut, t.substring(0, t.stripTrailing().length() - 4));
        List<String> warnings = new java.util.ArrayList<>();
        Measurement m = read(cut, warnings);
        assertEquals(499, m.rows());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("cut short")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("give 500 points")), warnings.toString());
    }

    @Test
    void conformanceKit() throws Exception {
        ReaderConformance.check(new ChiTextReader(),
                List.of(Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"), Corpus.file("chi-txt/nomad-chemical-energy/LSV.txt"),
                        Corpus.file("chi-txt/impedance.py/exampleDataCHInstruments.txt")),
                List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt"),
                        Corpus.file("generic-csv/impedance.py/exampleData.csv"),
                        Corpus.file("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt"),
                        Corpus.file("parstat-txt/impedance.py/exampleDataParstat.txt"),
                        Corpus.file("powersuite-txt/impedance.py/exampleDataPowersuite.txt"),
                        Corpus.file("zview-zplotw-ascii/impedance.py/exampleDataAutolab.txt")),
                dir);
    }
}
