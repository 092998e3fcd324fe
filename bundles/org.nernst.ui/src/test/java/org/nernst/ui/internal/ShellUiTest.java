package org.nernst.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;
import org.nernst.io.ReaderRegistry;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.internal.views.EisView;
import org.nernst.ui.internal.views.RawDataView;

/** Drives the real shell under X (Xvfb in CI): every view on the sample data, screenshots, failures, live plug-ins. */
class ShellUiTest {
    /** The first palette colour: the first series of every plot. */
    private static final int[] SERIES = {31, 119, 180};

    @TempDir
    Path tmp;

    private Display display;
    private ViewRegistry views;
    private MainWindow window;

    /** A view from a "vendor" bundle that fails while building its control. */
    static final class BrokenView implements MeasurementView {
        @Override
        public String name() {
            return "Broken view";
        }

        @Override
        public Set<Technique> techniques() {
            return Set.of(Technique.LSV);
        }

        @Override
        public Control create(Composite parent, Measurement m, ViewContext ctx) {
            new org.eclipse.swt.widgets.Label(parent, SWT.NONE).setText("half built");
            throw new IllegalStateException("vendor bug: index 7 out of bounds");
        }
    }

    static Path samples() {
        Path p = Path.of("samples");
        return Files.isDirectory(p) ? p.toAbsolutePath() : Path.of("bundles/org.nernst.ui/samples").toAbsolutePath();
    }

    @BeforeEach
    void open() {
        display = Ui.display();
        views = new ViewRegistry();
        views.add(new RawDataView(), "org.nernst.ui", "0.1.0", -100);
        views.add(new EisView(), "org.nernst.ui", "0.1.0", 0);
        ShellServices s = new ShellServices(ReaderRegistry.withBuiltInReaders(), views, tmp.resolve("plugins"),
                tmp.resolve("state.properties"), samples(), List::of);
        window = new MainWindow(display, s);
        window.shell().setLocation(0, 0);
        window.shell().open();
        Ui.settle(200);
    }

    @AfterEach
    void close() {
        if (window == null) {
            return; // skipped: no display
        }
        if (!window.shell().isDisposed()) {
            window.shell().dispose();
        }
        Ui.settle(50);
    }

    private FileEditor openAndWait(String sample) {
        int before = window.editors().editors().size();
        window.open(samples().resolve(sample));
        assertTrue(Ui.spinUntil(() -> window.editors().editors().size() > before && window.status().runningJobs() == 0, 20_000),
                "opened " + sample + "; problems: " + window.problems().rows());
        return window.activeEditor().orElseThrow();
    }

    private ImageData shotOf(FileEditor fe, String name) throws Exception {
        Ui.settle(250);
        Ui.savePng(Ui.capture(window.shell()), Ui.screenshots().resolve(name + ".png"));
        return Ui.capture(fe);
    }

    private static void assertDrawn(ImageData view, String what) {
        double var = Ui.greyVariance(view);
        int series = Ui.pixelsNear(view, SERIES[0], SERIES[1], SERIES[2], 40);
        assertTrue(var > 100, what + ": grey variance " + var + " (blank?)");
        assertTrue(series > 40, what + ": only " + series + " pixels of the first series' colour");
    }

    @Test
    void everyViewOpensOnEverySampleAndDrawsItsData() throws Exception {
        List<String> shown = new ArrayList<>();
        try (var files = Files.list(samples())) {
            for (Path f : files.sorted().toList()) {
                String stem = f.getFileName().toString().replace(".csv", "");
                FileEditor fe = openAndWait(f.getFileName().toString());
                for (String view : fe.viewTabs()) {
                    assertTrue(fe.show(view));
                    ImageData img = shotOf(fe, view.toLowerCase().replaceAll("[^a-z]+", "-") + "-" + stem);
                    assertDrawn(img, view + " of " + stem);
                    shown.add(view + ":" + stem);
                }
            }
        }
        assertTrue(shown.contains("Nyquist / Bode:eis-randles"), shown.toString());
        assertEquals(6, shown.size(), "raw data for 5 samples + Nyquist/Bode for the EIS one: " + shown);
        assertEquals("Nyquist / Bode", window.editors().editors().stream()
                .filter(e -> e.file().toString().contains("eis")).findFirst().orElseThrow().viewTabs().get(0),
                "the technique's own view comes first");
    }

    @Test
    void aThrowingViewBecomesAnErrorPanelAndTheRestKeepsWorking() throws Exception {
        views.add(new BrokenView(), "com.example.broken", "1.2.3", 0);
        Ui.settle(100);
        FileEditor fe = openAndWait("orr-rde-1600rpm-lsv.csv");
        assertEquals(List.of("Broken view!", "Raw data"), fe.viewTabs(), "failed view marked, raw view intact");
        Ui.settle(200);
        Ui.savePng(Ui.capture(window.shell()), Ui.screenshots().resolve("error-panel.png"));
        assertTrue(window.problems().rows().stream().anyMatch(r -> r.startsWith("error") && r.contains("com.example.broken 1.2.3")
                && r.contains("vendor bug")), window.problems().rows().toString());
        assertTrue(fe.show("Raw data"));
        assertDrawn(shotOf(fe, "raw-after-broken"), "raw view next to a broken one");
        FileEditor eis = openAndWait("eis-randles.csv");
        assertEquals(List.of("Nyquist / Bode", "Raw data"), eis.viewTabs());
        assertFalse(window.shell().isDisposed());
        Files.deleteIfExists(Ui.screenshots().resolve("raw-after-broken.png"));
    }

