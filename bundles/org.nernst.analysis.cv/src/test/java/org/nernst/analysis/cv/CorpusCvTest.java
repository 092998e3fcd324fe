package org.nernst.analysis.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.io.ReaderRegistry;
import org.nernst.io.api.MeasurementReader;
import org.nernst.testing.Corpus;

/**
 * Real CVs and chronoamperograms of the corpus (read from ../shared, never copied): no true values exist, so the
 * checks are sanity: peaks inside the scanned range, anodic above cathodic, charges of the right sign, no crash.
 */
class CorpusCvTest {
    private static Measurement read(String relative) throws Exception {
        Path f = Corpus.file(relative);
        ReaderRegistry r = new ReaderRegistry();
        for (String c : List.of("org.nernst.io.biologic.internal.EcLabTextReader", "org.nernst.io.gamry.internal.GamryDtaReader")) {
            r.add((MeasurementReader) Class.forName(c).getDeclaredConstructor().newInstance(), "test", "");
        }
        Measurement m = r.read(f, Optional.empty(), Monitor.none()).first();
        return m.metadata().sourceFile().isPresent() ? m
                : m.withMetadata(m.metadata().toBuilder().sourceFile(f.getFileName().toString()).build());
    }

    private static void sane(Measurement m, CvResult r) {
        double[] e = m.require(Role.POTENTIAL).toArray();
        double lo = java.util.Arrays.stream(e).min().orElseThrow();
        double hi = java.util.Arrays.stream(e).max().orElseThrow();
        List<CvCycle> cycles = r.files().get(0).cycles();
        assertFalse(cycles.isEmpty());
        for (CvCycle c : cycles) {
            c.anodic().ifPresent(p -> assertTrue(p.potentialV() > lo && p.potentialV() < hi && p.currentMa() > 0, p.toString()));
            c.cathodic().ifPresent(p -> assertTrue(p.potentialV() > lo && p.potentialV() < hi && p.currentMa() < 0, p.toString()));
        }
        assertTrue(r.toJson().containsKey("cycles"));
    }

    @Test
    void polycrystallinePtCv() throws Exception {
        Measurement m = read("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt");
        CvResult r = CvAnalyzer.analyze(List.of(m), CvOptions.defaults());
        sane(m, r);
        assertTrue(r.files().get(0).cycles().stream().anyMatch(c -> c.anodic().isPresent() || c.cathodic().isPresent()),
                "Pt shows H-UPD / oxide peaks");
        // the record ends inside cycle 5 (4 points): H-UPD passes over it to the last complete cycle
        StrippingAnalyzer.Options d = StrippingAnalyzer.Options.defaults();
        StrippingAnalyzer.Options o = new StrippingAnalyzer.Options(d.corrections(), Optional.of(new double[] {0.05, 0.40}),
                Optional.of(new double[] {0.40, 0.50}), d.scanRate(), d.cycle(), d.areaCm2());
        try {
            StrippingResult h = StrippingAnalyzer.hupd(m, o);
            assertTrue(h.warnings().stream().anyMatch(w -> w.contains("incomplete")), h.warnings().toString());
        } catch (org.nernst.core.NernstException e) {
            assertTrue(e.getMessage().contains("charge"), e.getMessage());
        }
    }

    @Test
    void gamryCvs() throws Exception {
        for (String f : List.of("gamry-dta/gamry-parser/cv_data.dta", "gamry-dta/nomad-chemical-energy/CV.DTA")) {
            Measurement m = read(f);
            sane(m, CvAnalyzer.analyze(List.of(m), CvOptions.defaults()));
        }
    }

    @Test
    void realChronoamperometryRetention() throws Exception {
        for (String f : List.of("biologic-mpt/ixdat-large-test-files/multiple_techniques_dataset_01_05_CA_C01.mpt",
                "gamry-dta/nomad-chemical-energy/CHRONOA.DTA")) {
            RetentionResult r = RetentionAnalyzer.analyze(read(f), RetentionAnalyzer.Options.defaults());
            assertTrue(r.retentionPct().isPresent() || r.deltaEMv().isPresent(), f);
            r.retentionPct().ifPresent(v -> assertTrue(v > 0 && Double.isFinite(v), f + ": " + v));
            assertEquals(r.durationH(), r.durationH());
        }
    }
}
