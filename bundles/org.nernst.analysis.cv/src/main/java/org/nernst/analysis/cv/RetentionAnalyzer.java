package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.cv.internal.Numeric;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * Stability over time (cli.md). Chronoamperometry: retention = 100 |j|(last 1 % of the record) / |j|(first 1 %
 * after the first 60 s), time-weighted means, or within a chosen window. Chronopotentiometry: ΔE between the same
 * windows and the drift, the slope of a straight line through E(t). Tolerance test (methanol, CO): relative
 * change of the mean current in a window after an injection against a window before it.
 */
public final class RetentionAnalyzer {
    private RetentionAnalyzer() {
    }

    /**
     * @param skipS        charging transient excluded at the start (60 s)
     * @param fraction     averaging window as a share of the analysed span (0.01)
     * @param window       analysed span [from, to] in s instead of the whole record minus the transient
     * @param injectAtS    injection time of a tolerance test; empty and {@code detectInjection} finds the largest step
     * @param stepWindowS  averaging window before and after the injection (30 s)
     * @param settleS      time after the injection left out of the "after" window (30 s)
     */
    public record Options(double skipS, double fraction, Optional<double[]> window, OptionalDouble injectAtS,
            boolean detectInjection, double stepWindowS, double settleS) {
        public static Options defaults() {
            return new Options(60, 0.01, Optional.empty(), OptionalDouble.empty(), false, 30, 30);
        }

        public Options withTolerance(OptionalDouble at, boolean detect) {
            return new Options(skipS, fraction, window, at, detect, stepWindowS, settleS);
        }

        public Options withWindow(Optional<double[]> w) {
            return new Options(skipS, fraction, w, injectAtS, detectInjection, stepWindowS, settleS);
        }
    }

    public static RetentionResult analyze(Measurement m, Options o) {
        double[] t = m.require(Role.TIME).toArray();
        if (t.length < 10) {
            throw NernstException.analysis("the record has only " + t.length + " points");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        boolean cp = isCp(m);
        settings.put("mode", cp ? "chronopotentiometry" : "chronoamperometry");
        double t0 = t[0];
        double tEnd = t[t.length - 1];
        double from = o.window().map(w -> w[0]).orElse(t0 + o.skipS());
        double to = o.window().map(w -> w[1]).orElse(tEnd);
        if (o.window().isEmpty() && tEnd - t0 < 2 * o.skipS()) {
            from = t0;
            warnings.add(String.format(Locale.ROOT, "record shorter than %.0f s: the first %.0f s are not skipped", 2 * o.skipS(), o.skipS()));
        }
        if (!(to > from) || from < t0 || to > tEnd + 1e-9) {
            throw NernstException.analysis(String.format(Locale.ROOT, "window %.1f to %.1f s outside the record (%.1f to %.1f s)", from, to, t0, tEnd));
        }
        double w = o.fraction() * (to - from);
        settings.put("analysed_s", List.of(from, to));
        settings.put("average_window_s", w);
        OptionalDouble retention = OptionalDouble.empty();
        OptionalDouble deltaE = OptionalDouble.empty();
        OptionalDouble drift = OptionalDouble.empty();
        if (cp) {
            double[] e = m.require(Role.POTENTIAL).toArray();
            deltaE = OptionalDouble.of(1e3 * (Numeric.mean(t, e, to - w, to) - Numeric.mean(t, e, from, from + w)));
            int a = index(t, from);
            int b = index(t, to) + 1;
            // E(t) = E0 + drift t by least squares over the analysed span
            drift = OptionalDouble.of(Numeric.fit(t, e, a, b).slope() * 1e3 * 3600);
        } else {
            double[] i = abs(m.require(Role.CURRENT).toArray());
            double first = Numeric.mean(t, i, from, from + w);
            double last = Numeric.mean(t, i, to - w, to);
            if (!(first > 0)) {
                throw NernstException.analysis("no current at the start of the analysed span");
            }
            retention = OptionalDouble.of(100 * last / first);
        }
        Optional<RetentionResult.Step> step = Optional.empty();
        if (o.injectAtS().isPresent() || o.detectInjection()) {
            double[] i = abs(m.require(Role.CURRENT).toArray());
            double at = o.injectAtS().isPresent() ? o.injectAtS().getAsDouble() : detect(t, i, o.stepWindowS());
            double before = Numeric.mean(t, i, Math.max(t0, at - o.stepWindowS()), at);
            double a0 = Math.min(tEnd, at + o.settleS());
            double a1 = Math.min(tEnd, a0 + o.stepWindowS());
            if (!(a1 > a0) || !(at > t0)) {
                throw NernstException.analysis(String.format(Locale.ROOT, "injection at %.1f s leaves no window before or after it", at));
            }
            double after = Numeric.mean(t, i, a0, a1);
            step = Optional.of(new RetentionResult.Step(at, o.injectAtS().isPresent() ? "option" : "detected", before * 1e3,
                    after * 1e3, 100 * (after - before) / before));
            settings.put("step_window_s", o.stepWindowS());
            settings.put("settle_s", o.settleS());
        }
        return new RetentionResult(cp, retention, deltaE, drift, (tEnd - t0) / 3600, step, settings, warnings, m);
    }

    /** CP when the file says so, or when the current is constant (relative spread < 1 %) and the potential is not. */
    static boolean isCp(Measurement m) {
        Technique tq = m.metadata().technique();
        if (tq == Technique.CP || tq == Technique.GCPL) {
            return true;
        }
        if (tq == Technique.CA) {
            return false;
        }
        double[] i = m.require(Role.CURRENT).toArray();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : i) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo < 0.01 * Math.max(Math.abs(hi), Math.abs(lo));
    }

    /** The time where the means of |i| over the windows before and after differ most (prefix sums, O(n)). */
    private static double detect(double[] t, double[] i, double w) {
        double best = 0;
        double at = Double.NaN;
        for (int k = 1; k < t.length - 1; k++) {
            if (t[k] - t[0] < w || t[t.length - 1] - t[k] < w) {
                continue;
            }
            double d = Math.abs(Numeric.mean(t, i, t[k], t[k] + w) - Numeric.mean(t, i, t[k] - w, t[k]));
            if (d > best) {
                best = d;
                at = t[k];
            }
            k += Math.max(0, t.length / 2000);
        }
        if (Double.isNaN(at)) {
            throw NernstException.analysis("no injection step found (record shorter than two windows)");
        }
        return at;
    }

    private static int index(double[] t, double v) {
        int k = java.util.Arrays.binarySearch(t, v);
        return Math.max(0, Math.min(t.length - 1, k >= 0 ? k : -k - 2));
    }

    private static double[] abs(double[] v) {
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.abs(v[k]);
        }
        return v;
    }
}
