package org.nernst.analysis.lsv;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;

/**
 * Settings of an LSV/Tafel analysis, with the defaults of cli.md.
 *
 * @param reaction              ORR, OER or HER
 * @param corrections           potential scale, iR, area, background, sweep, smoothing
 * @param onsetThresholdMaCm2   onset threshold on |j| (default 0.1 mA cm^-2)
 * @param onsetMethod           threshold (default) or tangent
 * @param plateauWidthV         ORR plateau window: this much of the most negative end of the sweep (0.1 V)
 * @param plateauWindow         explicit plateau window instead
 * @param tafelRange            user Tafel window (potentials on the result's scale) instead of the automatic one
 * @param minTafelDecades       span of the automatic Tafel window in decades of current (1)
 * @param kineticFraction       ORR Tafel only where |j| <= this fraction of |jL| (0.8)
 * @param activityPotentialV    potential of mass/specific activity (0.9 V vs RHE)
 * @param loadingMgCm2          catalyst loading for the mass activity
 * @param ecsaCm2               electrochemically active area for the specific activity
 * @param currentDensitiesMaCm2 magnitudes at which E is reported besides 10 mA cm^-2 (OER/HER)
 */
public record LsvOptions(Reaction reaction, CorrectionOptions corrections, double onsetThresholdMaCm2,
        OnsetMethod onsetMethod, double plateauWidthV, Optional<Window> plateauWindow, Optional<Window> tafelRange,
        double minTafelDecades, double kineticFraction, double activityPotentialV, OptionalDouble loadingMgCm2,
        OptionalDouble ecsaCm2, List<Double> currentDensitiesMaCm2) {

    public enum OnsetMethod { THRESHOLD, TANGENT }

    /** A potential interval [lo, hi] in V. */
    public record Window(double lo, double hi) {
        public Window {
            if (!(lo < hi)) {
                throw new IllegalArgumentException("window needs lo < hi (got " + lo + ", " + hi + ")");
            }
        }

        public boolean contains(double e) {
            return e >= lo && e <= hi;
        }
    }

    public LsvOptions {
        currentDensitiesMaCm2 = List.copyOf(currentDensitiesMaCm2);
    }

    public static LsvOptions of(Reaction reaction, CorrectionOptions corrections) {
        return new LsvOptions(reaction, corrections, 0.1, OnsetMethod.THRESHOLD, 0.1, Optional.empty(), Optional.empty(),
                1.0, 0.8, 0.9, OptionalDouble.empty(), OptionalDouble.empty(), List.of());
    }

    public LsvOptions withOnset(double thresholdMaCm2, OnsetMethod method) {
        return new LsvOptions(reaction, corrections, thresholdMaCm2, method, plateauWidthV, plateauWindow, tafelRange,
                minTafelDecades, kineticFraction, activityPotentialV, loadingMgCm2, ecsaCm2, currentDensitiesMaCm2);
    }

    public LsvOptions withPlateau(double widthV, Optional<Window> window) {
        return new LsvOptions(reaction, corrections, onsetThresholdMaCm2, onsetMethod, widthV, window, tafelRange,
                minTafelDecades, kineticFraction, activityPotentialV, loadingMgCm2, ecsaCm2, currentDensitiesMaCm2);
    }

    public LsvOptions withTafel(Optional<Window> range, double minDecades, double kinetic) {
        return new LsvOptions(reaction, corrections, onsetThresholdMaCm2, onsetMethod, plateauWidthV, plateauWindow, range,
                minDecades, kinetic, activityPotentialV, loadingMgCm2, ecsaCm2, currentDensitiesMaCm2);
    }

    public LsvOptions withActivity(double potentialV, OptionalDouble loading, OptionalDouble ecsa) {
        return new LsvOptions(reaction, corrections, onsetThresholdMaCm2, onsetMethod, plateauWidthV, plateauWindow,
                tafelRange, minTafelDecades, kineticFraction, potentialV, loading, ecsa, currentDensitiesMaCm2);
    }

    public LsvOptions withCurrentDensities(List<Double> magnitudes) {
        return new LsvOptions(reaction, corrections, onsetThresholdMaCm2, onsetMethod, plateauWidthV, plateauWindow,
                tafelRange, minTafelDecades, kineticFraction, activityPotentialV, loadingMgCm2, ecsaCm2, magnitudes);
    }
}
