package org.nernst.io.cyclers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.StepType;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.ReadContext;

/**
 * The normalised form every cycler reader fills: test time (s), cell voltage (V), current (A,
 * <b>charge positive</b>, i.e. anodic at the cell's positive electrode; discharge negative), cycle
 * and step index as the cycler numbers them, a step type per row, capacities (A·h) and energies
 * (W·h) as the cycler counts them, then every other column. Builds the measurement with STEP and
 * CYCLE segments.
 *
 * <p>Step types come from the file when it names them (Neware "CC DChg", Novonix codes); else
 * from the direction the file gives (Maccor state C/D/R, BaSyTec command), else from the sign of
 * the step's mean current; a charging or discharging step is then CC when its current is steady,
 * CV when its voltage is, CCCV when it starts at constant current and ends at constant voltage.
 *
 * <p>Capacities and energies follow one convention whatever the cycler: counted up from zero at the
 * start of each cycle over that cycle's charge (or discharge) steps, held through the other steps
 * (Arbin's, PEC's and BaSyTec's own counting). Cyclers that count per step (Maccor, Neware,
 * Novonix) are summed step by step at import; their per-step columns are kept as extra channels.
 */
final class CyclerRecord {
    /** Relative current change that still counts as a constant-current step. */
    private static final double STEADY_CURRENT = 0.02;
    /** Voltage span (V) that still counts as a constant-voltage step or tail. */
    private static final double STEADY_VOLTAGE = 0.005;

    final Metadata.Builder metadata = Metadata.builder().technique(Technique.GCPL);
    double[] time;
    double[] voltage;
    double[] current;
    double[] cycle;
    double[] step;
    /** Per-row step types from the file, or null. */
    StepType[] stepType;
    /** Per-row direction from the file (+1 charge, -1 discharge, 0 rest), or null. */
    int[] direction;
    double[] chargeCapacity;
    double[] dischargeCapacity;
    double[] chargeEnergy;
    double[] dischargeEnergy;
    /** True when the capacity/energy arrays restart at every step (summed per cycle at build). */
    boolean countsPerStep;
    final List<Channel> extra = new ArrayList<>();

