package org.nernst.batch.internal;

import java.util.Arrays;
import java.util.Optional;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Tells ORR, OER and HER apart from the curve when nothing names the reaction: an oxidation current
 * rising at the positive end is OER; a reduction current growing at the negative end is ORR when it
 * levels off (a diffusion plateau, Bard and Faulkner, Electrochemical Methods, 2nd ed., 9.3), HER
 * when it keeps growing exponentially (Tafel behaviour).
 */
final class ReactionGuess {
    private ReactionGuess() {
    }

    static Optional<Reaction> guess(Measurement m) {
        double[] e = m.require(Role.POTENTIAL).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        Integer[] idx = new Integer[e.length];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(e[a], e[b]));
        int n = idx.length;
        if (n < 10) {
            return Optional.empty();
        }
        double low = mean(i, idx, 0, n / 20 + 1);
        double lowInner = mean(i, idx, n / 5, n / 5 + n / 20 + 1);
        double high = mean(i, idx, n - n / 20 - 1, n);
        if (high > 0 && Math.abs(high) > 3 * Math.abs(low)) {
            return Optional.of(Reaction.OER);
        }
        if (low < 0 && Math.abs(low) > 3 * Math.abs(high)) {
            // a plateau keeps most of its current 15 % of the range further in; an exponential loses it
            return Optional.of(Math.abs(lowInner) > 0.6 * Math.abs(low) ? Reaction.ORR : Reaction.HER);
        }
        return Optional.empty();
    }

    private static double mean(double[] v, Integer[] idx, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += v[idx[k]];
        }
        return s / Math.max(1, to - from);
    }
}
