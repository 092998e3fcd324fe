package org.nernst.io.neware.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.StepType;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.ReadContext;

/**
 * Rows of a Neware file as decoded (file order), turned into a measurement the way Neware's own
 * software shows them: one row per record index (first copy kept, sorted by index), steps numbered
 * in order of appearance, cycles counted "charge first" (a new cycle starts at a charge step that
 * follows a discharge, Neware's default circular statistic), and total test time accumulated over
 * the step times.
 */
final class NewareTable {

    /** One record in file units: time in s (of the step), V, mA, mA·h, mW·h; timestamp in epoch s. */
    record Row(long index, int fileCycle, int stepIndex, long step, int status, double stepTime, double voltage,
            double currentMa, double chargeMah, double dischargeMah, double chargeMwh, double dischargeMwh,
            double timestamp) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** aux channel -> (record index -> temperature °C) */
    private final Map<Integer, Map<Long, Double>> temperature = new TreeMap<>();

    void add(Row r) {
        rows.add(r);
    }

    void temperature(int aux, long index, double celsius) {
        temperature.computeIfAbsent(aux, k -> new java.util.HashMap<>()).putIfAbsent(index, celsius);
    }

    int size() {
        return rows.size();
    }

    /** Neware status codes (BTS manuals; the same table as NewareNDA's). */
    static String statusName(int code) {
        return switch (code) {
            case 1 -> "CC_Chg";
            case 2 -> "CC_DChg";
            case 3 -> "CV_Chg";
            case 4 -> "Rest";
            case 5 -> "Cycle";
            case 7 -> "CCCV_Chg";
            case 8 -> "CP_DChg";
            case 9 -> "CP_Chg";
            case 10 -> "CR_DChg";
            case 13 -> "Pause";
            case 16 -> "Pulse";
            case 17 -> "SIM";
            case 19 -> "CV_DChg";
            case 20 -> "CCCV_DChg";
            case 21 -> "Control";
            case 22 -> "OCV";
            case 26 -> "CPCV_DChg";
            case 27 -> "CPCV_Chg";
            default -> "";
        };
    }

    static StepType stepType(int code) {
        return switch (code) {
            case 1 -> StepType.CC_CHARGE;
            case 2 -> StepType.CC_DISCHARGE;
            case 3 -> StepType.CV_CHARGE;
            case 19 -> StepType.CV_DISCHARGE;
            case 7 -> StepType.CCCV_CHARGE;
            case 20 -> StepType.CCCV_DISCHARGE;
            case 4, 22, 13 -> StepType.REST;
            default -> StepType.OTHER;
        };
    }

