package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.List;
import org.nernst.analysis.cv.internal.CvSweeps;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** The corrected sweeps, concatenated in sweep order with cycle and direction columns, for plots and CSV. */
final class CvCurves {
    private CvCurves() {
    }

    static Measurement of(List<CvSweeps.Curve> curves, boolean rhe) {
        int n = curves.stream().mapToInt(c -> c.e().length).sum();
        double[] e = new double[n];
        double[] i = new double[n];
        double[] cyc = new double[n];
        double[] dir = new double[n];
        int k = 0;
        for (CvSweeps.Curve c : curves) {
            double[][] x = c.inSweepOrder();
            for (int r = 0; r < x[0].length; r++, k++) {
                e[k] = x[0][r];
                i[k] = x[1][r];
                cyc[k] = c.cycle();
                dir[k] = c.direction() == org.nernst.analysis.lsv.corrections.SweepDirection.POSITIVE ? 1 : -1;
            }
        }
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of(rhe ? "E vs RHE" : "E", Role.POTENTIAL, Quantity.POTENTIAL, e));
        ch.add(Channel.adopt("I", Role.CURRENT, Quantity.CURRENT, "mA", scale(i, 1)));
        ch.add(Channel.of("cycle", Role.CYCLE_INDEX, Quantity.COUNT, cyc));
        ch.add(Channel.of("sweep (+1 positive, -1 negative)", Role.OTHER, Quantity.DIMENSIONLESS, dir));
        return new Measurement(Metadata.builder().build(), ch);
    }

    static double[] scale(double[] v, double k) {
        double[] o = new double[v.length];
        for (int r = 0; r < v.length; r++) {
            o[r] = v[r] * k;
        }
        return o;
    }
}
