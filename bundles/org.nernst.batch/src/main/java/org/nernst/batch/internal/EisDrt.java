package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nernst.analysis.eis.DrtAnalyzer;
import org.nernst.analysis.eis.DrtOptions;
import org.nernst.analysis.eis.DrtPeak;
import org.nernst.analysis.eis.DrtResult;
import org.nernst.analysis.eis.Weighting;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * The distribution of relaxation times in the batch, when the project file says {@code "drt": true}
 * (or {@code batch --drt}): the "drt" object of {@code eis --drt} in the result and gamma(tau) drawn
 * under the Nyquist plot. Off by default: the inversion costs far more than the circuit fit.
 */
final class EisDrt {
    private EisDrt() {
    }

    static boolean enabled(ProjectSettings s) {
        return s.text("drt").map(Boolean::parseBoolean).orElse(false);
    }

    /** Adds "drt" (or a warning when it cannot be computed) to {@code doc}; the plot of gamma, if any. */
    static List<Plot> add(Map<String, Object> doc, Measurement spectrum, ProjectSettings s) {
        Weighting w = Weighting.parse(s.text("weighting").orElse("modulus"));
        DrtOptions o = DrtOptions.defaults().withWeighting(w == Weighting.PROPORTIONAL ? Weighting.MODULUS : w);
        try {
            DrtResult d = DrtAnalyzer.analyze(spectrum, o);
            doc.put("drt", d.toJson());
            return List.of(plot(spectrum, d));
        } catch (NernstException e) {
            if (e.kind() == NernstException.Kind.USAGE) {
                throw e;
            }
            List<Object> warnings = new ArrayList<>(doc.get("warnings") instanceof List<?> l ? l : List.of());
            warnings.add("DRT not computed: " + e.getMessage());
            doc.put("warnings", warnings);
            return List.of();
        }
    }

    /** gamma against log10(tau), with a vertical mark at each peak. */
    static Plot plot(Measurement m, DrtResult d) {
        double[] tau = d.tauS();
        double[] x = new double[tau.length];
        for (int i = 0; i < tau.length; i++) {
            x[i] = Math.log10(tau[i]);
        }
        List<Plot.Series> series = new ArrayList<>(List.of(new Plot.Series("gamma", x, d.gammaOhm())));
        if (!d.peaks().isEmpty()) {
            int n = d.peaks().size();
            double[] px = new double[3 * n];
            double[] py = new double[3 * n];
            for (int k = 0; k < n; k++) {
                DrtPeak p = d.peaks().get(k);
                px[3 * k] = Math.log10(p.tauS());
                px[3 * k + 1] = px[3 * k];
                px[3 * k + 2] = Double.NaN;
                py[3 * k + 1] = p.gammaMaxOhm();
                py[3 * k + 2] = Double.NaN;
            }
            series.add(new Plot.Series("peaks", px, py));
        }
        String title = String.format(Locale.ROOT, "%s: DRT (lambda %.2g by %s, %d peak%s)", m.metadata().sourceFile().orElse("EIS"),
                d.lambda(), d.lambdaSelection(), d.peaks().size(), d.peaks().size() == 1 ? "" : "s");
        return new Plot(title, "log10(\u03c4 / s)", "\u03b3 / \u03a9", series);
    }
}
