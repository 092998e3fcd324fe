package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cycle: the first half-cycle and the next one of the other kind (cli.md), with the Zn-air figures
 * of merit. Times are hours since the start of the record.
 */
public record CycleStats(int cycle, HalfCycle first, HalfCycle second, double startH, double endH) {

    public HalfCycle charge() {
        return first.kind() == HalfCycle.Kind.CHARGE ? first : second;
    }

    public HalfCycle discharge() {
        return first.kind() == HalfCycle.Kind.DISCHARGE ? first : second;
    }

    public double vChargeV() {
        return charge().meanVoltage();
    }

    public double vDischargeV() {
        return discharge().meanVoltage();
    }

    /** Charge/discharge voltage gap, the Zn-air figure of merit (cli.md): v_charge - v_discharge. */
    public double gapV() {
        return vChargeV() - vDischargeV();
    }

    /** Voltage round-trip efficiency, 100 v_discharge / v_charge (cli.md). */
    public double rtePct() {
        return 100 * vDischargeV() / vChargeV();
    }

    /** Coulombic efficiency 100 Q_discharge / Q_charge; NaN without charge. */
    public double coulombicEfficiencyPct() {
        return charge().capacityAh() > 0 ? 100 * discharge().capacityAh() / charge().capacityAh() : Double.NaN;
    }

    /** Energy efficiency 100 E_discharge / E_charge (integral of V|I|dt each); NaN without charge energy. */
    public double energyEfficiencyPct() {
        return charge().energyWh() > 0 ? 100 * discharge().energyWh() / charge().energyWh() : Double.NaN;
    }

    public double midH() {
        return (startH + endH) / 2;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cycle", cycle);
        m.put("v_charge_V", vChargeV());
        m.put("v_discharge_V", vDischargeV());
        m.put("gap_V", gapV());
        m.put("rte_pct", rtePct());
        m.put("v_charge_end_V", charge().endVoltage());
        m.put("v_discharge_end_V", discharge().endVoltage());
        m.put("charge_h", charge().activeS() / 3600);
        m.put("discharge_h", discharge().activeS() / 3600);
        m.put("start_h", startH);
        m.put("end_h", endH);
        m.put("charge_capacity_mAh", charge().capacityAh() * 1000);
        m.put("discharge_capacity_mAh", discharge().capacityAh() * 1000);
        Json.putFinite(m, "coulombic_efficiency_pct", coulombicEfficiencyPct());
        Json.putFinite(m, "energy_efficiency_pct", energyEfficiencyPct());
        return m;
    }
}
