package org.nernst.ui.batch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nernst.batch.BatchEngine;
import org.nernst.batch.BatchOptions;
import org.nernst.batch.BatchOutputs;
import org.nernst.batch.BatchReport;
import org.nernst.batch.FileEntry;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.io.Importer;
import org.nernst.ui.api.Workbench;

/**
 * A batch run on one folder, as {@code nernst batch DIR --out DIR} does it (settings from the
 * folder's nernst.json / nernst.yaml; output by default in {@code DIR/nernst-batch}, which the run
 * skips as input): runs on a worker with the status-bar progress and cancel, then shows the summary
 * table (failures in red and in the problems panel) and opens the HTML report on request.
 */
final class BatchPanel extends Composite {
    /** The output folder the CLI documentation suggests and the panel proposes. */
    static final String DEFAULT_OUT = "nernst-batch";
    private final Path dir;
    private final Importer importer;
    private final Workbench bench;
    private final Text out;
    private final Button run;
    private final Button openReport;
    private final Label status;
    private final Table table;
    private final org.eclipse.swt.widgets.List failures;
    private Optional<BatchReport> report = Optional.empty();

    BatchPanel(Composite parent, Path dir, Importer importer, Workbench bench) {
        super(parent, SWT.NONE);
        this.dir = dir;
        this.importer = importer;
        this.bench = bench;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText("Folder " + dir + "  →  output:");
        out = new Text(bar, SWT.BORDER);
        out.setText(dir.resolve(DEFAULT_OUT).toString());
        out.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(bar, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog d = new DirectoryDialog(getShell());
            d.setFilterPath(dir.toString());
            String s = d.open();
            if (s != null) {
                out.setText(s);
            }
        });
        run = new Button(bar, SWT.PUSH);
        run.setText("Run");
        run.addListener(SWT.Selection, e -> start());
        openReport = new Button(bar, SWT.PUSH);
        openReport.setText("Open HTML report");
        openReport.setEnabled(false);
        openReport.addListener(SWT.Selection, e -> reportFile().ifPresent(f -> Program.launch(f.toString())));
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));
        status.setText(settingsHint(dir) + " Press Run; progress and Cancel are in the status bar.");
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(this, SWT.NONE).setText("Failed files (the batch went on without them):");
        failures = new org.eclipse.swt.widgets.List(this, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData fd = new GridData(SWT.FILL, SWT.FILL, true, false);
        fd.heightHint = 70;
        failures.setLayoutData(fd);
        failures.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
    }

    private static String settingsHint(Path dir) {
        return org.nernst.batch.ProjectSettings.FILE_NAMES.stream().filter(n -> Files.isRegularFile(dir.resolve(n))).findFirst()
                .map(n -> "Settings from " + n + ".").orElse("No nernst.json / nernst.yaml in the folder: analyses use their defaults.");
    }

    /** What one run gives: the report with the written files' timings. */
    record Outcome(BatchReport report, Path out) {
    }

    /** Starts the run (the Run button). */
    void start() {
        Path target = Path.of(out.getText().strip());
        run.setEnabled(false);
        openReport.setEnabled(false);
        status.setText("running …");
        org.eclipse.swt.widgets.Display display = getDisplay();
        bench.runInBackground("Batch " + dir.getFileName(), m -> {
            try {
                return runBatch(dir, target, importer, m);
            } finally {
                display.asyncExec(() -> {
                    // re-enable also after a cancel or failure (then no result arrives)
                    if (!run.isDisposed()) {
                        run.setEnabled(true);
                    }
                });
            }
        }, this::show);
    }

    static Outcome runBatch(Path dir, Path out, Importer importer, org.nernst.core.Monitor m) {
        long t0 = System.nanoTime();
        if (System.getProperty("java.awt.headless") == null) {
            // the report's plots are drawn into images with java.awt: never let AWT open its own display next to SWT
            System.setProperty("java.awt.headless", "true");
        }
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw org.nernst.core.NernstException.input("cannot create the output folder: " + e.getMessage(), Location.file(out.toString()));
        }
        BatchReport r = new BatchEngine(importer, BatchEngine.standardRunners()).run(dir, BatchOptions.defaults(), Optional.of(out), m);
        return new Outcome(BatchOutputs.write(r, out, t0), out);
    }

    private void show(Outcome o) {
        if (isDisposed()) {
            return;
        }
        report = Optional.of(o.report());
        run.setEnabled(true);
        fill(SummaryTable.parse(BatchOutputs.summaryCsv(o.report())));
        BatchReport r = o.report();
        status.setText(String.format(java.util.Locale.ROOT, "%d entries, %d failed, %.1f s; written to %s",
                r.all().size(), r.failed(), r.times().wallS(), o.out()));
        failures.removeAll();
        for (FileEntry e : r.all()) {
            if (!e.ok()) {
                failures.add(e.file() + ": " + e.errorMessage());
                bench.report(Diagnostic.error("batch: " + e.errorMessage(), Location.file(e.file())), dir.getFileName().toString());
            }
        }
        openReport.setEnabled(reportFile().isPresent());
        layout(true, true);
    }

    private void fill(List<List<String>> rows) {
        table.removeAll();
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        if (rows.isEmpty()) {
            return;
        }
        // the SHA-256 column is for the record, not for reading
        int shown = rows.get(0).indexOf("sha256") >= 0 ? rows.get(0).indexOf("sha256") : rows.get(0).size();
        int statusCol = rows.get(0).indexOf("status");
        for (int i = 0; i < shown; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(rows.get(0).get(i));
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(row.subList(0, Math.min(shown, row.size())).stream().map(BatchPanel::display).toArray(String[]::new));
            if (statusCol >= 0 && "error".equals(row.get(statusCol))) {
                it.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth(), 260));
        }
    }

    /** Four significant digits for reading (the summary CSV keeps full precision). */
    static String display(String cell) {
        if (cell.contains(" .. ")) {
            return String.join(" .. ", java.util.Arrays.stream(cell.split(" \\.\\. ")).map(BatchPanel::display).toList());
        }
        if (!cell.contains(".") || cell.contains(" ")) {
            return cell;
        }
        try {
            return String.format(java.util.Locale.ROOT, "%.4g", Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    Optional<Path> reportFile() {
        return report.map(r -> Path.of(out.getText().strip()).resolve("report.html")).filter(Files::isRegularFile);
    }

    Optional<BatchReport> report() {
        return report;
    }

    /** The failure list as shown (tests). */
    List<String> failures() {
        return List.of(failures.getItems());
    }

    /** The table as shown: header then rows (tests). */
    List<List<String>> rows() {
        List<List<String>> outRows = new java.util.ArrayList<>();
        outRows.add(java.util.Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
        for (TableItem it : table.getItems()) {
            List<String> r = new java.util.ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                r.add(it.getText(i));
            }
            outRows.add(r);
        }
        return outRows;
    }
}
