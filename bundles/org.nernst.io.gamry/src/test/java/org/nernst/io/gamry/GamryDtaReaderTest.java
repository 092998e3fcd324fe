package org.nernst.io.gamry;

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
import org.nernst.io.gamry.internal.GamryDtaReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** Every Gamry file of the corpus against the values its source repository asserts (PROVENANCE.md). */
class GamryDtaReaderTest {
    @TempDir
    Path dir;

    private static List<Measurement> read(String corpus) throws Exception {
        return new GamryDtaReader().read(new ReadContext(Corpus.file("gamry-dta/" + corpus), Monitor.none()));
    }

    @Test
    void chronoamperometry() throws Exception {
        Measurement m = read("gamry-parser/chronoa_data.dta").get(0);
        assertEquals(Technique.CA, m.metadata().technique());
        assertEquals(10, m.rows());
        assertEquals(0, m.require(Role.TIME).get(0));
        assertEquals(270, m.require(Role.TIME).get(9));
        assertEquals(-5.4e-4, m.require(Role.POTENTIAL).get(0), 1e-15);
        assertEquals(0.4, m.require(Role.POTENTIAL).get(9), 1e-15);
        assertEquals(3e-9, m.require(Role.CURRENT).get(9), 1e-20);
        assertEquals(LocalDateTime.of(2019, 3, 10, 12, 0), m.metadata().startTime().orElseThrow());
        assertEquals(1.0, m.metadata().electrodeAreaCm2().orElseThrow());
    }

    @Test
    void cyclicVoltammetryCurvesAreCycles() throws Exception {
        Measurement m = read("gamry-parser/cv_data.dta").get(0);
        List<Segment> cycles = m.segments(Segment.Kind.CYCLE);
        assertEquals(5, cycles.size());
        assertEquals(0.00123456, m.metadata().scanRateVPerS().orElseThrow(), 1e-15);
        Segment first = cycles.get(0);
        assertEquals(0.1, m.require(Role.TIME).get(first.start()));
        assertEquals(1.0, m.require(Role.TIME).get(first.end() - 1));
        assertEquals(0.5, m.require(Role.POTENTIAL).get(first.end() - 1));
        Segment last = cycles.get(4);
        assertEquals(10, last.rows());
        assertEquals(49, m.channel("Pt").orElseThrow().get(last.end() - 1));
        assertEquals(601.1, m.require(Role.TIME).get(last.end() - 1), 1e-9);
        assertEquals(0.889001, m.require(Role.POTENTIAL).get(last.end() - 1), 1e-12);
        assertEquals(2.622720e-07, m.require(Role.CURRENT).get(last.end() - 1), 1e-18);
        Measurement nomad = read("nomad-chemical-energy/CV.DTA").get(0);
        assertEquals(2, nomad.segments(Segment.Kind.CYCLE).size());
        assertEquals("5.00000E-001", nomad.metadata().extra().get("VLIMIT1"));
        assertTrue(nomad.require(Role.POTENTIAL).get(0) != 0);
        assertEquals(0.0999998, nomad.metadata().scanRateVPerS().orElseThrow(), 1e-12);
        assertEquals(1000, nomad.metadata().rotationRpm().orElseThrow());
    }

    @Test
    void headerOnlyFileIsALocatedError() throws Exception {
        Path file = Corpus.file("gamry-dta/gamry-parser/cv_data_incompleteheader.dta"); // skips outside the assertion
        NernstException e = assertThrows(NernstException.class,
                () -> new GamryDtaReader().read(new ReadContext(file, Monitor.none())));
        assertTrue(e.getMessage().contains("no data table"), e.getMessage());
        assertTrue(e.location().line().isPresent());
    }

    @Test
    void openCircuitVfp600AndSquareWave() throws Exception {
        Measurement ocp = read("gamry-parser/ocp_data.dta").get(0);
        assertEquals(Technique.OCV, ocp.metadata().technique());
        assertEquals(21, ocp.rows());
        assertEquals(5.00833, ocp.require(Role.TIME).get(0), 1e-12);
        assertEquals(105.175, ocp.require(Role.TIME).get(20), 1e-12);
        assertEquals(0.0205436, ocp.require(Role.POTENTIAL).get(0), 1e-12);
        assertEquals(0.0345678, ocp.require(Role.POTENTIAL).get(20), 1e-12);
        assertEquals(LocalDateTime.of(2020, 2, 10, 17, 18), ocp.metadata().startTime().orElseThrow());
        Measurement vfp = read("gamry-parser/vfp600_data.dta").get(0);
        assertEquals(20, vfp.rows());
        assertEquals(127, Math.round(vfp.require(Role.TIME).get(19) * 100));
        assertEquals(0.033333, vfp.require(Role.POTENTIAL).get(19), 1e-12);
        assertEquals(5125, Math.round(vfp.require(Role.CURRENT).get(19) * 1e13));
        Measurement swv = read("gamry-parser/squarewave_data.dta").get(0);
        assertEquals(10, swv.rows());
        assertEquals(0.01, swv.require(Role.TIME).get(0), 1e-15);
        assertEquals("SQUARE_WAVE", swv.metadata().vendorTechnique());
    }

