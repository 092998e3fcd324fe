package org.nernst.ui.rde.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;
import org.nernst.analysis.rde.Electrolyte;
import org.nernst.analysis.rde.KlAnalyzer;
import org.nernst.analysis.rde.KlOptions;
import org.nernst.analysis.rde.KlResult;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.Workbench;
import org.nernst.ui.chart.NumbersTable;
import org.nernst.ui.chart.Plot;

/**
 * A Koutecký–Levich analysis of selected files, as the {@code kl} command does it: rotation rates
 * from metadata or file names, electrolyte preset, reference/pH/area settings; shows the K-L lines
 * (1/|j| vs ω^-1/2 at several potentials, measured points and fitted lines), n(E) and the numbers.
 */
final class KlPanel extends Composite {
    /** K-L lines drawn at most: the analysis grid has one every 10 mV, a dozen lines would hide each other. */
    static final int MAX_LINES = 6;
    static final String AS_RECORDED = "(as recorded)";
    private final List<Path> files;
    private final Workbench bench;
    private final Combo electrolyte;
    private final Combo reference;
    private final Text ph;
    private final Text area;
    private final Label status;
    private final Plot klPlot;
    private final Plot nPlot;
    private final NumbersTable numbers;
    private List<Measurement> measurements = List.of();
    private Optional<KlResult> result = Optional.empty();

    KlPanel(Composite parent, List<Path> files, Workbench bench) {
        super(parent, SWT.NONE);
        this.files = List.copyOf(files);
        this.bench = bench;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(10, false));
        new Label(bar, SWT.NONE).setText("Electrolyte:");
        electrolyte = new Combo(bar, SWT.READ_ONLY);
        Electrolyte.presets().forEach(e -> electrolyte.add(e.name()));
        electrolyte.select(0);
        new Label(bar, SWT.NONE).setText("Reference:");
        reference = new Combo(bar, SWT.READ_ONLY);
        reference.add(AS_RECORDED);
        for (ReferenceElectrode r : ReferenceElectrode.values()) {
            reference.add(r.id());
        }
        reference.select(0);
        new Label(bar, SWT.NONE).setText("pH:");
        ph = new Text(bar, SWT.BORDER);
        ph.setLayoutData(new GridData(40, SWT.DEFAULT));
        new Label(bar, SWT.NONE).setText("Area (cm²):");
        area = new Text(bar, SWT.BORDER);
        area.setMessage("from file");
        area.setLayoutData(new GridData(60, SWT.DEFAULT));
        Button run = new Button(bar, SWT.PUSH);
        run.setText("Analyse");
        run.addListener(SWT.Selection, e -> analyse());
        status = new Label(bar, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm plots = new SashForm(this, SWT.HORIZONTAL);
        plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        klPlot = new Plot(plots, "Koutecký–Levich lines");
        nPlot = new Plot(plots, "Electron number n(E)");
        numbers = new NumbersTable(this);
        GridData nd = new GridData(SWT.FILL, SWT.FILL, true, false);
        nd.heightHint = 130;
        numbers.setLayoutData(nd);
        status.setText("reading " + files.size() + " files …");
        bench.runInBackground("Reading the rotation series", m -> read(files, bench, m), ms -> {
            if (isDisposed()) {
                return;
            }
            measurements = ms;
            ms.stream().flatMap(x -> x.metadata().electrodeAreaCm2().stream().boxed()).findFirst()
                    .ifPresent(a -> area.setMessage("file: " + a));
            analyse();
        });
    }

