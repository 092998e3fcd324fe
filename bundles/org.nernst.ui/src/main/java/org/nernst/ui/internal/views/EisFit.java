package org.nernst.ui.internal.views;

import java.util.Optional;
import org.nernst.analysis.eis.Circuit;
import org.nernst.analysis.eis.DrtAnalyzer;
import org.nernst.analysis.eis.DrtOptions;
import org.nernst.analysis.eis.DrtResult;
import org.nernst.analysis.eis.EisAnalyzer;
import org.nernst.analysis.eis.EisOptions;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.core.NernstException;
import org.nernst.ui.api.AnalysisSettings;

/**
 * The EIS view's analysis, off the UI thread: the equivalent-circuit fit the {@code eis} command
 * runs (same defaults: the circuit from the settings or {@link EisOptions#DEFAULT_CIRCUIT}, no
 * initial guess, Lin-KK on), plus the fitted model on a dense frequency grid for smooth curves.
 *
 * @param circuit  the circuit that was fitted
 * @param result   the fit, when it converged
 * @param error    why there is no fit (bad circuit string, too few points, no convergence)
 * @param curveF   dense frequencies (Hz) from the highest to the lowest measured one
 * @param curveRe  model Re Z at {@link #curveF} (Ω)
 * @param curveIm  model Im Z at {@link #curveF} (Ω, physical sign)
 * @param drt      the distribution of relaxation times of the same spectrum (the {@code eis --drt} defaults)
 * @param drtError why there is no DRT
 */
record EisFit(String circuit, Optional<EisResult> result, Optional<String> error, double[] curveF, double[] curveRe,
        double[] curveIm, Optional<DrtResult> drt, Optional<String> drtError) {
    /** Points per decade of the drawn model curve: enough for a smooth arc at any zoom. */
    private static final int PER_DECADE = 40;

    static EisOptions options(AnalysisSettings s) {
        String c = s.circuit().map(String::strip).filter(t -> !t.isEmpty()).orElse(EisOptions.DEFAULT_CIRCUIT);
        return EisOptions.defaults().withCircuit(c).withKk(true);
    }

    static EisFit run(Spectrum s, EisOptions o) {
        Optional<DrtResult> drt = Optional.empty();
        Optional<String> drtError = Optional.empty();
        try {
            drt = Optional.of(DrtAnalyzer.analyze(s, DrtOptions.defaults()));
        } catch (NernstException | IllegalArgumentException e) {
            drtError = Optional.of(e.getMessage());
        }
        try {
            EisResult r = EisAnalyzer.analyze(s, o);
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double f : r.data().freq()) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
            int n = Math.max(2, (int) Math.ceil(Math.log10(hi / lo) * PER_DECADE) + 1);
            double[] f = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = hi * Math.pow(lo / hi, (double) i / (n - 1));
            }
            double[][] z = Circuit.parse(r.circuit()).impedance(r.values(), f);
            return new EisFit(o.circuit(), Optional.of(r), Optional.empty(), f, z[0], z[1], drt, drtError);
        } catch (NernstException | IllegalArgumentException e) {
            return new EisFit(o.circuit(), Optional.empty(), Optional.of(e.getMessage()), new double[0], new double[0], new double[0],
                    drt, drtError);
        }
    }

    /** |Z| of the model curve. */
    double[] curveModulus() {
        double[] m = new double[curveF.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.hypot(curveRe[i], curveIm[i]);
        }
        return m;
    }

    /** Phase of the model curve in degrees, atan2(Im Z, Re Z) (negative for capacitive behaviour). */
    double[] curvePhase() {
        double[] p = new double[curveF.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.toDegrees(Math.atan2(curveIm[i], curveRe[i]));
        }
        return p;
    }
}
