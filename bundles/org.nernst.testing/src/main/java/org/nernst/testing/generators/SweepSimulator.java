package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * A potentiostat sweeping its applied potential (vs the reference) in equal steps. The cell current flows
 * through the uncompensated resistance, so the interface sees E_app - I Ru: the current is the root of
 * I = f(E_app - I Ru), found by bisection (f increases with potential for every electrode reaction, so the root
 * is unique and lies between 0 and f(E_app)). Measurement noise is added to the recorded current afterwards.
 * Recorded columns: time (s), Ewe (V vs the reference, the applied value, as instruments record it without
 * iR compensation), I (A).
 */
public final class SweepSimulator {
    private SweepSimulator() {
    }

    /**
     * @param vertices    applied potentials (V vs RHE) the sweep runs through in order, e.g. {1.1, 0.05} for an
     *                    LSV or {1.1, 0.05, 1.1, 0.05, 1.1} for two CV cycles
     * @param step        potential step in V (> 0)
     * @param scanRate    sweep rate in V/s, for the time column
     * @param rheOffset   E_RHE - E_ref of the reference the file is recorded against
     * @param ruOhm       uncompensated resistance
     * @param currentA    total cell current in A at (interfacial potential vs RHE, sweep sign +1/-1)
     * @param noise       measurement noise on the current (A)
     * @param metadata    metadata of the result
     */
    public static Measurement run(double[] vertices, double step, double scanRate, double rheOffset, double ruOhm,
            DoubleBinaryOperator currentA, Noise noise, Metadata metadata) {
        List<double[]> rows = new ArrayList<>();
        double t = 0;
        for (int v = 0; v + 1 < vertices.length; v++) {
            double a = vertices[v];
            double b = vertices[v + 1];
            double sign = Math.signum(b - a);
            int n = (int) Math.round(Math.abs(b - a) / step);
            for (int k = (v == 0 ? 0 : 1); k <= n; k++) {
                double eRhe = a + sign * k * step;
                double i = solve(eRhe, ruOhm, sign, currentA);
                rows.add(new double[] {t + k * step / scanRate, eRhe - rheOffset, i + noise.next()});
            }
            t += n * step / scanRate;
        }
        double[] time = new double[rows.size()];
        double[] e = new double[rows.size()];
        double[] i = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            time[r] = rows.get(r)[0];
            e[r] = rows.get(r)[1];
            i[r] = rows.get(r)[2];
        }
        return new Measurement(metadata, List.of(Channel.of("time", Role.TIME, Quantity.TIME, time),
                Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    /** The current I with I = f(E - I Ru, sign). */
    static double solve(double eApplied, double ru, double sign, DoubleBinaryOperator f) {
        double i0 = f.applyAsDouble(eApplied, sign);
        if (ru == 0 || i0 == 0) {
            return i0;
        }
        double lo = Math.min(0, i0);
        double hi = Math.max(0, i0);
        for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.max(1e-12, Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            double g = mid - f.applyAsDouble(eApplied - mid * ru, sign);
            if (g > 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The RHE offset of a reference at {@code vsShe} V in a solution of pH {@code ph}: vsShe + 0.05916 pH (25 °C). */
    public static double rheOffset(double vsShe, double ph) {
        // 2.303 RT/F at 298.15 K (Bard & Faulkner, Electrochemical Methods, 2nd ed., 2001)
        return vsShe + 0.05916 * ph;
    }
}
