package org.nernst.analysis.cycling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.analysis.cycling.internal.HalfCycleSplitter;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Specific capacity and energy of a Zn-air discharge, per gram of zinc consumed (cli.md). The discharge
 * rows are the lower-voltage direction of the current (all active rows when it flows one way only);
 * capacity = integral |I| dt, energy = integral V |I| dt (trapezoid rule), mean voltage = energy / capacity.
 */
public final class DischargeAnalyzer {
    /**
     * Theoretical specific capacity of zinc, Faraday's law Q = n F / M with n = 2, F = 96485.332 C/mol,
     * M(Zn) = 65.38 g/mol (IUPAC standard atomic weight): 820 mAh/g, the value quoted for Zn-air cells by
     * Li and Dai, Chem. Soc. Rev. 43 (2014) 5257.
     */
    public static final double THEORETICAL_MAH_PER_G = 2 * 96485.332 / 65.38 / 3.6;

    private DischargeAnalyzer() {
    }

    public static DischargeResult analyze(Measurement m, DischargeOptions o) {
        CycleOptions co = CycleOptions.defaults();
        if (o.restCurrentA().isPresent()) {
            co = co.withRestCurrent(o.restCurrentA().getAsDouble());
        }
        Segmentation seg = HalfCycleSplitter.split(m, co.withStepChannels(true));
        List<Diagnostic> warnings = new ArrayList<>();
        boolean oneWay = seg.of(HalfCycle.Kind.CHARGE).isEmpty() || seg.of(HalfCycle.Kind.DISCHARGE).isEmpty();
        // with one direction only, the splitter's "charge" guess is meaningless: every active row is discharge
        HalfCycle.Kind kind = oneWay && !seg.halfCycles().isEmpty() ? seg.halfCycles().get(0).kind() : HalfCycle.Kind.DISCHARGE;
        int want = kind == HalfCycle.Kind.CHARGE ? 1 : -1;
        seg.diagnostics().stream().filter(d -> !(oneWay && d.message().startsWith("the current flows in one direction")))
                .forEach(warnings::add);
        List<HalfCycle> parts = seg.of(kind);
        if (parts.isEmpty()) {
            throw NernstException.analysis("no discharge found in this record");
        }
        if (parts.size() > 1) {
            warnings.add(Diagnostic.warning(parts.size() + " discharge half-cycles found: capacity and energy summed over all"));
        }
        double[] t = m.require(Role.TIME).toArray();
        double[] v = HalfCycleSplitter.voltage(m).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        double dur = 0;
        double q = 0;
        double e = 0;
        boolean cut = false;
        List<double[]> curve = new ArrayList<>();
        outer:
        for (HalfCycle h : parts) {
            for (int k = h.firstRow(); k + 1 < h.endRow(); k++) {
                if (o.cutoffV().isPresent() && seg.state(k) == want && v[k] < o.cutoffV().getAsDouble()) {
                    cut = true;
                    break outer;
                }
                double dt = t[k + 1] - t[k];
                if (seg.state(k) == want && seg.state(k + 1) == want && dt > 0) {
                    if (curve.isEmpty() || curve.get(curve.size() - 1)[0] != k) {
                        curve.add(new double[] {k, q, v[k]});
                    }
                    dur += dt;
                    q += 0.5 * (Math.abs(i[k]) + Math.abs(i[k + 1])) * dt;
                    e += 0.5 * (v[k] * Math.abs(i[k]) + v[k + 1] * Math.abs(i[k + 1])) * dt;
                    curve.add(new double[] {k + 1, q, v[k + 1]});
                }
            }
        }
        if (!(q > 0)) {
            throw NernstException.analysis("the discharge carries no charge (above the cut-off)");
        }
        if (cut) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "discharge counted up to the %.3f V cut-off",
                    o.cutoffV().getAsDouble())));
        }
        double capMAh = q / 3.6;
        double energyMWh = e / 3.6;
        OptionalDouble specific = OptionalDouble.empty();
        OptionalDouble energyDensity = OptionalDouble.empty();
        if (o.zincMassG().isPresent()) {
            double g = o.zincMassG().getAsDouble();
            if (!(g > 0)) {
                throw NernstException.usage("--zinc-mass must be positive, got " + g);
            }
            specific = OptionalDouble.of(capMAh / g);
            // mWh per g equals Wh per kg
            energyDensity = OptionalDouble.of(energyMWh / g);
            if (capMAh / g > THEORETICAL_MAH_PER_G) {
                warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                        "%.0f mAh/g exceeds zinc's theoretical %.0f mAh/g (2F/M): check the zinc mass (consumed, not total?)",
                        capMAh / g, THEORETICAL_MAH_PER_G)));
            }
        } else {
            warnings.add(Diagnostic.warning("no --zinc-mass: capacity and energy are given in mAh and mWh, not per gram of zinc"));
        }
        Map<String, Object> settings = new LinkedHashMap<>(o.toJson());
        settings.put("segmentation", seg.method());
        settings.put("rest_threshold_A", seg.restThresholdA());
        settings.put("voltage_channel", HalfCycleSplitter.voltage(m).name());
        return new DischargeResult(capMAh, energyMWh, energyMWh / capMAh, dur / 3600, specific, energyDensity,
                curve.stream().mapToDouble(r -> r[1] / 3.6).toArray(), curve.stream().mapToDouble(r -> r[2]).toArray(),
                o.zincMassG(), settings, warnings);
    }
}
