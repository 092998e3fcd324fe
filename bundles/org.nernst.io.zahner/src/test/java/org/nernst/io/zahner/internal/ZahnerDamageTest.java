package org.nernst.io.zahner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;

/**
 * Cut and corrupted copies of the corpus files (written to a temporary folder) give located input
 * errors; the probe claims every Zahner file and no file of another corpus format.
 */
class ZahnerDamageTest {
    private static final String[] FILES = {
        "zahner-ism/Zahner-Analysis-Python/rc-data.ism", "zahner-ism/nomad-chemical-energy/02_peis_ocv.ism",
        "zahner-isw/nomad-chemical-energy/21-cp-625ma-5min.isw", "zahner-isc/nomad-chemical-energy/pt-wire-cv-.isc",
    };

    @TempDir
    Path dir;

    private Path write(String name, byte[] b) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    private static NernstException fails(Path p) {
        NernstException e = assertThrows(NernstException.class, () -> new ZahnerReader().read(new ReadContext(p, Monitor.none())));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        return e;
    }

    @Test
    void everyCutIsALocatedError() throws IOException {
        for (String f : FILES) {
            byte[] all = Files.readAllBytes(Corpus.file(f));
            String name = Path.of(f).getFileName().toString();
            for (int cut : new int[] {0, 5, 13, 100, all.length / 3, all.length / 2, all.length - 300, all.length - 1}) {
                Path p = write("cut-" + cut + "-" + name, Arrays.copyOf(all, cut));
                if (name.endsWith(".isw") && cut > all.length - 258) {
                    // inside the settings block after the texts: data whole, a warning says the file is short
                    ReadContext c = new ReadContext(p, Monitor.none());
                    assertEquals(301, new ZahnerReader().read(c).get(0).rows());
                    assertTrue(c.diagnostics().get(0).message().contains("may be cut"), c.diagnostics().toString());
                    continue;
                }
                NernstException e = fails(p);
                assertTrue(e.location().offset().isPresent(), f + " cut at " + cut + ": " + e.getMessage());
                assertTrue(e.location().offset().getAsLong() <= cut, f + " cut at " + cut + ": offset within the file");
            }
        }
    }

    @Test
    void hostileCountsAreRefusedBeforeAllocating() throws IOException {
        byte[] ism = Files.readAllBytes(Corpus.file(FILES[0]));
        // point count 2^47 - 1 at byte 6: would be terabytes if believed
        byte[] b = ism.clone();
        b[6] = 0x7F;
        NernstException e = fails(write("huge.ism", b));
        assertEquals(6, e.location().offset().getAsLong(), e.getMessage());
        assertTrue(e.getMessage().contains("declares"), e.getMessage());
        // negative count
        b = ism.clone();
        b[6] = (byte) 0x80;
        assertEquals(6, fails(write("neg.ism", b)).location().offset().getAsLong());
        // a text length pointing past the end of the file (the date field after the significances)
        b = ism.clone();
        int dateAt = 12 + 34 * 75;
        b[dateAt] = 0x7F;
        e = fails(write("text.ism", b));
        assertTrue(e.getMessage().contains("the date"), e.getMessage());

        byte[] isw = Files.readAllBytes(Corpus.file(FILES[2]));
        b = isw.clone();
        b[12] = 0x7F;
        assertEquals(12, fails(write("huge.isw", b)).location().offset().getAsLong());

        byte[] isc = Files.readAllBytes(Corpus.file(FILES[3]));
        b = isc.clone();
        b[136] = 0x7F;
        assertEquals(136, fails(write("huge.isc", b)).location().offset().getAsLong());
    }

    @Test
    void aGarbledPotentialScaleIsRefusedNotGuessed() throws IOException {
        byte[] isc = Files.readAllBytes(Corpus.file(FILES[3]));
        String text = new String(isc, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("po/pf"); // stored case-swapped
        assertTrue(at > 0);
        byte[] b = isc.clone();
        b[at] = 'x';
        NernstException e = fails(write("scale.isc", b));
        assertTrue(e.getMessage().contains("potential scale"), e.getMessage());
        assertTrue(e.location().offset().getAsLong() < at);
    }

    @Test
    void aCorruptedFrequencyIsLocated() throws IOException {
        byte[] b = Files.readAllBytes(Corpus.file(FILES[1]));
        int third = 12 + 8 * 2;
        b[third] = (byte) 0xFF; // sign bit and exponent: a negative/NaN frequency
        NernstException e = fails(write("freq.ism", b));
        assertEquals(third, e.location().offset().getAsLong(), e.getMessage());
    }

    private static int probe(Path f) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(f)) {
            head = in.readNBytes(ProbeInput.HEAD_BYTES);
        }
        return new ZahnerReader().probe(new ProbeInput(f.getFileName().toString(), Files.size(f), head));
    }

    @Test
    void probeClaimsZahnerFilesAndNoOtherCorpusFile() throws IOException {
        Path root = Corpus.dir("zahner-ism").getParent(); // skips (locally) or fails (CI) without the corpus
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(Files::isRegularFile).toList();
        }
        List<String> wrong = new ArrayList<>();
        int zahner = 0;
        int foreign = 0;
        for (Path f : all) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            boolean ours = rel.startsWith("zahner-") && List.of("ism", "isw", "isc").contains(ext);
            int p = probe(f);
            if (ours) {
                zahner++;
                if (p != MeasurementReader.CERTAIN) {
                    wrong.add(rel + " " + p);
                }
            } else {
                foreign++;
                if (p > MeasurementReader.GENERIC) {
                    wrong.add(rel + " " + p);
                }
            }
        }
        assertEquals(14, zahner, "the 14 Zahner corpus files: 11 .ism, 2 .isw, 1 .isc");
        assertTrue(foreign > 100, "other corpus files probed: " + foreign);
        assertEquals(List.of(), wrong);
        // without their extensions, spectra and polarization files are still recognised by structure
        byte[] ism = Files.readAllBytes(Corpus.file(FILES[0]));
        assertEquals(MeasurementReader.LIKELY, new ZahnerReader().probe(new ProbeInput("spectrum.bin", ism.length, ism)));
        byte[] isw = Files.readAllBytes(Corpus.file(FILES[2]));
        assertEquals(MeasurementReader.LIKELY, new ZahnerReader().probe(new ProbeInput("series.dat", isw.length, isw)));
        assertEquals(55, new ZahnerReader().read(new ReadContext(write("spectrum.bin", ism), Monitor.none())).get(0).rows());
        assertEquals(301, new ZahnerReader().read(new ReadContext(write("series.dat", isw), Monitor.none())).get(0).rows());
    }

    @Test
    void conformance() throws IOException {
        List<Path> samples = Stream.of(FILES).map(Corpus::file).toList();
        List<Path> foreign = List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"),
                Corpus.file("biologic-mpr/yadg/peis.mpr"), Corpus.file("ivium-idf/pyimpspec/data.idf"),
                Corpus.file("ecochemie-dfr/pyimpspec/data.dfr"), Corpus.file("zplot-z/impedance.py/exampleDataZPlot.z"),
                Corpus.file("generic-csv/impedance.py/exampleData.csv"),
                Corpus.file("zahner-isw/nomad-chemical-energy/21-cp-625ma-5min_c.txt"));
        ReaderConformance.check(new ZahnerReader(), samples, foreign, dir);
    }
}
