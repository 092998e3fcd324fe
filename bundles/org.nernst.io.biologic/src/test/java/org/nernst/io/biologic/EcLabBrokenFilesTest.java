package org.nernst.io.biologic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.biologic.internal.EcLabTextReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReaderConformance;

/** Damaged copies of real files (written to a temp dir; GPL files are never copied into the repo). */
class EcLabBrokenFilesTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    @TempDir
    Path dir;

    private String text(String corpusFile) throws Exception {
        return Files.readString(Corpus.file(corpusFile), CP1252);
    }

    private NernstException fails(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, CP1252);
        return assertThrows(NernstException.class, () -> Fixtures.read(p));
    }

    @Test
    void fileCutInsideTheHeaderNamesTheLastLine() throws Exception {
        String t = text("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt");
        String cut = String.join("\n", t.lines().limit(30).toList());
        NernstException e = fails("cut.mpt", cut);
        assertTrue(e.getMessage().contains("announces 73 lines"), e.getMessage());
        assertEquals(30, e.location().line().getAsInt());
    }

    @Test
    void garbledHeaderCountIsLocatedAtLineTwo() throws Exception {
        String t = text("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt").replace("Nb header lines : 73", "Nb header lines : x3");
        NernstException e = fails("bad.mpt", t);
        assertEquals(2, e.location().line().getAsInt());
    }

    @Test
    void wordInANumberColumnIsLocatedAtItsCell() throws Exception {
        List<String> lines = text("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt").lines().toList();
        String row = lines.get(99);
        String[] cells = row.split("\t");
        cells[8] = "n/a";
        String broken = String.join("\n", lines.subList(0, 99)) + "\n" + String.join("\t", cells) + "\n"
                + String.join("\n", lines.subList(100, lines.size())) + "\n";
        NernstException e = fails("word.mpt", broken);
        assertEquals(100, e.location().line().getAsInt());
        assertEquals(9, e.location().column().getAsInt());
        assertTrue(e.getMessage().contains("Ewe/V"), e.getMessage());
    }

    @Test
    void shortRowIsAnErrorNotAShiftedTable() throws Exception {
        List<String> lines = text("biologic-mpr/yadg/cv.mpt").lines().toList();
        String row = lines.get(199);
        String shortRow = row.substring(0, row.lastIndexOf('\t'));
        String broken = String.join("\n", lines.subList(0, 199)) + "\n" + shortRow + "\n"
                + String.join("\n", lines.subList(200, lines.size())) + "\n";
        NernstException e = fails("short.mpt", broken);
        assertEquals(200, e.location().line().getAsInt());
    }

    @Test
    void lastRowCutInsideANumberIsDroppedWithAWarning() throws Exception {
        String t = text("biologic-mpr/yadg/cv.mpt");
        String cut = t.substring(0, t.stripTrailing().length() - 5);
        Path p = dir.resolve("cutrow.mpt");
        Files.writeString(p, cut, CP1252);
        var ctx = Fixtures.context(p);
        Measurement m = new EcLabTextReader().read(ctx).get(0);
        assertEquals(5103 - 1, m.rows());
        assertTrue(ctx.diagnostics().stream().anyMatch(d -> d.message().contains("cut short")), ctx.diagnostics().toString());
    }

    @Test
    void conformanceKitOnRealFiles() throws Exception {
        MeasurementReader r = new EcLabTextReader();
        List<Path> samples = List.of(Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt"),
                Corpus.file("biologic-mpt/impedance.py/exampleDataBioLogic.mpt"),
                Corpus.file("biologic-mpt/ixdat-large-test-files/multiple_techniques_dataset_01_07_ZIR_C01.mpt"),
                Corpus.file("biologic-mpt/PyProBE/Sample_data_biologic_no_header.mpt"),
                Corpus.file("biologic-mpr/yadg/mb.issue_95.de.mpt"),
                Corpus.file("biologic-mpr/yadg/peis.issue_225.ewe_ece.mpt"));
        List<Path> foreign = List.of(Corpus.file("gamry-dta/nomad-chemical-energy/CV.DTA"),
                Corpus.file("chi-txt/nomad-chemical-energy/CV-1T.txt"),
                Corpus.file("generic-csv/impedance.py/exampleData.csv"),
                Corpus.file("biologic-mpr/yadg/cv.mpr"),
                Corpus.file("autolab-nova-ascii/electrochemical_ECSA_processing_autolab/ECSA_0005mV.txt"));
        ReaderConformance.check(r, samples, foreign, dir);
    }
}