    Measurement build(Metadata.Builder md, ReadContext ctx) {
        if (rows.isEmpty()) {
            throw ctx.fail("the file holds no data records");
        }
        TreeSet<Long> seen = new TreeSet<>();
        List<Row> sorted = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (seen.add(r.index())) {
                sorted.add(r);
            }
        }
        sorted.sort(Comparator.comparingLong(Row::index));
        java.util.Set<Integer> unknown = new TreeSet<>();
        int n = sorted.size();
        double[] index = new double[n], cycle = new double[n], step = new double[n], stepIndex = new double[n];
        double[] status = new double[n], type = new double[n], time = new double[n], stepTime = new double[n];
        double[] v = new double[n], i = new double[n], qc = new double[n], qd = new double[n], ec = new double[n];
        double[] ed = new double[n], stamp = new double[n], fileCycle = new double[n];
        int stepNo = 0;
        double offset = 0;
        int cyc = 1;
        boolean discharged = false;
        boolean wasIncrement = false;
        for (int k = 0; k < n; k++) {
            Row r = sorted.get(k);
            if (k == 0 || r.step() != sorted.get(k - 1).step()) {
                stepNo++;
                offset = k == 0 ? 0 : time[k - 1];
            }
            String name = statusName(r.status());
            if (name.isEmpty()) {
                unknown.add(r.status());
            }
            // cycle counting, charge first: increment at the first row of a CC/CCCV/CP charge after a discharge
            boolean increment = name.equals("CC_Chg") || name.equals("CCCV_Chg") || name.equals("CP_Chg");
            if (increment && !wasIncrement && k > 0 && discharged) {
                cyc++;
                discharged = false;
            } else if (name.endsWith("_DChg") || name.equals("SIM")) {
                discharged = true;
            }
            wasIncrement = increment;
            index[k] = r.index();
            cycle[k] = cyc;
            fileCycle[k] = r.fileCycle();
            step[k] = stepNo;
            stepIndex[k] = r.stepIndex();
            status[k] = r.status();
            type[k] = stepType(r.status()).code();
            stepTime[k] = r.stepTime();
            time[k] = offset + r.stepTime();
            v[k] = r.voltage();
            i[k] = r.currentMa() * 1e-3;
            qc[k] = r.chargeMah() * 1e-3;
            qd[k] = r.dischargeMah() * 1e-3;
            ec[k] = r.chargeMwh() * 1e-3;
            ed[k] = r.dischargeMwh() * 1e-3;
            stamp[k] = r.timestamp();
        }
        if (!unknown.isEmpty()) {
            ctx.warn("unknown Neware status code(s) " + unknown + ": step type OTHER");
        }
        List<Channel> ch = new ArrayList<>(List.of(
                Channel.adopt("Test time", Role.TIME, Quantity.TIME, "s", time),
                Channel.adopt("Voltage", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V", v),
                Channel.adopt("Current", Role.CURRENT, Quantity.CURRENT, "mA", i),
                Channel.adopt("Cycle", Role.CYCLE_INDEX, Quantity.COUNT, "", cycle),
                Channel.adopt("Step", Role.STEP_INDEX, Quantity.COUNT, "", step),
                Channel.adopt("Step type", Role.STEP_TYPE, Quantity.COUNT, "", type),
                Channel.adopt("Charge capacity", Role.CHARGE_CAPACITY, Quantity.CAPACITY, "mA·h", qc),
                Channel.adopt("Discharge capacity", Role.DISCHARGE_CAPACITY, Quantity.CAPACITY, "mA·h", qd),
                Channel.adopt("Charge energy", Role.CHARGE_ENERGY, Quantity.ENERGY, "mW·h", ec),
                Channel.adopt("Discharge energy", Role.DISCHARGE_ENERGY, Quantity.ENERGY, "mW·h", ed),
                Channel.adopt("Step time", Role.OTHER, Quantity.TIME, "s", stepTime),
                Channel.adopt("Step_Index", Role.OTHER, Quantity.COUNT, "", stepIndex),
                Channel.adopt("Status", Role.OTHER, Quantity.COUNT, "", status),
                Channel.adopt("Index", Role.OTHER, Quantity.COUNT, "", index),
                Channel.adopt("Cycle (instrument)", Role.OTHER, Quantity.COUNT, "", fileCycle),
                Channel.adopt("Timestamp", Role.OTHER, Quantity.TIME, "s since 1970", stamp)));
        for (var e : temperature.entrySet()) {
            double[] t = new double[n];
            Arrays.fill(t, Double.NaN);
            for (int k = 0; k < n; k++) {
                Double x = e.getValue().get((long) index[k]);
                if (x != null) {
                    t[k] = x;
                }
            }
            ch.add(Channel.adopt("T" + e.getKey(), Role.TEMPERATURE, Quantity.TEMPERATURE, "°C", t));
        }
        md.put("Status codes", "0 rest, 1 CC charge, 2 CC discharge, 3 CV charge, 4 CV discharge, 5 CCCV charge,"
                + " 6 CCCV discharge, 9 other (Step type channel)");
        return new Measurement(md.build(), ch, segments(step, cycle));
    }

    private static List<Segment> segments(double[] step, double[] cycle) {
        List<Segment> out = new ArrayList<>();
        runs(step, Segment.Kind.STEP, "step ", out);
        runs(cycle, Segment.Kind.CYCLE, "cycle ", out);
        return out;
    }

    private static void runs(double[] x, Segment.Kind kind, String label, List<Segment> out) {
        int start = 0;
        for (int k = 1; k <= x.length; k++) {
            if (k == x.length || x[k] != x[start]) {
                out.add(new Segment(kind, (int) x[start], start, k, label + (int) x[start]));
                start = k;
            }
        }
    }
}
