package org.nernst.ui.lsv.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.nernst.analysis.lsv.LsvAnalyzer;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.LsvResult;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.NumbersTable;
import org.nernst.ui.chart.Plot;
import org.osgi.service.component.annotations.Component;

/**
 * ORR/OER/HER voltammogram with the analysis of org.nernst.analysis.lsv: the corrected curve with
 * onset and half-wave potential marked, the Tafel plot with the fitted window, and the numbers.
 * Re-analyses (off the UI thread) when the reaction or the analysis settings change.
 */
@Component(service = MeasurementView.class)
public class LsvView implements MeasurementView {

    @Override
    public String name() {
        return "LSV / Tafel";
    }

    @Override
    public Set<Technique> techniques() {
        return Set.of(Technique.LSV);
    }

    @Override
    public boolean accepts(Measurement m) {
        return MeasurementView.super.accepts(m) && m.channel(Role.CURRENT).isPresent()
                && m.channel(Role.POTENTIAL).isPresent();
    }

    @Override
    public Control create(Composite parent, Measurement m, ViewContext ctx) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(3, false));
        new Label(root, SWT.NONE).setText("Reaction:");
        Combo reaction = new Combo(root, SWT.READ_ONLY);
        for (Reaction r : Reaction.values()) {
            reaction.add(r.name());
        }
        reaction.select(guess(m).ordinal());
        Label status = new Label(root, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm plots = new SashForm(root, SWT.HORIZONTAL);
        plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        Plot curve = new Plot(plots, "Polarization curve");
        Plot tafel = new Plot(plots, "Tafel plot");
        NumbersTable numbers = new NumbersTable(root);
        GridData nd = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        nd.heightHint = 150;
        numbers.setLayoutData(nd);
        Runnable analyse = () -> {
            Reaction r = Reaction.values()[reaction.getSelectionIndex()];
            LsvOptions o = LsvOptions.of(r, corrections(ctx.settings()));
            status.setText("analysing …");
            ctx.runInBackground("LSV analysis (" + r.id() + ")", mon -> run(m, o), out -> {
                if (root.isDisposed()) {
                    return;
                }
                if (out.error().isPresent()) {
                    status.setText(out.error().get());
                    curve.clear();
                    tafel.clear();
                    return;
                }
                LsvResult res = out.result().orElseThrow();
                status.setText(res.rheKnown() ? "potentials vs RHE" : "potentials vs the recorded reference (set reference and pH for RHE)");
                LsvPlots.curve(curve, res);
                LsvPlots.tafel(tafel, res);
                numbers.show(res.toJson(), List.of("settings", "warnings"));
                res.warnings().forEach(w -> ctx.report(Diagnostic.warning("LSV: " + w)));
                root.layout(true, true);
            });
        };
        reaction.addListener(SWT.Selection, e -> analyse.run());
        ctx.onSettingsChanged(root, s -> analyse.run());
        analyse.run();
        return root;
    }

    /** Analysis outcome: analysis errors (exit-4 kind) are shown in the view, not as a failed view. */
    record Outcome(Optional<LsvResult> result, Optional<String> error) {
    }

    static Outcome run(Measurement m, LsvOptions o) {
        try {
            return new Outcome(Optional.of(LsvAnalyzer.analyze(m, o)), Optional.empty());
        } catch (NernstException e) {
            return new Outcome(Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    /** The shell's settings as the analysis's corrections: RHE from reference potential + pH, area, Ru. */
    static CorrectionOptions corrections(AnalysisSettings s) {
        CorrectionOptions.Builder b = CorrectionOptions.builder();
        if (s.referenceElectrode().map(r -> r.equalsIgnoreCase("RHE")).orElse(false)) {
            b.reference("rhe");
        } else if (s.referencePotentialVsShe().isPresent() && s.pH().isPresent()) {
            b.referencePotential(s.referencePotentialVsShe().getAsDouble()).ph(s.pH().getAsDouble());
        }
        s.areaCm2().ifPresent(b::areaCm2);
        s.ruOhm().ifPresent(b::ruOhm);
        return b.build();
    }

    /** Cathodic curves are ORR unless they run to hydrogen evolution (steadily growing, no plateau); anodic ones OER. */
    static Reaction guess(Measurement m) {
        Channel i = m.require(Role.CURRENT);
        double min = i.stream().min().orElse(0);
        double max = i.stream().max().orElse(0);
        if (max > -min) {
            return Reaction.OER;
        }
        return m.metadata().extra().values().stream().anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("her"))
                ? Reaction.HER : Reaction.ORR;
    }
}
