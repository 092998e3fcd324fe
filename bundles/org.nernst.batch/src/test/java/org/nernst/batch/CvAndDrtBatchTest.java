package org.nernst.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.ExportFiles;
import org.nernst.testing.generators.ImpedanceModels.TwoArcs;
import org.nernst.testing.generators.ReversibleCv;

/**
 * A folder with a simulated reversible-couple CV and a two-arc impedance spectrum, with "drt": true:
 * the CV goes through the CV analysis (E1/2 = E0, Nernstian peak separation) and the spectrum gets a
 * DRT with both arcs, drawn under its Nyquist plot.
 */
class CvAndDrtBatchTest {
    @TempDir
    Path tmp;

    @Test
    void cvIsAnalysedAsACvAndTheDrtIsAddedAndPlotted() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        ReversibleCv.Params p = ReversibleCv.Params.defaults();
        ExportFiles.csv(ReversibleCv.generate(p, 0.1), dir.resolve("ferrocyanide_cv_100mVs.csv"));
        // arcs at tau1 = 50 Ohm * 1 uF = 50 us and tau2 = 100 Ohm * 1 mF = 0.1 s
        ExportFiles.csv(EisSpectra.spectrum(new TwoArcs(10, 50, 1e-6, 1, 100, 1e-3, 1), EisSpectra.logFrequencies(1e5, 1e-2, 10), 0.01,
                9, false), dir.resolve("film_eis.csv"));
        Files.writeString(dir.resolve("nernst.json"), "{\"drt\": true, \"circuit\": \"R0-p(R1,C1)-p(R2,C2)\"}");
        Path out = tmp.resolve("out");
        BatchReport r = BatchEngineTest.runOn(dir, out);
        Map<String, FileEntry> byFile = r.files().stream().collect(Collectors.toMap(FileEntry::file, Function.identity()));

        FileEntry cv = byFile.get("ferrocyanide_cv_100mVs.csv");
        assertEquals("cv", cv.analysis(), cv.toJson().toString());
        Map<String, Object> c = cv.result().orElseThrow();
        assertEquals(2, ((Number) c.get("n_cycles")).intValue());
        assertEquals(p.e0V(), ((Number) c.get("e_half_V")).doubleValue(), 0.002, "E1/2 = E0");
        // 2.22 RT/F = 57 mV (Bard & Faulkner eq. 6.5.3) for the reversible couple
        assertEquals(58, ((Number) c.get("delta_ep_mV")).doubleValue(), 3);
        assertTrue(c.get("cycles") instanceof List<?> l && l.size() == 2, "the per-cycle list of the cv command stays");

        FileEntry eis = byFile.get("film_eis.csv");
        assertEquals("eis", eis.analysis(), eis.errorMessage());
        @SuppressWarnings("unchecked")
        Map<String, Object> drt = (Map<String, Object>) eis.result().orElseThrow().get("drt");
        List<?> peaks = (List<?>) drt.get("peaks");
        assertEquals(2, peaks.size(), drt.get("peaks").toString());
        assertEquals(5e-5, ((Number) ((Map<?, ?>) peaks.get(0)).get("tau_s")).doubleValue(), 0.05 * 5e-5);
        assertEquals(100, ((Number) ((Map<?, ?>) peaks.get(1)).get("r_ohm")).doubleValue(), 3);

        BufferedImage nyquistAndDrt = ImageIO.read(out.resolve("plots").resolve(BatchOutputs.plotName(eis)).toFile());
        assertEquals(800, nyquistAndDrt.getHeight(), "DRT drawn under the Nyquist plot");
        BufferedImage lower = nyquistAndDrt.getSubimage(0, 400, 640, 400);
        assertTrue(BatchEngineTest.colours(lower) > 3, "the DRT panel is blank");
        BufferedImage cvPlot = ImageIO.read(out.resolve("plots").resolve(BatchOutputs.plotName(cv)).toFile());
        assertTrue(BatchEngineTest.colours(cvPlot) > 3, "the CV plot is blank");
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.lines().findFirst().orElse("").contains("delta_ep_mV"), csv);
    }
}
