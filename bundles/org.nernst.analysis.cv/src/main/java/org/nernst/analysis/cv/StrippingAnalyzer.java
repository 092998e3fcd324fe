package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nernst.analysis.cv.internal.CvSweeps;
import org.nernst.analysis.cv.internal.Numeric;
import org.nernst.analysis.lsv.corrections.Area;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Pt surface area from surface-limited charges (S. Trasatti, O. A. Petrii, Pure Appl. Chem. 63 (1991) 711):
 * H-UPD desorption charge with a double-layer baseline, 210 µC cm^-2 of Pt; CO stripping charge above the
 * baseline CV, 420 µC cm^-2 (two electrons per linearly bonded CO). Q = (1/v) ∫ (I - I_baseline) dE on the
 * positive-going sweep.
 */
public final class StrippingAnalyzer {
    private StrippingAnalyzer() {
    }

    public static final double HUPD_UC_CM2 = 210;
    public static final double CO_UC_CM2 = 420;

    /**
     * @param window     integration window (V); HUPD default 0.05-0.40 V vs RHE, CO default: automatic around the peak
     * @param dlWindow   H-UPD double-layer window for the baseline (default 0.40-0.50 V vs RHE)
     * @param cycle      cycle to integrate (H-UPD default the last; CO default the first)
     */
    public record Options(CorrectionOptions corrections, Optional<double[]> window, Optional<double[]> dlWindow,
            OptionalDouble scanRate, java.util.OptionalInt cycle, OptionalDouble areaCm2) {
        public static Options defaults() {
            return new Options(CorrectionOptions.defaults(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                    java.util.OptionalInt.empty(), OptionalDouble.empty());
        }
    }

    public static StrippingResult hupd(Measurement m, Options o) {
        Set<String> warnings = new LinkedHashSet<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        CvSweeps.Curve s = o.cycle().isPresent()
                ? CvSweeps.one(m, o.corrections(), o.cycle().getAsInt(), SweepDirection.POSITIVE, warnings)
                : CvSweeps.lastUsable(m, o.corrections(), SweepDirection.POSITIVE, warnings);
        if (!s.rhe() && (o.window().isEmpty() || o.dlWindow().isEmpty())) {
            throw NernstException.analysis("H-UPD windows default to 0.05-0.40 V and 0.40-0.50 V vs RHE: give the RHE scale "
                    + "(--ref/--ph, --ref rhe, --rhe-offset) or both --window and --dl-window");
        }
        double[] w = o.window().orElse(new double[] {0.05, 0.40});
        double[] dl = o.dlWindow().orElse(new double[] {0.40, 0.50});
        double[] e = s.e();
        double[] i = s.iA();
        double base = Numeric.mean(e, i, dl[0], dl[1]);
        double lo = Math.max(w[0], e[0]);
        if (lo > w[0] + 1e-6) {
            warnings.add(String.format(Locale.ROOT, "the sweep starts at %.3f V, above the window's %.3f V", e[0], w[0]));
        }
        double[] net = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            net[k] = i[k] - base;
        }
        double rate = rate(m, o, warnings);
        double q = Numeric.trapezoid(e, net, lo, w[1]) / rate;
        settings.putAll(s.settings());
        settings.put("window_V", List.of(lo, w[1]));
        settings.put("dl_window_V", List.of(dl[0], dl[1]));
        settings.put("dl_baseline_mA", base * 1e3);
        settings.put("scan_rate_mV_s", rate * 1e3);
        settings.put("specific_charge_uC_cm2", HUPD_UC_CM2);
        settings.put("specific_charge_source", "Trasatti & Petrii, Pure Appl. Chem. 63 (1991) 711");
        return result("hupd", q, HUPD_UC_CM2, e, i, base(e.length, base), m, o, settings, warnings);
    }

