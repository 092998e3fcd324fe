package org.nernst.io;

import java.util.Optional;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * Guesses the technique of a measurement whose file does not say, from what its channels do:
 * impedance columns mean EIS; a potential swept one way is an LSV, swept back and forth a CV; a
 * current switching sign at constant magnitude is galvanostatic cycling.
 */
public final class Techniques {
    private Techniques() {
    }

    public static Technique guess(Measurement m) {
        if (m.channel(Role.FREQUENCY).isPresent() && (m.channel(Role.Z_REAL).isPresent() || m.channel(Role.Z_MODULUS).isPresent())) {
            return Technique.EIS;
        }
        Optional<Channel> current = m.channel(Role.CURRENT);
        Optional<Channel> e = m.channel(Role.POTENTIAL).or(() -> m.channel(Role.CELL_VOLTAGE));
        if (current.isEmpty() || e.isEmpty() || m.rows() < 3) {
            return Technique.UNKNOWN;
        }
        double[] i = current.get().toArray();
        double[] v = e.get().toArray();
        if (isPiecewiseConstantWithSignChanges(i)) {
            return Technique.GCPL;
        }
        int reversals = reversals(v);
        if (reversals == 0 && monotoneFraction(v) > 0.9) {
            return m.channel(Role.CELL_VOLTAGE).isPresent() && m.channel(Role.POTENTIAL).isEmpty()
                    ? Technique.POLARIZATION : Technique.LSV;
        }
        if (reversals == 0 && monotoneFraction(i) > 0.9 && m.channel(Role.CELL_VOLTAGE).isPresent()) {
            return Technique.POLARIZATION;
        }
        if (reversals >= 1) {
            return Technique.CV;
        }
        return Technique.UNKNOWN;
    }

    /** Direction changes of a sweep, ignoring noise smaller than 2 % of the swept range. */
    static int reversals(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double tol = 0.02 * (max - min);
        if (tol == 0) {
            return 0;
        }
        int dir = 0;
        int reversals = 0;
        double extreme = v[0];
        for (double x : v) {
            if (dir >= 0 && x > extreme) {
                extreme = x;
                dir = 1;
            } else if (dir <= 0 && x < extreme) {
                extreme = x;
                dir = -1;
            } else if (dir == 1 && x < extreme - tol) {
                reversals++;
                dir = -1;
                extreme = x;
            } else if (dir == -1 && x > extreme + tol) {
                reversals++;
                dir = 1;
                extreme = x;
            }
        }
        return reversals;
    }

    private static double monotoneFraction(double[] v) {
        int up = 0;
        int down = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[k - 1]) {
                up++;
            } else if (v[k] < v[k - 1]) {
                down++;
            }
        }
        return Math.max(up, down) / (double) Math.max(1, v.length - 1);
    }

    private static boolean isPiecewiseConstantWithSignChanges(double[] i) {
        double maxAbs = 0;
        for (double x : i) {
            maxAbs = Math.max(maxAbs, Math.abs(x));
        }
        if (maxAbs == 0) {
            return false;
        }
        int constant = 0;
        int signChanges = 0;
        int lastSign = 0;
        for (int k = 1; k < i.length; k++) {
            if (Math.abs(i[k] - i[k - 1]) <= 1e-3 * maxAbs) {
                constant++;
            }
            int s = Math.abs(i[k]) < 0.05 * maxAbs ? 0 : (int) Math.signum(i[k]);
            if (s != 0 && lastSign != 0 && s != lastSign) {
                signChanges++;
            }
            if (s != 0) {
                lastSign = s;
            }
        }
        return signChanges >= 1 && constant > 0.8 * (i.length - 1);
    }
}
