package org.nernst.analysis.cycling.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nernst.analysis.cycling.CycleOptions;
import org.nernst.analysis.cycling.HalfCycle;
import org.nernst.analysis.cycling.Segmentation;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.StepType;

/**
 * Splits a galvanostatic record into half-cycles (cli.md, "Zn-air cycling"): a half-cycle ends where
 * the current changes direction; rests (|I| at or below a threshold, or REST steps of the cycler) are
 * excluded but do not split. Which direction is charge is decided by voltage, not by sign: the
 * direction with the higher time-averaged voltage is charge, whatever convention the instrument uses.
 */
public final class HalfCycleSplitter {
    /** Runs shorter than this fraction of the longest run are flicker (noise around zero current, a logging glitch). */
    private static final double GLITCH_FRACTION = 0.005;

    private HalfCycleSplitter() {
    }

    /** The voltage the analyses use: the full-cell voltage when recorded, else the working-electrode potential. */
    public static Channel voltage(Measurement m) {
        return m.channel(Role.CELL_VOLTAGE).or(() -> m.channel(Role.POTENTIAL)).orElseThrow(() -> NernstException.input(
                "no cell voltage or potential column; the file has: " + m.describeChannels(),
                Location.file(m.metadata().sourceFile().orElse(null))));
    }

    public static Segmentation split(Measurement m, CycleOptions o) {
        double[] t = m.require(Role.TIME).toArray();
        double[] v = voltage(m).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        int n = t.length;
        List<Diagnostic> diags = new ArrayList<>();
        double p99 = percentileAbs(i, 0.99);
        if (!(p99 > 0)) {
            throw NernstException.analysis("no current flows in this record: nothing to split into charge and discharge");
        }
        double thr = o.restCurrentA().orElse(0.01 * p99);
        int[] dir = new int[n];
        String method;
        Optional<Channel> stepType = o.useStepChannels() ? m.channel(Role.STEP_TYPE) : Optional.empty();
        Optional<Channel> stepIndex = o.useStepChannels() ? m.channel(Role.STEP_INDEX) : Optional.empty();
        boolean typed = stepType.isPresent() && stepType.get().stream().anyMatch(c -> StepType.ofCode(c) != StepType.OTHER);
        if (typed) {
            method = "step type";
            double[] st = stepType.get().toArray();
            for (int k = 0; k < n; k++) {
                dir[k] = typeState(StepType.ofCode(st[k]));
            }
        } else if (stepIndex.isPresent()) {
            method = "step index";
            byStep(stepIndex.get().toArray(), t, i, thr, dir);
        } else {
            method = "current sign";
            for (int k = 0; k < n; k++) {
                dir[k] = Math.abs(i[k]) <= thr ? 0 : (i[k] > 0 ? 1 : -1);
            }
        }
        int chargeSign;
        int[] state;
        double[] meanV = meanVoltageByDirection(t, v, dir);
        if (typed) {
            // the cycler labelled the steps: dir already holds +1 charge / -1 discharge
            state = dir;
            chargeSign = currentSignOf(i, dir);
            if (meanV[0] > 0 && meanV[1] > 0 && meanV[0] < meanV[1]) {
                diags.add(Diagnostic.warning(String.format(java.util.Locale.ROOT,
                        "the cycler's charge steps average %.4f V, below its discharge steps (%.4f V): step labels used as written",
                        meanV[0], meanV[1])));
            }
        } else {
            if (meanV[0] == 0 || meanV[1] == 0) {
                chargeSign = meanV[0] == 0 && meanV[1] == 0 ? 0 : 1;
                if (chargeSign == 0) {
                    throw NernstException.analysis("no interval under current found (rest threshold "
                            + thr + " A): nothing to analyse");
                }
                diags.add(Diagnostic.warning("the current flows in one direction only: charge and discharge cannot be told "
                        + "apart by voltage; positive current taken as charge"));
            } else {
                chargeSign = meanV[0] >= meanV[1] ? 1 : -1;
            }
            state = new int[n];
            for (int k = 0; k < n; k++) {
                state[k] = dir[k] * chargeSign;
            }
        }
        List<int[]> runs = runs(state);
        List<HalfCycle> halves = build(runs, state, t, v, i, diags);
        if (Arrays.stream(t).anyMatch(Double::isNaN) || decreasing(t)) {
            diags.add(Diagnostic.warning("time goes backwards or is missing in places: those intervals are left out of every average"));
        }
        return new Segmentation(halves, state, method, thr, chargeSign, diags);
    }

    private static int typeState(StepType type) {
        return switch (type) {
            case CC_CHARGE, CV_CHARGE, CCCV_CHARGE -> 1;
            case CC_DISCHARGE, CV_DISCHARGE, CCCV_DISCHARGE -> -1;
            // rests, and steps the cycler did not label as charge or discharge (pulses, checks), are left out
            default -> 0;
        };
    }

    /** Each contiguous step gets one direction from the sign of its mean current (rests: |mean| <= thr). */
    private static void byStep(double[] step, double[] t, double[] i, double thr, int[] dir) {
        int n = step.length;
        int s = 0;
        while (s < n) {
            int e = s + 1;
            while (e < n && step[e] == step[s]) {
                e++;
            }
            double sum = 0;
            for (int k = s; k < e; k++) {
                sum += i[k];
            }
            double mean = sum / (e - s);
            int d = Math.abs(mean) <= thr ? 0 : (mean > 0 ? 1 : -1);
            Arrays.fill(dir, s, e, d);
            s = e;
        }
    }