    /** CO stripping: the first positive-going sweep of {@code strip} minus the positive-going sweep of {@code baseline}. */
    public static StrippingResult co(Measurement strip, Optional<Measurement> baseline, Options o) {
        Set<String> warnings = new LinkedHashSet<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        int cycle = o.cycle().orElse(CvSweeps.cycles(strip).get(0));
        CvSweeps.Curve s = CvSweeps.one(strip, o.corrections(), cycle, SweepDirection.POSITIVE, warnings);
        CvSweeps.Curve b;
        if (baseline.isPresent()) {
            b = CvSweeps.lastUsable(baseline.get(), o.corrections(), SweepDirection.POSITIVE, warnings);
            settings.put("baseline", baseline.get().metadata().sourceFile().orElse("given"));
        } else {
            List<Integer> cs = CvSweeps.cycles(strip);
            if (cs.size() < 2) {
                throw NernstException.analysis("CO stripping needs a baseline CV: --baseline FILE or a second cycle in the file");
            }
            b = CvSweeps.one(strip, o.corrections(), cs.get(cycle == cs.get(0) ? 1 : 0), SweepDirection.POSITIVE, warnings);
            warnings.add("baseline: the next cycle of the same file (no --baseline)");
            settings.put("baseline", "cycle " + b.cycle() + " of the same file");
        }
        double[] e = s.e();
        double[] i = s.iA();
        double[] bl = new double[e.length];
        double[] net = new double[e.length];
        int top = -1;
        for (int k = 0; k < e.length; k++) {
            bl[k] = Numeric.at(b.e(), b.iA(), e[k]);
            net[k] = Double.isNaN(bl[k]) ? Double.NaN : i[k] - bl[k];
            if (!Double.isNaN(net[k]) && (top < 0 || net[k] > net[top])) {
                top = k;
            }
        }
        if (top < 0 || !(net[top] > 0)) {
            throw NernstException.analysis("no CO stripping peak: the sweep never exceeds the baseline");
        }
        final int fTop = top;
        double[] w = o.window().orElseGet(() -> around(e, net, fTop));
        double rate = rate(strip, o, warnings);
        double[] finite = net.clone();
        for (int k = 0; k < finite.length; k++) {
            finite[k] = Double.isNaN(finite[k]) ? 0 : finite[k];
        }
        double q = Numeric.trapezoid(e, finite, w[0], w[1]) / rate;
        settings.putAll(s.settings());
        settings.put("window_V", List.of(w[0], w[1]));
        settings.put("window_source", o.window().isPresent() ? "option" : "automatic: where the excess current exceeds 1 % of its peak");
        settings.put("peak_V", e[top]);
        settings.put("scan_rate_mV_s", rate * 1e3);
        settings.put("specific_charge_uC_cm2", CO_UC_CM2);
        settings.put("specific_charge_source", "Trasatti & Petrii, Pure Appl. Chem. 63 (1991) 711");
        return result("co", q, CO_UC_CM2, e, i, bl, strip, o, settings, warnings);
    }

    /** The contiguous potentials around the maximum of {@code net} where it exceeds 1 % of the maximum. */
    private static double[] around(double[] e, double[] net, int top) {
        double thr = 0.01 * net[top];
        int a = top;
        while (a > 0 && !Double.isNaN(net[a - 1]) && net[a - 1] > thr) {
            a--;
        }
        int b = top;
        while (b < net.length - 1 && !Double.isNaN(net[b + 1]) && net[b + 1] > thr) {
            b++;
        }
        return new double[] {e[a], e[b]};
    }

    private static double[] base(int n, double v) {
        double[] b = new double[n];
        java.util.Arrays.fill(b, v);
        return b;
    }

    private static double rate(Measurement m, Options o, Set<String> warnings) {
        List<String> w = new ArrayList<>();
        double r = ScanRates.resolve(m, o.scanRate(), w).vPerS();
        warnings.addAll(w);
        return r;
    }

    private static StrippingResult result(String kind, double qC, double ucCm2, double[] e, double[] i, double[] bl,
            Measurement m, Options o, Map<String, Object> settings, Set<String> warnings) {
        double uc = qC * 1e6;
        if (!(uc > 0)) {
            throw NernstException.analysis(String.format(Locale.ROOT, "the %s charge is %.4g µC, not positive: check the windows",
                    kind.equals("co") ? "CO stripping" : "H-UPD", uc));
        }
        OptionalDouble geo = OptionalDouble.empty();
        if (o.areaCm2().isPresent() || m.metadata().electrodeAreaCm2().isPresent()) {
            List<Diagnostic> aw = new ArrayList<>();
            geo = OptionalDouble.of(Area.resolve(o.areaCm2(), m.metadata(), aw));
            aw.forEach(d -> warnings.add(d.message()));
        }
        return new StrippingResult(kind, uc, uc / ucCm2, geo, e, i, bl, settings, new ArrayList<>(warnings));
    }
}
