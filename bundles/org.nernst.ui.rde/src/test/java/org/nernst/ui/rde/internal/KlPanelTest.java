package org.nernst.ui.rde.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.analysis.rde.KlResult;
import org.nernst.io.Importer;
import org.nernst.io.ReaderRegistry;
import org.nernst.testing.generators.ExportFiles;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.ui.testing.Screen;
import org.nernst.ui.testing.TestWorkbench;
import org.nernst.ui.testing.ViewHarness;

/**
 * The K-L action on a rotation series the ORR generator wrote with a known electron number (n = 3,
 * a mixed 2e/4e catalyst): files as CSV exports named "..._NNNNrpm.csv" without area, potentials vs
 * RHE; the panel must give n back and draw the K-L lines.
 */
class KlPanelTest {
    static final double N = 3.0;
    static final double AREA = 0.196;

    @TempDir
    Path tmp;

    static List<Path> series(Path dir) throws Exception {
        List<Path> out = new ArrayList<>();
        for (double rpm : new double[] {400, 900, 1600, 2500}) {
            // 0.1 M KOH transport (the generator's defaults = the 0.1M-KOH preset), |jk| = 1 mA cm^-2 at 0.85 V, 60 mV/dec
            OrrLsv.Params p = OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withCell(N, 1.2e-6, 0, 0)
                    .withRpm(rpm).withNoise(7 + (long) rpm, 2e-8);
            out.add(ExportFiles.csv(OrrLsv.generate(p), dir.resolve(String.format("FeNC_%drpm.csv", (int) rpm))));
        }
        return out;
    }

    @Test
    void rotationSeriesGivesTheGeneratorsElectronNumber() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        List<Path> files = series(tmp);
        KlAction action = new KlAction();
        assertTrue(action.accepts(files));
        assertFalse(action.accepts(files.subList(0, 2)), "two rates make no K-L analysis");
        assertFalse(action.accepts(List.of(tmp, files.get(0), files.get(1))), "folders are not sweeps");
        Importer importer = ReaderRegistry.withBuiltInReaders();
        try (TestWorkbench bench = TestWorkbench.open(1300, 760)
                .readingWith((file, monitor) -> importer.read(file, Optional.empty(), monitor).measurements())) {
            Shell shell = bench.shell();
            action.run(files, bench);
            assertEquals(List.of("K-L: FeNC (4 files)"), bench.tabs());
            KlPanel panel = (KlPanel) bench.tab();
            // the files record no area: the analysis says so instead of failing the view
            assertTrue(panel.statusText().contains("area"), panel.statusText());
            panel.settings("0.1M-KOH", "rhe", "", Double.toString(AREA));
            panel.analyse();
            KlResult r = panel.result().orElseThrow(() -> new AssertionError(panel.statusText()));
            assertEquals(List.of(400.0, 900.0, 1600.0, 2500.0), r.rpm(), "rates from the file names");
            assertTrue(r.rhe());
            assertEquals(N, r.nMean(), 0.05, panel.statusText());
            assertTrue(r.points().size() >= 5, "a grid over the mixed-control region: " + r.points().size());
            shell.open();
            bench.settle(500);
            ImageData img = Screen.screenshot(shell, "koutecky-levich.png");
            for (int[] c : KlPlots.LINE_COLORS) {
                if (java.util.Arrays.asList(KlPlots.LINE_COLORS).indexOf(c) >= Math.min(r.points().size(), KlPanel.MAX_LINES)) {
                    break;
                }
                assertTrue(ViewHarness.pixelsNear(img, new RGB(c[0], c[1], c[2])) > 30, "K-L line in colour " + java.util.Arrays.toString(c) + " drawn");
            }
        }
    }
}
