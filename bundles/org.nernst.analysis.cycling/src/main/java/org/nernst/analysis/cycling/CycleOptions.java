package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Settings of the cycling analyses.
 *
 * @param maxGapV         cycle-life criterion: the first cycle whose gap exceeds this ends the cycle life
 * @param minRtePct       cycle-life criterion: the first cycle whose voltage efficiency falls below this ends it
 * @param restCurrentA    |I| at or below which a row is a rest; default 1 % of the 99th percentile of |I|
 * @param useStepChannels use the cycler's STEP_TYPE / STEP_INDEX columns when the file has them
 * @param massG           active mass for specific capacities in the general summary (g)
 */
public record CycleOptions(OptionalDouble maxGapV, OptionalDouble minRtePct, OptionalDouble restCurrentA,
        boolean useStepChannels, OptionalDouble massG) {

    public static CycleOptions defaults() {
        return new CycleOptions(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), true,
                OptionalDouble.empty());
    }

    public CycleOptions withMaxGap(double v) {
        return new CycleOptions(OptionalDouble.of(v), minRtePct, restCurrentA, useStepChannels, massG);
    }

    public CycleOptions withMinRte(double pct) {
        return new CycleOptions(maxGapV, OptionalDouble.of(pct), restCurrentA, useStepChannels, massG);
    }

    public CycleOptions withRestCurrent(double a) {
        return new CycleOptions(maxGapV, minRtePct, OptionalDouble.of(a), useStepChannels, massG);
    }

    public CycleOptions withStepChannels(boolean b) {
        return new CycleOptions(maxGapV, minRtePct, restCurrentA, b, massG);
    }

    public CycleOptions withMass(double g) {
        return new CycleOptions(maxGapV, minRtePct, restCurrentA, useStepChannels, OptionalDouble.of(g));
    }

    /** The settings as the JSON "settings" object shows them (only what was set, plus the switches). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        maxGapV.ifPresent(v -> m.put("max_gap_V", v));
        minRtePct.ifPresent(v -> m.put("min_rte_pct", v));
        restCurrentA.ifPresent(v -> m.put("rest_current_A", v));
        m.put("use_step_channels", useStepChannels);
        massG.ifPresent(v -> m.put("mass_g", v));
        return m;
    }
}
