package org.nernst.ui.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.batch.BatchReport;
import org.nernst.core.Monitor;
import org.nernst.core.Severity;
import org.nernst.io.ReaderRegistry;
import org.nernst.testing.generators.LabFolder;
import org.nernst.ui.testing.Screen;
import org.nernst.ui.testing.TestWorkbench;

/**
 * "Run batch…" on the generated lab folder (ORR rotation series, OER, HER without area, Zn-air
 * cycling and polarization, EIS, one unreadable file): the summary table lists every file and the
 * K-L group, the failure is listed, and the report is written into the folder's nernst-batch.
 */
class BatchPanelTest {
    @TempDir
    Path tmp;

    @Test
    void folderFromTheExplorerGivesSummaryRowsFailuresAndTheReport() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        Path lab = LabFolder.create(tmp.resolve("lab"));
        BatchAction action = new BatchAction(ReaderRegistry.withBuiltInReaders());
        assertTrue(action.accepts(List.of(lab)));
        assertFalse(action.accepts(List.of(lab.resolve("zab_pol.csv"))), "a file is no batch");
        assertFalse(action.accepts(List.of(lab, tmp)), "one folder at a time");
        try (TestWorkbench bench = TestWorkbench.open(1300, 600)) {
            Shell shell = bench.shell();
            action.run(List.of(lab), bench);
            assertEquals(List.of("Batch: lab"), bench.tabs());
            BatchPanel panel = (BatchPanel) bench.tab();
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
            assertTrue(bench.reported().stream().anyMatch(m -> m.severity() == Severity.ERROR && m.message().contains("batch")),
                    bench.reported().toString());
            Path out = lab.resolve(BatchPanel.DEFAULT_OUT);
            assertEquals(Optional.of(out.resolve("report.html")), panel.reportFile());
            assertTrue(Files.size(out.resolve("summary.csv")) > 0 && Files.isRegularFile(out.resolve("results.json")));
            // the output folder is not read back as input on a second run
            panel.start();
            assertEquals(11, panel.rows().size() - 1);

            bench.settle(400);
            ImageData img = Screen.screenshot(shell, "batch.png");
            assertTrue(Screen.count(img, c -> c.red > 100 && c.green < 40 && c.blue < 40) > 20, "the failed row in dark red");
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
}
