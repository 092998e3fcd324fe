package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Settings of the Zn-air discharge analysis.
 *
 * @param zincMassG    mass of zinc consumed (weighed before and after), g; without it only absolute values
 * @param cutoffV      stop counting at the first discharge point below this voltage
 * @param restCurrentA |I| at or below which a row is a rest; default as for cycling
 */
public record DischargeOptions(OptionalDouble zincMassG, OptionalDouble cutoffV, OptionalDouble restCurrentA) {

    public static DischargeOptions defaults() {
        return new DischargeOptions(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    public DischargeOptions withZincMass(double g) {
        return new DischargeOptions(OptionalDouble.of(g), cutoffV, restCurrentA);
    }

    public DischargeOptions withCutoff(double v) {
        return new DischargeOptions(zincMassG, OptionalDouble.of(v), restCurrentA);
    }

    public DischargeOptions withRestCurrent(double a) {
        return new DischargeOptions(zincMassG, cutoffV, OptionalDouble.of(a));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        zincMassG.ifPresent(g -> m.put("zinc_mass_g", g));
        cutoffV.ifPresent(v -> m.put("cutoff_V", v));
        restCurrentA.ifPresent(a -> m.put("rest_current_A", a));
        return m;
    }
}
