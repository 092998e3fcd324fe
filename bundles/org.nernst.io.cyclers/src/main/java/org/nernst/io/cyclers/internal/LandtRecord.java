package org.nernst.io.cyclers.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.model.StepType;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.io.api.ReadContext;

/** Maps a Landt record table (see {@link LandtColumns}) onto the normalised {@link CyclerRecord}. */
final class LandtRecord {
    /** An elapsed time beyond ten years is a date-time written in the test-time column. */
    private static final double ABSOLUTE_S = 10 * 365.25 * 86_400;
    private LandtRecord() {
    }

    static CyclerRecord map(CyclerTable t, ReadContext ctx) {
        List<String> h = t.headers;
        String time = LandtColumns.find(h, LandtColumns.TIME).orElseThrow();
        String current = LandtColumns.find(h, LandtColumns.CURRENT).orElseThrow();
        String voltage = LandtColumns.find(h, LandtColumns.VOLTAGE).orElseThrow();
        Set<String> used = new HashSet<>(List.of(time, current, voltage));
        CyclerRecord r = new CyclerRecord();
        r.time = t.numbers(time); // seconds already (SheetColumns durations)
        if (r.time.length > 0 && r.time[0] > ABSOLUTE_S) {
            // a date-time, not an elapsed time: dqdv reads TestTime cells so and counts from the first record
            double t0 = r.time[0];
            for (int k = 0; k < r.time.length; k++) {
                r.time[k] -= t0;
            }
            ctx.warn("column '" + time + "' holds date-times, not elapsed times: test time counted from the first record",
                    t.firstDataLine);
        }
        r.voltage = canonical(t, voltage, "V", Quantity.POTENTIAL, ctx);
        r.current = canonical(t, current, "mA", Quantity.CURRENT, ctx);
        r.cycle = number(t, LandtColumns.CYCLE, used);
        r.step = number(t, LandtColumns.STEP, used);
        LandtColumns.find(h, LandtColumns.STEP_TIME).filter(s -> !t.isText(t.column(s))).ifPresent(s -> {
            used.add(s);
            r.extra.add(Channel.adopt("Step time", Role.OTHER, Quantity.TIME, "s", t.numbers(s)));
        });
        int[] dir = directions(t, r, used, ctx);
        if (r.cycle == null) {
            r.cycle = cycles(dir);
            r.metadata.put("Cycle index", "derived: a cycle starts when a direction (charge or discharge) already seen"
                    + " in the cycle starts again (the file has no cycle column)");
        }
        Optional<String> cap = LandtColumns.find(h, LandtColumns.CAPACITY).filter(s -> !t.isText(t.column(s)));
        double[] stepCapacity = null;
        if (cap.isPresent()) {
            used.add(cap.get());
            double[] q = canonical(t, cap.get(), "mAh", Quantity.CAPACITY, ctx);
            stepCapacity = q.clone();
            r.extra.add(Channel.adopt("Capacity (step)", Role.OTHER, Quantity.CAPACITY, "A·h", stepCapacity));
            r.chargeCapacity = split(q, dir, 1);
            r.dischargeCapacity = split(q, dir, -1);
        }
        if (r.step == null) {
            r.step = steps(r, dir, stepCapacity);
            r.metadata.put("Step index", "derived: a new step where the state (or the current's direction) changes or the"
                    + " step capacity restarts from zero (the file has no step column)");
        }
        Optional<String> energy = LandtColumns.find(h, LandtColumns.ENERGY).filter(s -> !t.isText(t.column(s)));
        if (energy.isPresent()) {
            used.add(energy.get());
            double[] e = canonical(t, energy.get(), "mWh", Quantity.ENERGY, ctx);
            r.extra.add(Channel.adopt("Energy (step)", Role.OTHER, Quantity.ENERGY, "W·h", e.clone()));
            r.chargeEnergy = split(e, dir, 1);
            r.dischargeEnergy = split(e, dir, -1);
        }
        r.countsPerStep = true;
        LandtColumns.find(h, LandtColumns.SYSTIME).filter(s -> !t.isText(t.column(s))).ifPresent(s -> {
            used.add(s);
            double[] stamp = t.numbers(s);
            r.extra.add(Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", stamp));
            if (stamp.length > 0 && Double.isFinite(stamp[0]) && Double.isFinite(r.time[0])) {
                Cells.fromEpochSeconds(Math.floor(stamp[0] - r.time[0])).ifPresent(r.metadata::startTime);
            }
        });
        Columns.extras(t, used, r, LandtRecord::namedUnit); // every other numeric column
        return r;
    }

    /** A column in canonical units; the header's unit must measure {@code q} (else a located error). */
    private static double[] canonical(CyclerTable t, String header, String fallback, Quantity q, ReadContext ctx) {
        Optional<Unit> u = LandtColumns.unit(header, fallback);
        if (u.isEmpty() || u.get().quantity() != q) {
            throw ctx.fail("column '" + header + "' should be a " + q.name().toLowerCase(java.util.Locale.ROOT)
                    + " but its unit is '" + LandtColumns.unitText(header) + "'", t.firstDataLine - 1, t.column(header) + 1);
        }
        if (LandtColumns.unitText(header).isEmpty()) {
            ctx.warn("column '" + header + "' names no unit: " + fallback + " assumed (Landt's mA unit scheme)");
        }
        double[] v = t.numbers(header);
        u.get().toCanonicalInPlace(v, v.length);
        return v;
    }

    private static double[] number(CyclerTable t, Set<String> keys, Set<String> used) {
        Optional<String> c = LandtColumns.find(t.headers, keys).filter(s -> !t.isText(t.column(s)));
        c.ifPresent(used::add);
        return c.map(t::numbers).orElse(null);
    }

    /**
     * Per row +1 charge, -1 discharge, 0 rest: from the State column when it names every step, else
     * from the sign of the current (Landt writes discharge current negative [navani, dqdv]).
     */
    private static int[] directions(CyclerTable t, CyclerRecord r, Set<String> used, ReadContext ctx) {
        int n = t.rows;
        int[] dir = new int[n];
        for (int k = 0; k < n; k++) {
            dir[k] = r.current[k] > 0 ? 1 : r.current[k] < 0 ? -1 : 0;
        }
        Optional<String> state = LandtColumns.find(t.headers, LandtColumns.STATE).filter(s -> t.isText(t.column(s)));
        if (state.isEmpty()) {
            r.direction = dir; // step boundaries for the per-step capacities
            return dir;
        }
        used.add(state.get());
        String[] names = t.texts(state.get());
        StepType[] types = new StepType[n];
        Set<String> unknown = new TreeSet<>();
        int against = 0;
        for (int k = 0; k < n; k++) {
            types[k] = names[k] == null ? null : LandtColumns.stepType(names[k]);
            if (types[k] == null) {
                unknown.add(names[k] == null ? "(empty)" : names[k]);
                continue;
            }
            int d = LandtColumns.direction(types[k]);
            against += d != 0 && d * r.current[k] < 0 ? 1 : 0;
            dir[k] = d;
        }
        if (!unknown.isEmpty()) {
            ctx.warn("Landt state(s) " + unknown + " are not rest, charge or discharge: step types from current and voltage");
            r.direction = dir;
        } else {
            r.stepType = types;
        }
        if (against > 0) {
            ctx.warn(against + " record(s) have a current whose sign contradicts their state (charge positive, discharge"
                    + " negative): currents kept as exported");
        }
        return dir;
    }

    /**
     * Cycle numbers from 1: a new cycle when a direction already seen in this cycle starts again (the
     * dqdv LandParser's rule); the rest just before it opens the new cycle (a protocol loop starts
     * with its rest, so the rows at rest between the two steps go to the new cycle).
     */
    static double[] cycles(int[] dir) {
        double[] out = new double[dir.length];
        int cycle = 1;
        int last = 0;
        int lastActive = -1;
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < dir.length; k++) {
            int d = dir[k];
            if (d != 0 && d != last) {
                if (seen.contains(d)) {
                    cycle++;
                    seen.clear();
                    java.util.Arrays.fill(out, lastActive + 1, k, cycle);
                }
                seen.add(d);
                last = d;
            }
            if (d != 0) {
                lastActive = k;
            }
            out[k] = cycle;
        }
        return out;
    }

