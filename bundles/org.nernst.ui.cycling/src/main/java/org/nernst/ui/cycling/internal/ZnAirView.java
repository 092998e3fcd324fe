package org.nernst.ui.cycling.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.nernst.analysis.cycling.CycleOptions;
import org.nernst.analysis.cycling.ZnAirCycleAnalyzer;
import org.nernst.analysis.cycling.ZnAirCycleResult;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.NumbersTable;
import org.nernst.ui.chart.Plot;
import org.osgi.service.component.annotations.Component;

/**
 * Zn-air galvanostatic cycling with org.nernst.analysis.cycling: cell voltage vs time, and per cycle
 * the charge/discharge voltages, their gap and the round-trip efficiency, plus the summary numbers.
 */
@Component(service = MeasurementView.class)
public class ZnAirView implements MeasurementView {

    @Override
    public String name() {
        return "Zn-air cycling";
    }

    @Override
    public Set<Technique> techniques() {
        return Set.of(Technique.GCPL);
    }

    @Override
    public boolean accepts(Measurement m) {
        return MeasurementView.super.accepts(m) && m.channel(Role.TIME).isPresent() && m.channel(Role.CURRENT).isPresent()
                && (m.channel(Role.CELL_VOLTAGE).isPresent() || m.channel(Role.POTENTIAL).isPresent());
    }

    /** Result or the analysis's message (an analysis error is shown in the view, it is not a broken view). */
    record Outcome(Optional<ZnAirCycleResult> result, Optional<String> error) {
    }

    static Outcome run(Measurement m) {
        try {
            return new Outcome(Optional.of(ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults())), Optional.empty());
        } catch (NernstException e) {
            return new Outcome(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    @Override
    public Control create(Composite parent, Measurement m, ViewContext ctx) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm plots = new SashForm(root, SWT.HORIZONTAL);
        plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Plot voltage = new Plot(plots, "Cell voltage");
        Plot perCycle = new Plot(plots, "Per cycle");
        NumbersTable numbers = new NumbersTable(root);
        GridData nd = new GridData(SWT.FILL, SWT.FILL, true, false);
        nd.heightHint = 150;
        numbers.setLayoutData(nd);
        Channel t = m.require(Role.TIME);
        Channel u = m.channel(Role.CELL_VOLTAGE).orElseGet(() -> m.require(Role.POTENTIAL));
        double[] hours = t.toArray();
        for (int k = 0; k < hours.length; k++) {
            hours[k] /= 3600;
        }
        voltage.axisTitles("time [h]", u.name() + " [V]");
        voltage.line(u.name(), hours, u.toArray());
        voltage.fit();
        status.setText("analysing …");
        ctx.runInBackground("Zn-air cycling analysis", mon -> run(m), out -> {
            if (root.isDisposed()) {
                return;
            }
            if (out.error().isPresent()) {
                status.setText(out.error().get());
                return;
            }
            ZnAirCycleResult r = out.result().orElseThrow();
            status.setText(String.format(java.util.Locale.ROOT, "%d cycles in %.2f h; gap %.3f → %.3f V",
                    r.nCycles(), r.durationH(), r.initialGapV(), r.finalGapV()));
            draw(perCycle, r.curves());
            numbers.show(r.toJson(), List.of("cycles", "settings", "warnings"));
            r.warnings().forEach(ctx::report);
            root.layout(true, true);
        });
        return root;
    }

    private static void draw(Plot p, Measurement c) {
        double[] cycle = c.require(Role.CYCLE_INDEX).toArray();
        p.axisTitles("cycle", "voltage [V]");
        p.secondYAxis("round-trip efficiency [%]");
        p.line("charge", cycle, c.channel("v_charge").orElseThrow().toArray());
        p.line("discharge", cycle, c.channel("v_discharge").orElseThrow().toArray());
        p.line("gap", cycle, c.channel("gap").orElseThrow().toArray());
        p.add(new Plot.Series("RTE", cycle, c.channel("rte").orElseThrow().toArray(), true), false);
        p.fit();
    }
}
