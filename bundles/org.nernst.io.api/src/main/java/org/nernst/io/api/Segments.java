package org.nernst.io.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.nernst.core.model.Segment;

/**
 * Segment markers from an index column that vendors write per row (EC-Lab "cycle number", "Ns",
 * Gamry "Cycle", CHI segment numbers): every run of equal values becomes one segment.
 */
public final class Segments {
    private Segments() {
    }

    /**
     * One segment per run of equal values in {@code index[0, n)}. NaN rows join the run before them.
     *
     * @param label label of a run from its (integer) index value, e.g. {@code k -> "cycle " + k}
     */
    public static List<Segment> runs(Segment.Kind kind, double[] index, int n, IntFunction<String> label) {
        List<Segment> out = new ArrayList<>();
        int start = 0;
        double current = Double.NaN;
        for (int i = 0; i < n; i++) {
            double v = index[i];
            if (Double.isNaN(v) || v == current) {
                continue;
            }
            if (i > start && !Double.isNaN(current)) {
                out.add(new Segment(kind, (int) current, start, i, label.apply((int) current)));
                start = i;
            } else if (Double.isNaN(current)) {
                start = 0;
            }
            current = v;
        }
        if (n > start && !Double.isNaN(current)) {
            out.add(new Segment(kind, (int) current, start, n, label.apply((int) current)));
        }
        return out;
    }
}
