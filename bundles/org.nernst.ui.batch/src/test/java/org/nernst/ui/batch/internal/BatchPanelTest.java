package org.nernst.ui.batch.internal;

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
import org.nernst.batch.BatchReport;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.ReaderRegistry;
import org.nernst.testing.generators.LabFolder;
import org.nernst.ui.api.Workbench;

/**
 * "Run batch…" on the generated lab folder (ORR rotation series, OER, HER without area, Zn-air
 * cycling and polarization, EIS, one unreadable file): the summary table lists every file and the
 * K-L group, the failure is listed, and the report is written into the folder's nernst-batch.
 */
class BatchPanelTest {
    @TempDir
    Path tmp;

    /** Runs background work at once on the UI thread; tabs go into the shell. */
    static final class Bench implements Workbench {
        final Shell shell;
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
            reported.add(d.severity() + ": " + d.message());
        }

        @Override
        public List<Measurement> read(Path file, Monitor monitor) {
            throw new UnsupportedOperationException("the batch reads with its own importer");
        }

        @Override
        public void openTab(String title, Function<Composite, Control> content) {
            tabs.add(title);
            tab = content.apply(shell);
        }
    }

    @Test
    void folderFromTheExplorerGivesSummaryRowsFailuresAndTheReport() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        Path lab = LabFolder.create(tmp.resolve("lab"));
        BatchAction action = new BatchAction(ReaderRegistry.withBuiltInReaders());
        assertTrue(action.accepts(List.of(lab)));
        assertFalse(action.accepts(List.of(lab.resolve("zab_pol.csv"))), "a file is no batch");
        assertFalse(action.accepts(List.of(lab, tmp)), "one folder at a time");
        Display d = Display.getDefault();
        Shell shell = new Shell(d);
        shell.setLayout(new FillLayout());
        shell.setSize(1300, 600);
        try {
            Bench bench = new Bench(shell);
            action.run(List.of(lab), bench);
            assertEquals(List.of("Batch: lab"), bench.tabs);
            BatchPanel panel = (BatchPanel) bench.tab;
            shell.open();
            panel.start();
            BatchReport r = panel.report().orElseThrow();
            List<List<String>> rows = panel.rows();
            List<String> head = rows.get(0);
            int file = head.indexOf("file");
            int status = head.indexOf("status");
            int analysis = head.indexOf("analysis");
            // 10 files (nernst.json is the settings, not an input) + the K-L group of the 4 PtC_*rpm sweeps
            assertEquals(11, rows.size() - 1, rows.toString());
            assertEquals(r.all().size(), rows.size() - 1);
            assertFalse(head.contains("sha256"));
            List<String> files = rows.stream().skip(1).map(x -> x.get(file)).toList();
            assertTrue(files.containsAll(List.of("PtC_400rpm.csv", "IrO2_oer.mpt", "cell_eis.csv", "zab_cycling.csv", "notes.csv")), files.toString());
            List<String> notes = rows.stream().filter(x -> x.get(file).equals("notes.csv")).findFirst().orElseThrow();
            assertEquals("error", notes.get(status));
            assertEquals(1, panel.failures().size(), panel.failures().toString());
            assertTrue(panel.failures().get(0).startsWith("notes.csv: "), panel.failures().toString());
            assertTrue(rows.stream().anyMatch(x -> x.get(analysis).equals("kl") && x.get(status).equals("ok")), rows.toString());
            assertTrue(bench.reported.stream().anyMatch(m -> m.startsWith("ERROR") && m.contains("batch")), bench.reported.toString());
            Path out = lab.resolve(BatchPanel.DEFAULT_OUT);
            assertEquals(Optional.of(out.resolve("report.html")), panel.reportFile());
            assertTrue(Files.size(out.resolve("summary.csv")) > 0 && Files.isRegularFile(out.resolve("results.json")));
            // the output folder is not read back as input on a second run
            panel.start();
            assertEquals(11, panel.rows().size() - 1);

            long end = System.currentTimeMillis() + 400;
            while (System.currentTimeMillis() < end) {
                if (!d.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            ImageData img = capture(shell);
            save(img, Path.of(System.getProperty("nernst.screenshots", "target/screenshots"), "batch.png"));
            assertTrue(count(img, c -> c.red > 100 && c.green < 40 && c.blue < 40) > 20, "the failed row in dark red");
        } finally {
            shell.dispose();
        }
    }

    /** What the status bar's Cancel does to a running batch: the monitor is cancelled, the run stops with no report. */
    @Test
    void cancelStopsTheBatchAndWritesNoReport() throws Exception {
        Path lab = LabFolder.create(tmp.resolve("lab"));
        Path out = lab.resolve(BatchPanel.DEFAULT_OUT);
        org.nernst.core.CancellableMonitor m = new org.nernst.core.CancellableMonitor() {
            @Override
            public void worked(long units) {
                super.worked(units);
                cancel(); // the user presses Cancel after the first file
            }
        };
        org.junit.jupiter.api.Assertions.assertThrows(Monitor.CancelledException.class,
                () -> BatchPanel.runBatch(lab, out, ReaderRegistry.withBuiltInReaders(), m));
        assertFalse(Files.exists(out.resolve("report.html")));
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

    static int count(ImageData d, java.util.function.Predicate<RGB> kind) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                if (kind.test(d.palette.getRGB(d.getPixel(x, y)))) {
                    n++;
                }
            }
        }
        return n;
    }
}