    @Test
    void impedancePyGamrySpectrumExactly() throws Exception {
        List<Measurement> ms = read("impedance.py/exampleDataGamry.DTA");
        assertEquals(2, ms.size(), "OCVCURVE and ZCURVE");
        assertEquals(Technique.OCV, ms.get(0).metadata().technique());
        Measurement z = ms.get(1);
        assertEquals(Technique.EIS, z.metadata().technique());
        Object ref = Json.read(Corpus.root().resolve("reference-values/gamry-dta/impedance.py/exampleDataGamry.DTA.json"));
        @SuppressWarnings("unchecked")
        List<Object> f = (List<Object>) Json.at(ref, "frequency_Hz");
        assertEquals(72, z.rows());
        assertEquals(f.size(), z.rows());
        for (int i = 0; i < f.size(); i++) {
            assertEquals((Double) f.get(i), z.require(Role.FREQUENCY).get(i), 0.0);
        }
        assertEquals(825.8584, z.require(Role.Z_REAL).get(0), 0.0);
        assertEquals(-1367.239, z.require(Role.Z_IMAG).get(0), 0.0);
        assertEquals(17007.49, z.require(Role.Z_REAL).get(71), 0.0);
        assertEquals(-6635.557, z.require(Role.Z_IMAG).get(71), 0.0);
    }

    @Test
    void eisEditedRowsDecimalCommaDriftCorrectionAndBipotentiostat() throws Exception {
        Measurement e = read("gamry-parser/eispot_data.dta").get(0);
        assertEquals(10, e.rows());
        assertEquals(0.5, e.require(Role.FREQUENCY).get(9), 0.0);
        Measurement nomad = read("nomad-chemical-energy/EISPOT.DTA").get(0);
        assertEquals("2.00000E+006", nomad.metadata().extra().get("FREQINIT"));
        assertEquals(1000020, nomad.require(Role.FREQUENCY).get(0), 1);
        Measurement ca = read("nomad-chemical-energy/230531-CA-test2.DTA").get(0);
        assertEquals(105, ca.rows());
        assertEquals(-0.4, ca.require(Role.TIME).get(0), 0.0);
        assertEquals(-9.19035E-008, ca.require(Role.CURRENT).get(0), 0.0);
        List<Measurement> drift = read("pyimpspec/drift-corrected-data.dta");
        assertEquals(3, drift.size(), "OCV, corrected, uncorrected");
        assertTrue(drift.get(1).metadata().vendorTechnique().contains("drift-corrected"));
        assertEquals(drift.get(1).require(Role.FREQUENCY).get(3), drift.get(2).require(Role.FREQUENCY).get(3));
        List<Measurement> rrde = read("nomad-chemical-energy/LSVCA.DTA");
        assertEquals(2, rrde.size());
        assertEquals(Technique.CA, rrde.get(0).metadata().technique());
        assertEquals(Technique.LSV, rrde.get(1).metadata().technique());
        for (String s : List.of("nomad-chemical-energy/LSV.DTA", "nomad-chemical-energy/OCP.DTA", "nomad-chemical-energy/CHRONOA.DTA")) {
            Measurement m = read(s).get(0);
            assertTrue(m.rows() > 100, s);
            assertTrue(m.metadata().technique() != Technique.UNKNOWN, s);
        }
    }

    @Test
    void damagedFilesAndConformance() throws Exception {
        String cv = Files.readString(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), StandardCharsets.ISO_8859_1);
        Path p = dir.resolve("bad.DTA");
        List<String> lines = cv.lines().toList();
        String[] cells = lines.get(99).split("\t");
        cells[4] = "4.1x";
        Files.writeString(p, String.join("\r\n", lines.subList(0, 99)) + "\r\n" + String.join("\t", cells) + "\r\n"
                + String.join("\r\n", lines.subList(100, lines.size())), StandardCharsets.ISO_8859_1);
        NernstException e = assertThrows(NernstException.class, () -> new GamryDtaReader().read(new ReadContext(p, Monitor.none())));
        assertEquals(100, e.location().line().getAsInt(), e.getMessage());
        ReaderConformance.check(new GamryDtaReader(),
                List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("gamry-dta/impedance.py/exampleDataGamry.DTA"),
                        Corpus.file("gamry-dta/nomad-chemical-energy/230531-CA-test2.DTA"), Corpus.file("gamry-dta/gamry-parser/vfp600_data.dta")),
                List.of(Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt"), Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"),
                        Corpus.file("generic-csv/impedance.py/exampleData.csv")),
                dir);
    }
}
