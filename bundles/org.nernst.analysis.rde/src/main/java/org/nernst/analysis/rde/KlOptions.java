package org.nernst.analysis.rde;

import java.util.List;

/**
 * Settings of a Koutecky-Levich analysis.
 *
 * @param electrolyte       C0, D0, nu for B (a preset or custom)
 * @param rpm               rotation rates, one per input in input order; empty = from metadata / file names
 * @param at                potentials to analyse (V, RHE when known); empty = a grid over the mixed-control region
 * @param gridStepV         spacing of the default grid
 * @param smoothingWindowV  half-width of the local-parabola smoother used to read j at a potential (0 = interpolate)
 * @param mixedLow          the mixed-control region is where every curve has mixedLow <= |j|/|j_L| <= mixedHigh
 * @param mixedHigh         see mixedLow
 * @param plateauWindowV    width of the limiting-current window at the diffusion-limited end of each sweep
 * @param parallelTolerance warn when a K-L slope differs from the median slope by more than this fraction
 * @param minR2             warn when a K-L line fits worse than this
 */
public record KlOptions(Electrolyte electrolyte, List<Double> rpm, List<Double> at, double gridStepV,
        double smoothingWindowV, double mixedLow, double mixedHigh, double plateauWindowV, double parallelTolerance,
        double minR2) {

    public KlOptions {
        rpm = List.copyOf(rpm);
        at = List.copyOf(at);
        if (!(gridStepV > 0) || smoothingWindowV < 0 || !(mixedLow > 0) || !(mixedHigh > mixedLow) || mixedHigh >= 1
                || !(plateauWindowV > 0) || !(parallelTolerance > 0)) {
            throw new IllegalArgumentException("invalid K-L options: " + this);
        }
    }

    /** Defaults: grid every 0.01 V where 0.2 <= |j|/|j_L| <= 0.8, +-0.01 V smoothing, 0.1 V plateau, 15 % parallelism. */
    public static KlOptions defaults(Electrolyte electrolyte) {
        return new KlOptions(electrolyte, List.of(), List.of(), 0.01, 0.01, 0.2, 0.8, 0.1, 0.15, 0.98);
    }

    public KlOptions withRpm(List<Double> v) {
        return new KlOptions(electrolyte, v, at, gridStepV, smoothingWindowV, mixedLow, mixedHigh, plateauWindowV,
                parallelTolerance, minR2);
    }

    public KlOptions withAt(List<Double> v) {
        return new KlOptions(electrolyte, rpm, v, gridStepV, smoothingWindowV, mixedLow, mixedHigh, plateauWindowV,
                parallelTolerance, minR2);
    }

    public KlOptions withGridStep(double v) {
        return new KlOptions(electrolyte, rpm, at, v, smoothingWindowV, mixedLow, mixedHigh, plateauWindowV,
                parallelTolerance, minR2);
    }

    public KlOptions withSmoothingWindow(double v) {
        return new KlOptions(electrolyte, rpm, at, gridStepV, v, mixedLow, mixedHigh, plateauWindowV,
                parallelTolerance, minR2);
    }
}