    /** Each file's first measurement, named after the file (the rotation rate may be in the name), as `kl` reads them. */
    static List<Measurement> read(List<Path> files, Workbench bench, org.nernst.core.Monitor mon) {
        List<Measurement> out = new ArrayList<>();
        for (Path f : files) {
            mon.checkCancelled();
            List<Measurement> ms = bench.read(f, mon);
            if (ms.isEmpty()) {
                throw NernstException.input(f.getFileName() + ": no measurement in the file", org.nernst.core.Location.file(f.toString()));
            }
            Measurement m = ms.get(0);
            if (m.metadata().sourceFile().isEmpty()) {
                m = m.withMetadata(m.metadata().toBuilder().sourceFile(f.getFileName().toString()).build());
            }
            out.add(m);
        }
        return out;
    }

    /** Sets the inputs as a user would (tests): reference id or {@link #AS_RECORDED}, pH and area ("" = none). */
    void settings(String electrolyteName, String ref, String phValue, String areaCm2) {
        electrolyte.select(Math.max(0, electrolyte.indexOf(electrolyteName)));
        reference.select(Math.max(0, reference.indexOf(ref)));
        ph.setText(phValue);
        area.setText(areaCm2);
    }

    void analyse() {
        if (measurements.isEmpty()) {
            return;
        }
        KlOptions o;
        CorrectionOptions c;
        try {
            o = KlOptions.defaults(Electrolyte.require(electrolyte.getText()));
            c = corrections();
        } catch (NernstException | NumberFormatException ex) {
            status.setText(ex.getMessage());
            return;
        }
        List<Measurement> ms = measurements;
        status.setText("analysing …");
        bench.runInBackground("Koutecký–Levich analysis", m -> run(ms, o, c), this::show);
    }

    private CorrectionOptions corrections() {
        CorrectionOptions.Builder b = CorrectionOptions.builder();
        if (!AS_RECORDED.equals(reference.getText())) {
            b.reference(reference.getText());
        }
        if (!ph.getText().isBlank()) {
            b.ph(Double.parseDouble(ph.getText().strip().replace(',', '.')));
        }
        if (!area.getText().isBlank()) {
            b.areaCm2(Double.parseDouble(area.getText().strip().replace(',', '.')));
        }
        return b.build();
    }

    /** Analysis outcome: analysis errors (missing area, too few rates ...) are shown in the panel. */
    record Outcome(Optional<KlResult> result, Optional<String> error) {
    }

    static Outcome run(List<Measurement> ms, KlOptions o, CorrectionOptions c) {
        try {
            return new Outcome(Optional.of(KlAnalyzer.analyze(ms, o, c)), Optional.empty());
        } catch (NernstException e) {
            return new Outcome(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    private void show(Outcome out) {
        if (isDisposed()) {
            return;
        }
        result = out.result();
        klPlot.clear();
        nPlot.clear();
        if (out.error().isPresent()) {
            status.setText(out.error().get());
            numbers.show(java.util.Map.of("error", out.error().get()), List.of());
            layout(true, true);
            return;
        }
        KlResult r = out.result().orElseThrow();
        status.setText(String.format(Locale.ROOT, "n = %.2f ± %.2f over %d potentials, rpm %s", r.nMean(), r.nStd(),
                r.points().size(), r.rpm()));
        KlPlots.lines(klPlot, r, MAX_LINES);
        KlPlots.electronNumber(nPlot, r);
        numbers.show(r.toJson(), List.of("points", "settings", "warnings"));
        String src = seriesName(files);
        r.warnings().forEach(w -> bench.report(w, src));
        layout(true, true);
    }

    Optional<KlResult> result() {
        return result;
    }

    String statusText() {
        return status.getText();
    }

    /** The series' name for tab titles: the files' common name prefix, else the first file's name. */
    static String seriesName(List<Path> files) {
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        String prefix = names.get(0);
        for (String n : names) {
            int k = 0;
            while (k < prefix.length() && k < n.length() && prefix.charAt(k) == n.charAt(k)) {
                k++;
            }
            prefix = prefix.substring(0, k);
        }
        prefix = prefix.replaceAll("[\\s_\\-.]+$", "");
        return (prefix.length() >= 2 ? prefix : names.get(0)) + " (" + files.size() + " files)";
    }
}
