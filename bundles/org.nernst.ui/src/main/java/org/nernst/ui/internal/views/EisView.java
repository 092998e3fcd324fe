package org.nernst.ui.internal.views;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.analysis.eis.DrtPeak;
import org.nernst.analysis.eis.DrtResult;
import org.nernst.analysis.eis.EisOptions;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.KkResult;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.Plot;
import org.osgi.service.component.annotations.Component;

/**
 * Impedance spectra with their equivalent-circuit fit: Nyquist (-Z'' vs Z', equal scales) and Bode
 * (|Z| and phase vs frequency) with the fitted model drawn over the data, the parameters with
 * standard errors and Rct, and the Lin-KK residuals with the verdict. The fit is the {@code eis}
 * command's (circuit from the properties panel, else its default) and runs off the UI thread;
 * applying a new circuit refits.
 */
@Component(service = MeasurementView.class)
public class EisView implements MeasurementView {

    @Override
    public String name() {
        return "Nyquist / Bode";
    }

    @Override
    public Set<Technique> techniques() {
        return Set.of(Technique.EIS);
    }

    @Override
    public boolean accepts(Measurement m) {
        return m.channel(Role.FREQUENCY).isPresent()
                && (m.channel(Role.Z_REAL).isPresent() && m.channel(Role.Z_IMAG).isPresent()
                        || m.channel(Role.Z_MODULUS).isPresent() && m.channel(Role.Z_PHASE).isPresent());
    }

    @Override
    public Control create(Composite parent, Measurement m, ViewContext ctx) {
        List<Measurement> spectra = Spectrum.split(m);
        Panel p = new Panel(parent, Spectrum.of(spectra.get(0)), ctx);
        if (spectra.size() > 1) {
            ctx.report(Diagnostic.info("the file holds " + spectra.size() + " spectra; the view shows and fits the first"
                    + " (the eis command fits them all)"));
        }
        p.fit(ctx.settings());
        ctx.onSettingsChanged(p.root, s -> {
            if (!EisFit.options(s).circuit().equals(p.circuit)) {
                p.fit(s);
            }
        });
        return p.root;
    }

    /** The view's widgets and the spectrum they show. */
    static final class Panel {
        final SashForm root;
        final Plot nyquist;
        final Plot bode;
        final Plot kk;
        final Plot drt;
        final EisFitTable table;
        final CTabFolder tabs;
        private final Spectrum data;
        private final ViewContext ctx;
        private String circuit = "";

        Panel(Composite parent, Spectrum data, ViewContext ctx) {
            this.data = data;
            this.ctx = ctx;
            root = new SashForm(parent, SWT.VERTICAL);
            SashForm top = new SashForm(root, SWT.HORIZONTAL);
            nyquist = new Plot(top, "Nyquist");
            nyquist.axisTitles("Z' [Ω]", "-Z'' [Ω]");
            nyquist.equalAspect(true);
            bode = new Plot(top, "Bode");
            bode.axisTitles("f [Hz]", "|Z| [Ω]");
            bode.secondYAxis("phase [°]");
            bode.logScale(true, true);
            SashForm bottom = new SashForm(root, SWT.HORIZONTAL);
            table = new EisFitTable(bottom);
            tabs = new CTabFolder(bottom, SWT.BORDER);
            CTabItem kkTab = new CTabItem(tabs, SWT.NONE);
            kkTab.setText("Lin-KK residuals");
            kk = new Plot(tabs, "Lin-KK residuals");
            kk.axisTitles("f [Hz]", "residual [% of |Z|]");
            kk.logScale(true, false);
            kkTab.setControl(kk);
            CTabItem drtTab = new CTabItem(tabs, SWT.NONE);
            drtTab.setText("DRT");
            drt = new Plot(tabs, "Distribution of relaxation times");
            drt.axisTitles("τ [s]", "γ [Ω]");
            drt.logScale(true, false);
            drtTab.setControl(drt);
            tabs.setSelection(kkTab);
            root.setWeights(60, 40);
            bottom.setWeights(42, 58);
            draw(null);
        }

