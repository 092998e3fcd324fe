package org.nernst.ui.lsv.internal;

import java.util.Locale;
import org.nernst.analysis.lsv.LsvResult;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.ui.chart.Plot;

/** Draws an LSV result: the curve with its characteristic potentials, and the Tafel line with the fit. */
final class LsvPlots {
    private LsvPlots() {
    }

    private static double[] column(Measurement m, String name, double k) {
        double[] v = m.channel(name).map(Channel::toArray).orElse(new double[m.rows()]);
        for (int i = 0; i < v.length; i++) {
            v[i] *= k;
        }
        return v;
    }

    static void curve(Plot p, LsvResult r) {
        Measurement c = r.curves();
        Channel e = c.require(Role.POTENTIAL);
        p.clear();
        p.axisTitles("E [" + scale(r) + "]", "j [mA cm⁻²]");
        // channels are canonical (A/cm²): ×1000 gives mA cm⁻² as cli.md reports
        p.line("j", e.toArray(), column(c, "j", 1e3));
        r.onsetV().ifPresent(v -> p.marker(v, String.format(Locale.ROOT, "onset %.3f V", v)));
        if (r.reaction() == Reaction.ORR) {
            r.halfWaveV().ifPresent(v -> p.marker(v, String.format(Locale.ROOT, "E½ %.3f V", v)));
        } else {
            r.eAt10V().ifPresent(v -> p.marker(v, String.format(Locale.ROOT, "E@10 %.3f V", v)));
        }
        p.fit();
    }

    private static String scale(LsvResult r) {
        return r.rheKnown() ? "V vs RHE" : r.potentialScale();
    }

    static void tafel(Plot p, LsvResult r) {
        Measurement c = r.curves();
        Channel e = c.require(Role.POTENTIAL);
        String logName = c.channel("log10|jk| (mA/cm2)").isPresent() ? "log10|jk| (mA/cm2)" : "log10|j| (mA/cm2)";
        p.clear();
        p.axisTitles(logName.replace(" (mA/cm2)", " [mA cm⁻²]"), "E [" + scale(r) + "]");
        p.chart().getTitle().setText(r.tafelSlopeMvDec().isPresent()
                ? String.format(Locale.ROOT, "Tafel slope %.1f mV/dec (R² %.4f)", r.tafelSlopeMvDec().getAsDouble(), r.tafelR2().orElse(Double.NaN))
                : "Tafel plot (no linear region found)");
        p.line(logName.startsWith("log10|jk|") ? "kinetic" : "measured", column(c, logName, 1), e.toArray());
        p.line("fit window", column(c, logName, 1), column(c, "Tafel fit E", 1));
        p.fit();
    }
}
