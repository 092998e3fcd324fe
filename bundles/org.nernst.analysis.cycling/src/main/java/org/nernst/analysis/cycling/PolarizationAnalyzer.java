package org.nernst.analysis.cycling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.nernst.analysis.cycling.internal.Area;
import org.nernst.analysis.cycling.internal.HalfCycleSplitter;
import org.nernst.analysis.cycling.internal.PeakFit;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Discharge polarization of a Zn-air cell: cell voltage vs current density (LSV or galvanodynamic), OCV,
 * power density P = V |j| (cli.md) and its peak. Works whatever the sign of the discharge current and
 * whichever direction the sweep ran; a charge branch in the same file is left out with a warning.
 */
public final class PolarizationAnalyzer {
    private PolarizationAnalyzer() {
    }

    public static PolarizationResult analyze(Measurement m, PolarizationOptions o) {
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, Object> settings = new LinkedHashMap<>(o.toJson());
        double[] v = HalfCycleSplitter.voltage(m).toArray();
        double[] j = currentDensityMAcm2(m, o, warnings, settings);
        int n = v.length;
        double jmax = IntStream.range(0, n).filter(k -> Double.isFinite(j[k]) && Double.isFinite(v[k]))
                .mapToDouble(k -> Math.abs(j[k])).max().orElse(0);
        if (!(jmax > 0)) {
            throw NernstException.analysis("no current flows in this record: no polarization curve");
        }
        // a zero-current point: below 0.1 % of the largest current density (instrument offset, noise)
        double zero = 1e-3 * jmax;
        int sign = dischargeSign(j, v, zero, warnings);
        int[] idx = IntStream.range(0, n)
                .filter(k -> Double.isFinite(j[k]) && Double.isFinite(v[k]) && (Math.abs(j[k]) <= zero || j[k] * sign > 0))
                .boxed().sorted((a, b) -> Double.compare(Math.abs(j[a]), Math.abs(j[b]))).mapToInt(Integer::intValue).toArray();
        if (idx.length < 4) {
            throw NernstException.analysis("only " + idx.length + " usable points on the discharge branch: no polarization curve");
        }
        double[] x = Arrays.stream(idx).mapToDouble(k -> Math.abs(j[k])).toArray();
        double[] y = Arrays.stream(idx).mapToDouble(k -> v[k]).toArray();
        double ocv = ocv(x, y, zero, warnings);
        PeakFit.Peak peak = PeakFit.find(x, y, o.peakWindow());
        if (peak.atEdge()) {
            warnings.add(Diagnostic.warning("the power keeps rising to the end of the recorded range: the curve does not pass "
                    + "its maximum, so the peak power is a lower bound"));
        }
        double rawMax = IntStream.range(0, x.length).mapToDouble(k -> x[k] * y[k]).max().orElse(Double.NaN);
        Map<String, Object> fit = new LinkedHashMap<>();
        fit.put("method", "cubic least-squares fit of V(j) where the smoothed power is within "
                + Math.round(100 * (1 - o.peakWindow())) + " % of its maximum, then the maximum of j V(j)");
        fit.put("points", peak.end() - peak.first());
        fit.put("j_range_mA_cm2", List.of(sign * x[peak.first()], sign * x[peak.end() - 1]));
        fit.put("rmse_V", peak.rmseV());
        fit.put("raw_max_power_mW_cm2", rawMax);
        return new PolarizationResult(ocv, peak.p(), sign * peak.j(), peak.v(), sign * x[x.length - 1], sign, x, y, peak,
                fit, settings, warnings);
    }

    /** Current density in mA cm^-2 from a current (with the area) or a current-density channel. */
    private static double[] currentDensityMAcm2(Measurement m, PolarizationOptions o, List<Diagnostic> w, Map<String, Object> s) {
        Optional<Channel> current = m.channel(Role.CURRENT);
        if (current.isPresent()) {
            double area = Area.resolve(o.areaCm2(), m.metadata(), w);
            s.put("area_cm2", area);
            double[] j = current.get().toArray();
            for (int k = 0; k < j.length; k++) {
                j[k] = j[k] * 1000 / area;
            }
            return j;
        }
        Optional<Channel> density = m.channel(Role.CURRENT_DENSITY);
        if (density.isPresent()) {
            s.put("current_density_from_file", true);
            return Arrays.stream(density.get().toArray()).map(x -> x * 1000).toArray();
        }
        return m.require(Role.CURRENT).toArray();
    }

    /** Sign of the discharge current: the only one present, or the one whose points sit at lower voltage. */
    private static int dischargeSign(double[] j, double[] v, double zero, List<Diagnostic> warnings) {
        double[] sum = new double[2];
        int[] cnt = new int[2];
        for (int k = 0; k < j.length; k++) {
            if (Double.isFinite(j[k]) && Double.isFinite(v[k]) && Math.abs(j[k]) > zero) {
                int s = j[k] > 0 ? 0 : 1;
                sum[s] += v[k];
                cnt[s]++;
            }
        }
        if (cnt[0] > 0 && cnt[1] > 0) {
            int sign = sum[0] / cnt[0] < sum[1] / cnt[1] ? 1 : -1;
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                    "currents of both signs: the %s branch (lower voltage) is the discharge; %d point(s) of the other ignored",
                    sign > 0 ? "positive" : "negative", sign > 0 ? cnt[1] : cnt[0])));
            return sign;
        }
        return cnt[0] > 0 ? 1 : -1;
    }

    /** OCV: mean voltage of the zero-current points, else the intercept of a line through the first five. */
    private static double ocv(double[] x, double[] y, double zero, List<Diagnostic> warnings) {
        double s = 0;
        int c = 0;
        for (int k = 0; k < x.length && x[k] <= zero; k++) {
            s += y[k];
            c++;
        }
        if (c > 0) {
            return s / c;
        }
        int m = Math.min(5, x.length);
        double mx = 0;
        double my = 0;
        for (int k = 0; k < m; k++) {
            mx += x[k] / m;
            my += y[k] / m;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < m; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        double ocv = sxx > 0 ? my - sxy / sxx * mx : y[0];
        warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                "no zero-current point: OCV %.4f V extrapolated from the %d lowest-current points", ocv, m)));
        return ocv;
    }
}
