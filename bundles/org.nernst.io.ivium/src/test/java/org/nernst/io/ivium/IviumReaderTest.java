package org.nernst.io.ivium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.io.ivium.internal.IviumReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;
import org.nernst.testing.ReaderConformance;

/** The Ivium containers of the corpus (pyimpspec's synthetic TC-1 spectrum) against its control data. */
class IviumReaderTest {
    @TempDir
    Path dir;

    private static List<Measurement> read(Path p) throws Exception {
        return new IviumReader().read(new ReadContext(p, Monitor.none()));
    }

    private static void equalsControlData(String file, Measurement m) throws Exception {
        Object ref = Json.read(Corpus.root().resolve("reference-values/" + file + ".json"));
        List<?> f = (List<?>) Json.at(ref, "frequency_Hz");
        List<?> re = (List<?>) Json.at(ref, "Z_real_ohm");
        List<?> im = (List<?>) Json.at(ref, "Z_imag_ohm");
        assertEquals(29, m.rows());
        for (int i = 0; i < f.size(); i++) {
            assertClose(((Number) f.get(i)).doubleValue(), m.require(Role.FREQUENCY).get(i));
            assertClose(((Number) re.get(i)).doubleValue(), m.require(Role.Z_REAL).get(i));
            assertClose(((Number) im.get(i)).doubleValue(), m.require(Role.Z_IMAG).get(i));
        }
    }

    /** numpy.allclose defaults, as pyimpspec's test asserts (the file holds six significant digits). */
    private static void assertClose(double expected, double actual) {
        assertTrue(Math.abs(actual - expected) <= 1e-8 + 1e-5 * Math.abs(expected), expected + " vs " + actual);
    }

    @Test
    void idfAndIdsSpectra() throws Exception {
        Measurement idf = read(Corpus.file("ivium-idf/pyimpspec/data.idf")).get(0);
        assertEquals(Technique.EIS, idf.metadata().technique());
        assertEquals("Impedance Constant E", idf.metadata().vendorTechnique());
        assertEquals("Test", idf.metadata().extra().get("Title"));
        equalsControlData("ivium-idf/pyimpspec/data.idf", idf);
        List<Measurement> ids = read(Corpus.file("ivium-ids/pyimpspec/data.ids"));
        assertEquals(2, ids.size(), "two data sets titled Test");
        for (Measurement m : ids) {
            equalsControlData("ivium-ids/pyimpspec/data.ids", m);
        }
    }

    @Test
    void damagedCopiesAndConformance() throws Exception {
        byte[] all = Files.readAllBytes(Corpus.file("ivium-idf/pyimpspec/data.idf"));
        String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("1.12058E+02");
        byte[] bad = Arrays.copyOf(all, all.length);
        bad[at + 3] = 'x';
        Path p = dir.resolve("bad.idf");
        Files.write(p, bad);
        NernstException e = assertThrows(NernstException.class, () -> read(p));
        assertEquals(170, e.location().line().getAsInt(), e.getMessage());
        Path cut = dir.resolve("cut.idf");
        Files.write(cut, Arrays.copyOf(all, at));
        e = assertThrows(NernstException.class, () -> read(cut));
        assertTrue(e.getMessage().contains("declares 29 points"), e.getMessage());
        ReaderConformance.check(new IviumReader(),
                List.of(Corpus.file("ivium-idf/pyimpspec/data.idf"), Corpus.file("ivium-ids/pyimpspec/data.ids")),
                List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"), Corpus.file("chi-txt/impedance.py/exampleDataCHInstruments.txt"),
                        Corpus.file("generic-csv/impedance.py/exampleData.csv"), Corpus.file("zplot-z/impedance.py/exampleDataZPlot.z"),
                        Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"), Corpus.file("biologic-mpt/impedance.py/exampleDataBioLogic.mpt")),
                dir);
    }
}