    /**
     * Step numbers from 1 for a file without a step column: a step ends where the step type (or
     * direction) changes, or where the step capacity falls to less than half its last value (Landt
     * counts it from zero in each step), so two discharges at different rates are two steps.
     */
    static double[] steps(CyclerRecord r, int[] dir, double[] capacity) {
        double[] out = new double[dir.length];
        int step = 1;
        for (int k = 0; k < dir.length; k++) {
            if (k > 0) {
                boolean kind = r.stepType != null ? r.stepType[k] != r.stepType[k - 1] : dir[k] != dir[k - 1];
                boolean restart = capacity != null && capacity[k] < 0.5 * capacity[k - 1];
                step += kind || restart ? 1 : 0;
            }
            out[k] = step;
        }
        return out;
    }

    /** The per-step count where the row runs in direction {@code d}, 0 elsewhere (unsigned: Landt counts up in both). */
    private static double[] split(double[] q, int[] dir, int d) {
        double[] out = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            out[k] = dir[k] == d ? Math.abs(q[k]) : 0;
        }
        return out;
    }

    /** A Landt header's name and unit ("Current/mA", "TestTime/Sec.", "Temp(C)"); unknown units: the full header, as written. */
    private static Columns.NamedUnit namedUnit(String h) {
        String unit = LandtColumns.unitText(h);
        Optional<Unit> u = unit.isEmpty() ? Optional.empty() : LandtColumns.unit(h, "");
        if (u.isEmpty()) {
            return new Columns.NamedUnit(h, Optional.empty());
        }
        String name = h.substring(0, h.indexOf(unit) > 0 ? h.indexOf(unit) - 1 : h.length()).strip();
        return new Columns.NamedUnit(name.isEmpty() ? h : name, u);
    }
}