        void fit(AnalysisSettings s) {
            EisOptions o = EisFit.options(s);
            circuit = o.circuit();
            table.fitting(circuit);
            ctx.runInBackground("EIS fit " + circuit, mon -> EisFit.run(data, o), this::show);
        }

        private void show(EisFit f) {
            if (root.isDisposed() || !f.circuit().equals(circuit)) {
                return; // closed, or a newer circuit was applied meanwhile
            }
            f.drt().ifPresent(this::drawDrt);
            f.drtError().ifPresent(e -> ctx.report(Diagnostic.warning("DRT: " + e)));
            if (f.result().isEmpty()) {
                table.failed(f.circuit(), f.error().orElse("unknown reason"));
                ctx.report(Diagnostic.warning("EIS fit of " + f.circuit() + ": " + f.error().orElse("failed")));
                draw(null);
                return;
            }
            EisResult r = f.result().get();
            table.show(r);
            r.warnings().forEach(w -> ctx.report(Diagnostic.warning(w)));
            draw(f);
        }

        /** Data (first series: the palette's first colour), then the model when there is a fit. */
        private void draw(EisFit f) {
            double[] freq = data.freq();
            double[] re = data.re();
            double[] im = data.im();
            double[] minusIm = negate(im);
            double[] mod = new double[freq.length];
            double[] phase = new double[freq.length];
            for (int k = 0; k < freq.length; k++) {
                mod[k] = Math.hypot(re[k], im[k]);
                phase[k] = Math.toDegrees(Math.atan2(im[k], re[k]));
            }
            nyquist.clear();
            bode.clear();
            nyquist.points("data", re, minusIm);
            bode.points("|Z|", freq, mod);
            bode.add(new Plot.Series("phase", freq, phase, true), true);
            if (f != null) {
                nyquist.line("fit " + f.circuit(), f.curveRe(), negate(f.curveIm()));
                // each model curve in the colour of its data
                bode.add(new Plot.Series("|Z| fit", f.curveF(), f.curveModulus(), false), false, 0);
                bode.add(new Plot.Series("phase fit", f.curveF(), f.curvePhase(), true), false, 1);
                f.result().flatMap(EisResult::kk).ifPresent(k -> drawKk(f.result().get().data().freq(), k));
            }
            nyquist.fit();
            bode.fit();
        }

        private void drawKk(double[] freq, KkResult k) {
            kk.clear();
            kk.chart().getTitle().setText(String.format(Locale.ROOT, "Lin-KK %s: max %.2g %% %s %.2g %%",
                    EisFitTable.verdict(k), k.residualsMaxPct(), k.valid() ? "≤" : ">", k.limitPct()));
            kk.points("Δ Re / |Z|", freq, k.residualsRealPct());
            kk.points("Δ Im / |Z|", freq, k.residualsImagPct());
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double v : freq) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double lim = k.limitPct();
            kk.add(new Plot.Series("+limit", new double[] {lo, hi}, new double[] {lim, lim}, false), false, 7);
            kk.add(new Plot.Series("−limit", new double[] {lo, hi}, new double[] {-lim, -lim}, false), false, 7);
            kk.fit();
        }

        /** γ(τ) with a marker per peak (τ and the resistance under it). */
        private void drawDrt(DrtResult d) {
            drt.clear();
            drt.chart().getTitle().setText(String.format(Locale.ROOT, "DRT: R_pol %.4g Ω, R_inf %.4g Ω, %d peak(s)",
                    d.rPolOhm(), d.rInfOhm(), d.peaks().size()));
            drt.line("γ(τ)", d.tauS(), d.gammaOhm());
            for (DrtPeak p : d.peaks()) {
                drt.marker(p.tauS(), String.format(Locale.ROOT, "τ %.3g s, R %.3g Ω", p.tauS(), p.resistanceOhm()));
            }
            drt.fit();
        }

        String circuit() {
            return circuit;
        }
    }

    private static double[] negate(double[] v) {
        double[] out = v.clone();
        for (int k = 0; k < out.length; k++) {
            out[k] = -out[k];
        }
        return out;
    }
}