    Measurement build(ReadContext ctx) {
        if (time == null || voltage == null || current == null) {
            throw new IllegalStateException("reader did not set time, voltage and current");
        }
        int n = time.length;
        if (n == 0) {
            throw ctx.fail("the file holds no data records");
        }
        cycle = keepIfUsed(cycle, "cycle index", ctx);
        step = keepIfUsed(step, "step index", ctx);
        double[] type = stepTypes(n);
        if (countsPerStep) {
            chargeCapacity = perCycle(chargeCapacity);
            dischargeCapacity = perCycle(dischargeCapacity);
            chargeEnergy = perCycle(chargeEnergy);
            dischargeEnergy = perCycle(dischargeEnergy);
        }
        metadata.put("Capacity counting", "from zero at each cycle start, summed over the cycle's steps"
                + (countsPerStep ? " (the file counts per step; summed at import)" : " (as the file counts)"));
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.adopt("Test time", Role.TIME, Quantity.TIME, "s", time));
        ch.add(Channel.adopt("Voltage", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V", voltage));
        ch.add(Channel.adopt("Current", Role.CURRENT, Quantity.CURRENT, "A", current));
        if (cycle != null) {
            ch.add(Channel.adopt("Cycle", Role.CYCLE_INDEX, Quantity.COUNT, "", cycle));
        }
        if (step != null) {
            ch.add(Channel.adopt("Step", Role.STEP_INDEX, Quantity.COUNT, "", step));
        }
        ch.add(Channel.adopt("Step type", Role.STEP_TYPE, Quantity.COUNT, "", type));
        add(ch, "Charge capacity", Role.CHARGE_CAPACITY, Quantity.CAPACITY, chargeCapacity);
        add(ch, "Discharge capacity", Role.DISCHARGE_CAPACITY, Quantity.CAPACITY, dischargeCapacity);
        add(ch, "Charge energy", Role.CHARGE_ENERGY, Quantity.ENERGY, chargeEnergy);
        add(ch, "Discharge energy", Role.DISCHARGE_ENERGY, Quantity.ENERGY, dischargeEnergy);
        java.util.Set<String> names = new java.util.HashSet<>();
        ch.forEach(c -> names.add(c.name()));
        for (Channel c : extra) {
            if (c.size() != n) {
                throw new IllegalStateException("extra channel " + c.name() + " has " + c.size() + " rows");
            }
            String name = c.name();
            while (!names.add(name)) {
                name = name + "'";
            }
            ch.add(name.equals(c.name()) ? c : Channel.adopt(name, c.role(), c.quantity(), c.sourceUnit(), c.toArray()));
        }
        metadata.put("Current sign", "charge positive, discharge negative (A)");
        metadata.put("Step type codes", "0 rest, 1 CC charge, 2 CC discharge, 3 CV charge, 4 CV discharge, 5 CCCV charge,"
                + " 6 CCCV discharge, 9 other");
        List<Segment> segs = new ArrayList<>();
        if (step != null) {
            runs(step, Segment.Kind.STEP, "step ", segs);
        }
        if (cycle != null) {
            runs(cycle, Segment.Kind.CYCLE, "cycle ", segs);
        }
        return new Measurement(metadata.build(), ch, segs);
    }

    /** Per-step counts (0 outside their direction) to per-cycle sums: each step starts where the last ended. */
    private double[] perCycle(double[] q) {
        if (q == null) {
            return null;
        }
        double[] out = new double[q.length];
        double offset = 0;
        for (int k = 0; k < q.length; k++) {
            if (k > 0 && cycle != null && Double.compare(cycle[k], cycle[k - 1]) != 0) {
                offset = 0;
            } else if (k > 0 && stepBoundary(k)) {
                offset += Double.isFinite(q[k - 1]) ? q[k - 1] : 0;
            }
            out[k] = offset + q[k];
        }
        return out;
    }

    private boolean stepBoundary(int k) {
        if (step != null) {
            return Double.compare(step[k], step[k - 1]) != 0;
        }
        if (stepType != null) {
            return stepType[k] != stepType[k - 1];
        }
        return direction != null && direction[k] != direction[k - 1];
    }

    private static void add(List<Channel> ch, String name, Role role, Quantity q, double[] v) {
        if (v != null) {
            ch.add(Channel.adopt(name, role, q, q.canonicalSymbol(), v));
        }
    }

    /** An index column with no value at all is dropped with a warning; partly empty ones are kept. */
    private static double[] keepIfUsed(double[] x, String what, ReadContext ctx) {
        if (x == null) {
            return null;
        }
        long missing = Arrays.stream(x).filter(Double::isNaN).count();
        if (missing == x.length) {
            ctx.warn("the " + what + " column is empty in every row: no " + what.replace(" index", "") + " structure");
            return null;
        }
        if (missing > 0) {
            ctx.warn("the " + what + " column is empty in " + missing + " of " + x.length + " rows");
        }
        return x;
    }

    private double[] stepTypes(int n) {
        double[] out = new double[n];
        if (stepType != null) {
            metadata.put("Step types", "as the file names them");
            for (int k = 0; k < n; k++) {
                out[k] = stepType[k].code();
            }
            return out;
        }
        metadata.put("Step types", direction != null ? "direction from the file, CC/CV from current and voltage"
                : "inferred from the sign of the current and from current and voltage");
        double maxI = 0;
        for (double i : current) {
            if (Double.isFinite(i)) {
                maxI = Math.max(maxI, Math.abs(i));
            }
        }
        double rest = Math.max(1e-12, 1e-3 * maxI);
        // a step is a run of equal step index (or, without one, of equal direction)
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || boundary(k)) {
                StepType t = classify(start, k, rest);
                Arrays.fill(out, start, k, t.code());
                start = k;
            }
        }
        return out;
    }

    private boolean boundary(int k) {
        if (step != null) {
            return !(step[k] == step[k - 1]) && !(Double.isNaN(step[k]) && Double.isNaN(step[k - 1]));
        }
        if (direction != null) {
            return direction[k] != direction[k - 1];
        }
        int a = sign(current[k - 1]);
        int b = sign(current[k]);
        return a != b;
    }

    private static int sign(double i) {
        return i > 0 ? 1 : i < 0 ? -1 : 0;
    }

    private StepType classify(int from, int to, double rest) {
        int dir;
        if (direction != null) {
            int charge = 0;
            int discharge = 0;
            for (int k = from; k < to; k++) {
                charge += direction[k] > 0 ? 1 : 0;
                discharge += direction[k] < 0 ? 1 : 0;
            }
            dir = charge > discharge ? 1 : discharge > charge ? -1 : 0;
        } else {
            double sum = 0;
            int m = 0;
            for (int k = from; k < to; k++) {
                if (Double.isFinite(current[k])) {
                    sum += current[k];
                    m++;
                }
            }
            double mean = m == 0 ? 0 : sum / m;
            dir = Math.abs(mean) <= rest ? 0 : mean > 0 ? 1 : -1;
        }
        if (dir == 0) {
            return StepType.REST;
        }
        boolean cc = steadyCurrent(from, to);
        if (cc) {
            return dir > 0 ? StepType.CC_CHARGE : StepType.CC_DISCHARGE;
        }
        if (span(voltage, from, to) <= STEADY_VOLTAGE) {
            return dir > 0 ? StepType.CV_CHARGE : StepType.CV_DISCHARGE;
        }
        int head = from + Math.max(2, (to - from) / 5);
        int tail = to - Math.max(2, (to - from) / 5);
        if (head < tail && steadyCurrent(from, head) && span(voltage, tail, to) <= STEADY_VOLTAGE) {
            return dir > 0 ? StepType.CCCV_CHARGE : StepType.CCCV_DISCHARGE;
        }
        return StepType.OTHER;
    }

    private boolean steadyCurrent(int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        // the first record of a step often catches the current still ramping: judge from the second on
        for (int k = Math.min(from + 1, to - 1); k < to; k++) {
            double a = Math.abs(current[k]);
            if (Double.isFinite(a)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        return hi > 0 && (hi - lo) <= STEADY_CURRENT * hi;
    }

    private static double span(double[] v, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = from; k < to; k++) {
            if (Double.isFinite(v[k])) {
                lo = Math.min(lo, v[k]);
                hi = Math.max(hi, v[k]);
            }
        }
        return hi >= lo ? hi - lo : Double.POSITIVE_INFINITY;
    }

    private static void runs(double[] x, Segment.Kind kind, String label, List<Segment> out) {
        int start = 0;
        for (int k = 1; k <= x.length; k++) {
            if (k == x.length || Double.compare(x[k], x[start]) != 0) {
                if (!Double.isNaN(x[start])) {
                    out.add(new Segment(kind, (int) x[start], start, k, label + (long) x[start]));
                }
                start = k;
            }
        }
    }
}
