package org.nernst.analysis.lsv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nernst.analysis.lsv.LsvOptions.Window;
import org.nernst.analysis.lsv.internal.TafelFit;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** The processed curves of an LSV result, for --export-curves and plots. NaN marks "not defined here". */
final class LsvCurves {
    private LsvCurves() {
    }

    static Measurement of(org.nernst.analysis.lsv.corrections.CorrectedCurve c, double[] jk, Optional<TafelFit.Fit> fit,
            Optional<Window> region, double[] tafelJ) {
        Measurement base = c.toMeasurement(org.nernst.core.model.Metadata.builder().build());
        double[] e = c.potentialV();
        List<Channel> ch = new ArrayList<>(base.channels());
        if (jk != null) {
            ch.add(Channel.adopt("jk", Role.OTHER, Quantity.CURRENT_DENSITY, "mA/cm²", scaled(jk, 1e-3)));
        }
        double[] log = new double[e.length];
        double[] model = new double[e.length];
        double[] resid = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            log[k] = Double.isNaN(tafelJ[k]) || tafelJ[k] == 0 ? Double.NaN : Math.log10(Math.abs(tafelJ[k]));
            boolean in = fit.isPresent() && region.isPresent() && region.get().contains(e[k]) && !Double.isNaN(log[k]);
            model[k] = in ? fit.get().intercept() + fit.get().slope() * log[k] : Double.NaN;
            resid[k] = in ? (e[k] - model[k]) * 1e3 : Double.NaN;
        }
        ch.add(Channel.of(jk != null ? "log10|jk| (mA/cm2)" : "log10|j| (mA/cm2)", Role.OTHER, Quantity.DIMENSIONLESS, log));
        ch.add(Channel.of("Tafel fit E", Role.OTHER, Quantity.POTENTIAL, model));
        ch.add(Channel.adopt("Tafel residual", Role.OTHER, Quantity.POTENTIAL, "mV", scaled(resid, 1e-3)));
        return new Measurement(base.metadata(), ch);
    }

    private static double[] scaled(double[] v, double k) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * k;
        }
        return out;
    }
}
