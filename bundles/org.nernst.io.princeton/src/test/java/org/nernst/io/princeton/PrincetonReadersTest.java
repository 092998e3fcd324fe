package org.nernst.io.princeton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.princeton.internal.ParTextReader;
import org.nernst.io.princeton.internal.VersaStudioReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** PARSTAT, PowerSuite and VersaStudio files of the corpus against impedance.py's reference arrays. */
class PrincetonReadersTest {
    private static final String PARSTAT = "parstat-txt/impedance.py/exampleDataParstat.txt";
    private static final String POWERSUITE = "powersuite-txt/impedance.py/exampleDataPowersuite.txt";
    private static final String VERSA = "versastudio-par/impedance.py/exampleDataVersaStudio.par";
    @TempDir
    Path dir;

    private static List<Measurement> read(MeasurementReader r, Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        List<Measurement> ms = r.read(ctx);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return ms;
    }

    private static void equalsReference(String file, Measurement m) throws Exception {
        Object ref = Json.read(Corpus.root().resolve("reference-values/" + file + ".json"));
        List<?> f = (List<?>) Json.at(ref, "frequency_Hz");
        List<?> re = (List<?>) Json.at(ref, "Z_real_ohm");
        List<?> im = (List<?>) Json.at(ref, "Z_imag_ohm");
        assertEquals(f.size(), m.rows());
        for (int i = 0; i < f.size(); i++) {
            assertClose(((Number) f.get(i)).doubleValue(), m.require(Role.FREQUENCY).get(i));
            assertClose(((Number) re.get(i)).doubleValue(), m.require(Role.Z_REAL).get(i));
            assertClose(((Number) im.get(i)).doubleValue(), m.require(Role.Z_IMAG).get(i));
        }
    }

    /** numpy.allclose defaults, as the source tests assert. */
    private static void assertClose(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= 1e-8 + 1e-5 * Math.abs(expected), expected + " vs " + actual);
    }

    @Test
    void parstatDcRowsAndSpectrum() throws Exception {
        List<Measurement> ms = read(new ParTextReader(), Corpus.file(PARSTAT), new ArrayList<>());
        assertEquals(2, ms.size());
        assertEquals(812 - 31, ms.get(0).rows());
        // the DC rows go from -0.150 A to +0.168 A at 3.30..3.50 V: neither hold, so no technique is claimed
        assertEquals(Technique.UNKNOWN, ms.get(0).metadata().technique());
        assertEquals(3.49322700500488, ms.get(0).require(Role.POTENTIAL).get(0));
        assertEquals(-0.149962306022644, ms.get(0).require(Role.CURRENT).get(0));
        assertEquals(Technique.EIS, ms.get(1).metadata().technique());
        equalsReference(PARSTAT, ms.get(1));
    }

    @Test
    void powerSuiteSpectrum() throws Exception {
        List<String> warnings = new ArrayList<>();
        Measurement m = read(new ParTextReader(), Corpus.file(POWERSUITE), warnings).get(0);
        assertEquals(30, m.rows());
        equalsReference(POWERSUITE, m);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void versaStudioSegmentWithItsAction() throws Exception {
        List<String> warnings = new ArrayList<>();
        List<Measurement> ms = read(new VersaStudioReader(), Corpus.file(VERSA), warnings);
        assertEquals(1, ms.size());
        Measurement m = ms.get(0);
        assertEquals(Technique.EIS, m.metadata().technique());
        assertEquals("Potentiostatic EIS", m.metadata().vendorTechnique());
        assertEquals(61, m.rows());
        assertEquals(1.0, m.metadata().electrodeAreaCm2().orElseThrow());
        assertEquals(LocalDateTime.of(2018, 7, 19, 9, 40, 30), m.metadata().startTime().orElseThrow());
        assertTrue(m.metadata().scanRateVPerS().isEmpty(), "an EIS action's scan rate setting is not a sweep rate");
        assertEquals("Princeton Applied Research VersaSTAT4 SN 16334007", m.metadata().instrument());
        assertEquals(1.812, m.require(Role.TIME).get(0));
        equalsReference(VERSA, m);
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void damagedCopiesAndConformance() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Corpus.file(VERSA)));
        lines.set(129, lines.get(129).replace(",5.963,", ",5.9x3,"));
        Path p = dir.resolve("bad.par");
        Files.write(p, lines);
        NernstException e = assertThrows(NernstException.class, () -> read(new VersaStudioReader(), p, new ArrayList<>()));
        assertEquals(130, e.location().line().getAsInt(), e.getMessage());
        Path cut = dir.resolve("cut.par");
        Files.write(cut, Files.readAllLines(Corpus.file(VERSA)).subList(0, 140));
        List<String> warnings = new ArrayList<>();
        // rows on lines 117..140, the last dropped as possibly cut
        assertEquals(140 - 117 + 1 - 1, read(new VersaStudioReader(), cut, warnings).get(0).rows());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("not closed")), warnings.toString());
        List<Path> foreign = List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("chi-txt/impedance.py/exampleDataCHInstruments.txt"),
                Corpus.file("generic-csv/impedance.py/exampleData.csv"), Corpus.file("zplot-z/impedance.py/exampleDataZPlot.z"),
                Corpus.file("biologic-mpt/impedance.py/exampleDataBioLogic.mpt"),
                Corpus.file("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt"));
        ReaderConformance.check(new ParTextReader(), List.of(Corpus.file(PARSTAT), Corpus.file(POWERSUITE)), foreign, dir);
        ReaderConformance.check(new VersaStudioReader(), List.of(Corpus.file(VERSA)), foreign, dir);
    }
}
