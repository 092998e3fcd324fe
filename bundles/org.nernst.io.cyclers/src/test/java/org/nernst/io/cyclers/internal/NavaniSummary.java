package org.nernst.io.cyclers.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * navani's cycle_summary (navani/echem.py at e24221c, MIT: arbin_excel + cycle_summary) written out
 * for the test, so that its stated means can check our import: state from the sign of the current,
 * a half cycle at every change of state between non-rest records, capacity = charge + discharge
 * capacity minus its value at the half cycle's first non-rest record, full cycle = ceil(half / 2);
 * per full cycle the mean current, max/min voltage, max capacity while discharging / charging,
 * CE = charge / discharge, and per half cycle the mean voltage trapz(V, Q) / max(Q). Returns the
 * means over full cycles (NaN skipped, as pandas does).
 */
final class NavaniSummary {
    private NavaniSummary() {
    }

    static Map<String, Double> of(Measurement m) {
        double[] i = m.require(Role.CURRENT).toArray();
        double[] v = m.require(Role.CELL_VOLTAGE).toArray();
        double[] qc = m.require(Role.CHARGE_CAPACITY).toArray();
        double[] qd = m.require(Role.DISCHARGE_CAPACITY).toArray();
        int n = i.length;
        int[] state = new int[n]; // 0 charge, 1 discharge, -1 rest
        int[] half = new int[n];
        int prev = Integer.MIN_VALUE;
        int h = 0;
        for (int k = 0; k < n; k++) {
            state[k] = i[k] > 0 ? 0 : i[k] < 0 ? 1 : -1;
            if (state[k] != -1) {
                if (state[k] != prev) {
                    h++;
                }
                prev = state[k];
            }
            half[k] = h;
        }
        double[] cap = new double[n];
        Map<Integer, Double> first = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            cap[k] = qc[k] + qd[k];
            if (state[k] != -1) {
                first.putIfAbsent(half[k], cap[k]);
            }
        }
        for (int k = 0; k < n; k++) {
            cap[k] -= first.getOrDefault(half[k], 0.0);
        }
        TreeMap<Integer, double[]> full = new TreeMap<>(); // sumI, count, max V, min V, max Qdis, max Qcha, avgDis, avgCha
        for (int k = 0; k < n; k++) {
            double[] f = full.computeIfAbsent((int) Math.ceil(half[k] / 2.0), x -> new double[] {0, 0, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN, Double.NaN});
            f[0] += i[k];
            f[1]++;
            f[2] = Math.max(f[2], v[k]);
            f[3] = Math.min(f[3], v[k]);
            if (state[k] == 1) {
                f[4] = Double.isNaN(f[4]) ? cap[k] : Math.max(f[4], cap[k]);
            } else if (state[k] == 0) {
                f[5] = Double.isNaN(f[5]) ? cap[k] : Math.max(f[5], cap[k]);
            }
        }
        // mean voltage per half cycle (all its records), filed under its full cycle; later half cycles overwrite
        int start = 0;
        for (int k = 1; k <= n; k++) {
            if (k == n || half[k] != half[start]) {
                boolean dis = false;
                boolean cha = false;
                double area = 0;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = start; j < k; j++) {
                    dis |= state[j] == 1;
                    cha |= state[j] == 0;
                    max = Math.max(max, cap[j]);
                    if (j > start) {
                        area += 0.5 * (v[j] + v[j - 1]) * (cap[j] - cap[j - 1]);
                    }
                }
                double[] f = full.get((int) Math.ceil(half[start] / 2.0));
                if (dis) {
                    f[6] = area / max;
                }
                if (cha) {
                    f[7] = area / max;
                }
                start = k;
            }
        }
        String[] names = {"Current", "UCV", "LCV", "Discharge Capacity", "Charge Capacity", "CE", "Average Discharge Voltage",
            "Average Charge Voltage"};
        double[] sum = new double[names.length];
        int[] count = new int[names.length];
        for (double[] f : full.values()) {
            double[] row = {f[0] / f[1], f[2], f[3], f[4], f[5], f[5] / f[4], f[6], f[7]};
            for (int c = 0; c < row.length; c++) {
                if (!Double.isNaN(row[c])) {
                    sum[c] += row[c];
                    count[c]++;
                }
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            out.put(names[c], sum[c] / count[c]);
        }
        return out;
    }
}
