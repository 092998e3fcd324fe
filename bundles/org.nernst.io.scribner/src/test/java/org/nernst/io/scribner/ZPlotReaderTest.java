package org.nernst.io.scribner;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.io.scribner.internal.ZPlotReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** Every ZPlot/ZView file of the corpus against impedance.py's reference arrays (PROVENANCE.md). */
class ZPlotReaderTest {
    @TempDir
    Path dir;

    private static Measurement read(Path p, List<String> warnings) throws Exception {
        ReadContext ctx = new ReadContext(p, Monitor.none());
        Measurement m = new ZPlotReader().read(ctx).get(0);
        ctx.diagnostics().forEach(d -> warnings.add(d.message()));
        return m;
    }

    @ParameterizedTest
    @CsvSource({"zplot-z/impedance.py/exampleDataZPlot.z, 21", "zview-zplotw-ascii/impedance.py/exampleDataAutolab.txt, 41"})
    void spectrumEqualsReference(String file, int rows) throws Exception {
        Measurement m = read(Corpus.file(file), new ArrayList<>());
        assertEquals(Technique.EIS, m.metadata().technique());
        assertEquals(rows, m.rows());
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

    @ParameterizedTest
    @CsvSource({"Circuit1_EIS_1.z, 48", "Circuit2_EIS_1.z, 56", "Circuit2_EIS_2.z, 56", "Circuit3_EIS_1.z, 53"})
    void circuitFiles(String file, int rows) throws Exception {
        Measurement m = read(Corpus.file("zplot-z/impedance.py/" + file), new ArrayList<>());
        assertEquals(rows, m.rows());
        assertEquals(List.of("Freq", "Ampl", "Bias", "Time", "Z'", "Z''", "GD", "Err", "Range"),
                m.channels().stream().map(c -> c.name()).toList());
        assertEquals("Ω", m.require(Role.Z_REAL).unit());
    }

    @Test
    void headerMetadataAndDeclaredCount() throws Exception {
        List<String> warnings = new ArrayList<>();
        Measurement m = read(Corpus.file("zplot-z/impedance.py/exampleDataZPlot.z"), warnings);
        assertEquals("Sweep Frequency, Control Voltage", m.metadata().vendorTechnique());
        assertEquals(LocalDateTime.of(2018, 10, 12, 11, 4, 34), m.metadata().startTime().orElseThrow());
        assertEquals(1.0, m.metadata().electrodeAreaCm2().orElseThrow());
        assertEquals(147.77, m.require(Role.Z_REAL).get(0));
        assertEquals(-11.335, m.require(Role.Z_IMAG).get(0));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("declares 56 data points, the file holds 21")), warnings.toString());
    }

    @Test
    void damagedCopiesAndConformance() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Corpus.file("zplot-z/impedance.py/Circuit1_EIS_1.z")));
        int data = lines.indexOf("End Comments") + 1;
        lines.set(data + 5, lines.get(data + 5).replaceFirst("\t[^\t]+\t", "\tx1\t"));
        Path p = dir.resolve("bad.z");
        Files.write(p, lines);
        NernstException e = assertThrows(NernstException.class, () -> read(p, new ArrayList<>()));
        assertEquals(data + 6, e.location().line().getAsInt(), e.getMessage());
        assertEquals(2, e.location().column().getAsInt(), e.getMessage());
        Path head = dir.resolve("head.z");
        Files.write(head, lines.subList(0, 40));
        e = assertThrows(NernstException.class, () -> read(head, new ArrayList<>()));
        assertTrue(e.getMessage().contains("End Comments"), e.getMessage());
        ReaderConformance.check(new ZPlotReader(),
                List.of(Corpus.file("zplot-z/impedance.py/Circuit1_EIS_1.z"), Corpus.file("zview-zplotw-ascii/impedance.py/exampleDataAutolab.txt")),
                List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("chi-txt/impedance.py/exampleDataCHInstruments.txt"),
                        Corpus.file("generic-csv/impedance.py/exampleData.csv"), Corpus.file("parstat-txt/impedance.py/exampleDataParstat.txt"),
                        Corpus.file("biologic-mpt/impedance.py/exampleDataBioLogic.mpt")),
                dir);
    }

    @Test
    void byteOrderMarkAloneIsALocatedInputError() throws Exception {
        // fuzz finding (session 3): a file of only a UTF-8 BOM decoded to no line and lines.get(0) threw
        Path p = dir.resolve("bom.z");
        Files.write(p, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        NernstException e = assertThrows(NernstException.class, () -> read(p, new ArrayList<>()));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }
}
