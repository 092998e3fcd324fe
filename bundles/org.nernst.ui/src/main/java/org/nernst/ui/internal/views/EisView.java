package org.nernst.ui.internal.views;

import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.Plot;
import org.osgi.service.component.annotations.Component;

/**
 * Impedance spectra: Nyquist (-Z'' vs Z', equal scales) next to Bode (|Z| and phase vs frequency,
 * logarithmic). Works from Z'/Z'' or from |Z|/phase, whichever the file has.
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
        Spectrum s = Spectrum.of(m);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Plot nyquist = new Plot(sash, "Nyquist");
        nyquist.axisTitles("Z' [Ω]", "-Z'' [Ω]");
        nyquist.equalAspect(true);
        double[] minusIm = s.im().clone();
        for (int k = 0; k < minusIm.length; k++) {
            minusIm[k] = -minusIm[k];
        }
        nyquist.points("data", s.re(), minusIm);
        Plot bode = new Plot(sash, "Bode");
        bode.axisTitles("f [Hz]", "|Z| [Ω]");
        bode.secondYAxis("phase [°]");
        bode.points("|Z|", s.f(), s.mod());
        bode.add(new Plot.Series("phase", s.f(), s.phase(), true), true);
        bode.logScale(true, true);
        nyquist.fit();
        bode.fit();
        return sash;
    }

    /** One spectrum with both representations filled in; Z = |Z|·e^{iφ} both ways. */
    record Spectrum(double[] f, double[] re, double[] im, double[] mod, double[] phase) {
        static Spectrum of(Measurement m) {
            double[] f = m.require(Role.FREQUENCY).toArray();
            Optional<Channel> re = m.channel(Role.Z_REAL);
            Optional<Channel> im = m.channel(Role.Z_IMAG);
            int n = f.length;
            double[] r = new double[n];
            double[] i = new double[n];
            double[] mod = new double[n];
            double[] ph = new double[n];
            if (re.isPresent() && im.isPresent()) {
                for (int k = 0; k < n; k++) {
                    r[k] = re.get().get(k);
                    i[k] = im.get().get(k);
                    mod[k] = Math.hypot(r[k], i[k]);
                    ph[k] = Math.toDegrees(Math.atan2(i[k], r[k]));
                }
            } else {
                Channel mc = m.channel(Role.Z_MODULUS).orElseThrow(() -> NernstException.input("no impedance columns", org.nernst.core.Location.NONE));
                Channel pc = m.require(Role.Z_PHASE);
                for (int k = 0; k < n; k++) {
                    mod[k] = mc.get(k);
                    ph[k] = pc.get(k);
                    r[k] = mod[k] * Math.cos(Math.toRadians(ph[k]));
                    i[k] = mod[k] * Math.sin(Math.toRadians(ph[k]));
                }
            }
            return new Spectrum(f, r, i, mod, ph);
        }
    }
}
