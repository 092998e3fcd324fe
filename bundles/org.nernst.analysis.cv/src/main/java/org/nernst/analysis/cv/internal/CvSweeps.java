package org.nernst.analysis.cv.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nernst.analysis.lsv.corrections.CorrectedCurve;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.Corrections;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.analysis.lsv.corrections.Sweeps;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * One sweep of a CV through the LSV bundle's corrections (iR, potential scale, background, smoothing, sorted
 * equal-step grid), as currents in A. The corrections divide by an area; a CV's peaks and charges are
 * currents, so the area is set to 1 cm² here and mA cm^-2 × 1 cm² gives mA back.
 */
public final class CvSweeps {
    private CvSweeps() {
    }

    /** A corrected sweep: potentials increasing (V), currents in A, plus the corrections' settings. */
    public record Curve(int cycle, SweepDirection direction, double[] e, double[] iA, boolean rhe, Map<String, Object> settings) {
        /** Potential and current in the order the sweep ran. */
        public double[][] inSweepOrder() {
            int n = e.length;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                int s = direction == SweepDirection.POSITIVE ? k : n - 1 - k;
                x[k] = e[s];
                y[k] = iA[s];
            }
            return new double[][] {x, y};
        }
    }

    public static Curve one(Measurement m, CorrectionOptions o, int cycle, SweepDirection d, Set<String> warnings) {
        CorrectedCurve c = Corrections.apply(m, o.toBuilder().areaCm2(1.0).cycle(cycle).direction(d).build());
        c.warningMessages().stream().filter(w -> !w.startsWith("electrode area")).forEach(warnings::add);
        double[] j = c.currentDensityMaCm2();
        for (int k = 0; k < j.length; k++) {
            j[k] *= 1e-3;
        }
        Map<String, Object> s = new java.util.LinkedHashMap<>(c.settings());
        s.remove("area_cm2");
        s.remove("area_source");
        return new Curve(cycle, c.direction(), c.potentialV(), j, c.rheKnown(), s);
    }

    /**
     * The sweep of the last cycle that has a usable one in direction {@code d} (a record often ends with a few
     * points of an interrupted cycle); a skipped cycle is named in the warnings.
     */
    public static Curve lastUsable(Measurement m, CorrectionOptions o, SweepDirection d, Set<String> warnings) {
        List<Integer> cs = cycles(m);
        NernstException first = null;
        for (int k = cs.size() - 1; k >= 0; k--) {
            if (!has(m, cs.get(k), d)) {
                continue;
            }
            try {
                Curve c = one(m, o, cs.get(k), d, warnings);
                if (k < cs.size() - 1) {
                    warnings.add("cycle " + cs.get(cs.size() - 1) + " is incomplete: cycle " + cs.get(k) + " used");
                }
                return c;
            } catch (NernstException e) {
                first = first == null ? e : first;
            }
        }
        throw first != null ? first : NernstException.analysis("no " + d.label() + " sweep in the record");
    }

    /** The 1-based cycles of the record. */
    public static List<Integer> cycles(Measurement m) {
        Set<Integer> c = new LinkedHashSet<>();
        for (Sweeps.Sweep s : Sweeps.split(m)) {
            c.add(s.cycle());
        }
        if (c.isEmpty()) {
            throw NernstException.analysis("no potential sweep found in the record");
        }
        return new ArrayList<>(c);
    }

    /** Whether the cycle has a sweep in this direction. */
    public static boolean has(Measurement m, int cycle, SweepDirection d) {
        return Sweeps.split(m).stream().anyMatch(s -> s.cycle() == cycle && s.direction() == d);
    }
}
