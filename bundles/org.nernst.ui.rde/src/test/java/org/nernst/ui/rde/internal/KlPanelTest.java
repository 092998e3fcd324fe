package org.nernst.ui.rde.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.analysis.rde.KlResult;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.Importer;
import org.nernst.io.ReaderRegistry;
import org.nernst.testing.generators.ExportFiles;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.ui.api.Workbench;

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

    /** Runs background work at once on the UI thread; reads with the built-in readers; tabs go into the shell. */
    static final class Bench implements Workbench {
        final Shell shell;
        final Importer importer = ReaderRegistry.withBuiltInReaders();
        final List<String> reported = new ArrayList<>();
        final List<String> tabs = new ArrayList<>();
        Control tab;

        Bench(Shell shell) {
            this.shell = shell;
        }

        @Override
        public Shell shell() {
            return shell;
        }

        @Override
        public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
            done.accept(work.apply(Monitor.none()));
        }

        @Override
        public void report(Diagnostic d, String source) {
            reported.add(d.message());
        }

        @Override
        public List<Measurement> read(Path file, Monitor monitor) {
            return importer.read(file, Optional.empty(), monitor).measurements();
        }

        @Override
        public void openTab(String title, Function<Composite, Control> content) {
            tabs.add(title);
            tab = content.apply(shell);
        }
    }

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
        Display d = Display.getDefault();
        Shell shell = new Shell(d);
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 760);
        try {
            Bench bench = new Bench(shell);
            action.run(files, bench);
            assertEquals(List.of("K-L: FeNC (4 files)"), bench.tabs);
            KlPanel panel = (KlPanel) bench.tab;
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
            long end = System.currentTimeMillis() + 500;
            while (System.currentTimeMillis() < end) {
                if (!d.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            ImageData img = capture(shell);
            save(img, Path.of(System.getProperty("nernst.screenshots", "target/screenshots"), "koutecky-levich.png"));
            for (int[] c : KlPlots.LINE_COLORS) {
                if (java.util.Arrays.asList(KlPlots.LINE_COLORS).indexOf(c) >= Math.min(r.points().size(), KlPanel.MAX_LINES)) {
                    break;
                }
                assertTrue(near(img, c) > 30, "K-L line in colour " + java.util.Arrays.toString(c) + " drawn");
            }
        } finally {
            shell.dispose();
        }
    }

    static ImageData capture(Shell s) {
        Image img = new Image(s.getDisplay(), s.getClientArea().width, s.getClientArea().height);
        GC gc = new GC(s.getDisplay());
        try {
            var o = s.toDisplay(0, 0);
            gc.copyArea(img, o.x, o.y);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    static void save(ImageData data, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageLoader l = new ImageLoader();
        l.data = new ImageData[] {data};
        l.save(file.toString(), SWT.IMAGE_PNG);
    }

    static int near(ImageData d, int[] rgb) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                if (Math.abs(c.red - rgb[0]) < 40 && Math.abs(c.green - rgb[1]) < 40 && Math.abs(c.blue - rgb[2]) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