    @Test
    void viewsFromBundlesArriveAndLeaveWhileFilesAreOpen() throws Exception {
        EisView eisView = (EisView) views.all().stream().filter(e -> e.view() instanceof EisView).findFirst().orElseThrow().view();
        views.remove(eisView);
        FileEditor fe = openAndWait("eis-randles.csv");
        assertEquals(List.of("Raw data"), fe.viewTabs());
        Thread binder = new Thread(() -> views.add(eisView, "org.nernst.ui.eis", "0.2.0", 0), "scr-bind");
        binder.start();
        assertTrue(Ui.spinUntil(() -> fe.viewTabs().size() == 2, 5000), fe.viewTabs().toString());
        assertEquals("Nyquist / Bode", fe.viewTabs().get(0));
        Thread unbinder = new Thread(() -> views.remove(eisView), "scr-unbind");
        unbinder.start();
        // unbind waits for the UI thread to dispose the view: pump events until it returns
        assertTrue(Ui.spinUntil(() -> !unbinder.isAlive(), 5000));
        assertEquals(List.of("Raw data"), fe.viewTabs(), "gone before unbind returned");
    }

    @Test
    void settingsAddCurrentDensityAndTheRheScaleToTheRawView() throws Exception {
        FileEditor fe = openAndWait("orr-rde-1600rpm-lsv.csv");
        window.properties().set("Ag/AgCl (sat. KCl)", "0.197", "13", "0.196", "");
        List<Combo> combos = combos(fe);
        assertEquals(3, combos.size());
        assertTrue(Arrays.asList(combos.get(0).getItems()).containsAll(List.of("E vs RHE", "j")), Arrays.toString(combos.get(0).getItems()));
        select(combos.get(0), "E vs RHE");
        select(combos.get(1), "j");
        assertDrawn(shotOf(fe, "raw-data-orr-vs-rhe"), "j vs E(RHE)");
    }

    private static void select(Combo c, String item) {
        c.select(c.indexOf(item));
        c.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private static List<Combo> combos(Control c) {
        List<Combo> out = new ArrayList<>();
        if (c instanceof Combo combo) {
            out.add(combo);
        } else if (c instanceof Composite comp) {
            for (Control ch : comp.getChildren()) {
                out.addAll(combos(ch));
            }
        }
        return out;
    }

    @Test
    void pluginsViewListsReadersAndViewsAndInstallsAJar() throws Exception {
        window.showPlugins();
        Ui.settle(200);
        PluginsPanel pp = (PluginsPanel) window.editors().tabs().getSelection().getControl();
        assertEquals(1, pp.readerRows(), "the generic CSV reader");
        assertEquals(2, pp.viewRows());
        Ui.savePng(Ui.capture(window.shell()), Ui.screenshots().resolve("plugins.png"));
        Path jar = Files.write(tmp.resolve("vendor-reader.jar"), new byte[] {'P', 'K', 3, 4});
        pp.install(jar);
        assertTrue(Files.isRegularFile(tmp.resolve("plugins/vendor-reader.jar")));
    }

    @Test
    void explorerShowsTheSamplesOnFirstStartAndOpensDroppedFiles() throws Exception {
        TreeItem[] roots = window.explorer().tree().getItems();
        assertEquals("Recent files", roots[0].getText());
        List<String> files = Arrays.stream(roots[1].getItems()).map(TreeItem::getText).toList();
        assertTrue(files.containsAll(List.of("eis-randles.csv", "orr-rde-1600rpm-lsv.csv")), files.toString());
        window.explorer().dropped(List.of(samples().resolve("ca-cottrell.csv")));
        assertTrue(Ui.spinUntil(() -> window.editors().editors().size() == 1 && window.status().runningJobs() == 0, 20_000));
        assertEquals(1, window.explorer().tree().getItems()[0].getItemCount(), "now a recent file");
        Ui.savePng(Ui.capture(window.shell()), Ui.screenshots().resolve("shell.png"));
    }

    @Test
    void cancelStopsBackgroundWorkAndTheUiStaysResponsive() {
        window.status().run("slow fit", m -> {
            m.begin("slow fit", 1000);
            for (int k = 0; k < 1000; k++) {
                m.checkCancelled();
                m.worked(1);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return "finished";
        }, v -> window.problems().info("should not finish", "test"), ex -> window.problems().error("failed", "test"));
        assertTrue(Ui.spinUntil(() -> window.status().messageText().contains("slow fit"), 2000));
        Ui.settle(100);
        window.status().cancelAll();
        assertTrue(Ui.spinUntil(() -> window.status().runningJobs() == 0, 5000), "cancelled within 5 s");
        assertTrue(window.status().messageText().contains("cancelled"), window.status().messageText());
        assertTrue(window.problems().rows().stream().noneMatch(r -> r.contains("should not finish") || r.contains("failed")));
    }
}