    /** Time-averaged voltage of the +1 and -1 rows (trapezoid over intervals inside one direction); 0 when none. */
    private static double[] meanVoltageByDirection(double[] t, double[] v, int[] dir) {
        double[] num = new double[2];
        double[] den = new double[2];
        for (int k = 0; k + 1 < t.length; k++) {
            double dt = t[k + 1] - t[k];
            if (dir[k] != 0 && dir[k] == dir[k + 1] && dt > 0) {
                int slot = dir[k] > 0 ? 0 : 1;
                num[slot] += 0.5 * (v[k] + v[k + 1]) * dt;
                den[slot] += dt;
            }
        }
        return new double[] {den[0] > 0 ? num[0] / den[0] : 0, den[1] > 0 ? num[1] / den[1] : 0};
    }

    private static int currentSignOf(double[] i, int[] state) {
        double sum = 0;
        for (int k = 0; k < i.length; k++) {
            if (state[k] > 0) {
                sum += i[k];
            }
        }
        return sum > 0 ? 1 : sum < 0 ? -1 : 0;
    }

    /** Maximal runs {state, first, end} of equal non-zero state; rest rows neither split nor belong. */
    private static List<int[]> runs(int[] state) {
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        for (int k = 0; k < state.length; k++) {
            if (state[k] == 0) {
                continue;
            }
            if (cur == null || cur[0] != state[k]) {
                cur = new int[] {state[k], k, k + 1};
                out.add(cur);
            } else {
                cur[2] = k + 1;
            }
        }
        return out;
    }

    private static List<HalfCycle> build(List<int[]> runs, int[] state, double[] t, double[] v, double[] i, List<Diagnostic> diags) {
        double longest = 0;
        double[] active = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            active[r] = integrate(runs.get(r), state, t, v, i)[0];
            longest = Math.max(longest, active[r]);
        }
        List<int[]> kept = new ArrayList<>();
        int glitches = 0;
        for (int r = 0; r < runs.size(); r++) {
            int[] run = runs.get(r);
            if (active[r] <= GLITCH_FRACTION * longest) {
                glitches++;
                for (int k = run[1]; k < run[2]; k++) {
                    if (state[k] == run[0]) {
                        state[k] = 0;
                    }
                }
                continue;
            }
            int[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last[0] == run[0]) {
                last[2] = run[2];
            } else {
                kept.add(run.clone());
            }
        }
        if (glitches > 0) {
            diags.add(Diagnostic.warning(glitches + " brief current reversal(s) shorter than "
                    + (GLITCH_FRACTION * 100) + " % of the longest half-cycle ignored (noise or logging glitches)"));
        }
        List<HalfCycle> out = new ArrayList<>();
        for (int[] run : kept) {
            double[] s = integrate(run, state, t, v, i);
            int last = run[2] - 1;
            out.add(new HalfCycle(out.size(), run[0] > 0 ? HalfCycle.Kind.CHARGE : HalfCycle.Kind.DISCHARGE, run[1], run[2],
                    t[run[1]], t[last], s[0], s[1] / s[0], v[last], s[2] / 3600, s[3] / 3600));
        }
        return out;
    }

    /**
     * {active time, integral V dt, integral |I| dt, integral V|I| dt} by the trapezoid rule over the intervals
     * whose both ends carry the run's state (rests and the other direction excluded).
     */
    static double[] integrate(int[] run, int[] state, double[] t, double[] v, double[] i) {
        double dur = 0;
        double vt = 0;
        double q = 0;
        double e = 0;
        for (int k = run[1]; k + 1 < run[2]; k++) {
            double dt = t[k + 1] - t[k];
            if (state[k] == run[0] && state[k + 1] == run[0] && dt > 0) {
                dur += dt;
                vt += 0.5 * (v[k] + v[k + 1]) * dt;
                q += 0.5 * (Math.abs(i[k]) + Math.abs(i[k + 1])) * dt;
                e += 0.5 * (v[k] * Math.abs(i[k]) + v[k + 1] * Math.abs(i[k + 1])) * dt;
            }
        }
        return new double[] {dur, vt, q, e};
    }

    private static boolean decreasing(double[] t) {
        for (int k = 0; k + 1 < t.length; k++) {
            if (t[k + 1] < t[k]) {
                return true;
            }
        }
        return false;
    }

    /** The q-quantile of |x| (NaN ignored), by quickselect: O(n), no full sort of a million rows. */
    static double percentileAbs(double[] x, double q) {
        double[] a = new double[x.length];
        int n = 0;
        for (double d : x) {
            if (!Double.isNaN(d)) {
                a[n++] = Math.abs(d);
            }
        }
        if (n == 0) {
            return 0;
        }
        int target = Math.min(n - 1, (int) Math.floor(q * (n - 1)));
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            // median-of-three pivot, Hoare partition (Sedgewick, Algorithms 4th ed., sec. 2.3 and 2.5)
            int mid = (lo + hi) >>> 1;
            double pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double tmp = a[i];
                    a[i] = a[j];
                    a[j] = tmp;
                    i++;
                    j--;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[target];
    }
}
