package org.nernst.analysis.lsv.corrections;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.nernst.core.model.Measurement;

/**
 * Everything that shapes {@link Corrections#apply}. Empty optionals mean "not given": the metadata of the
 * file is used where cli.md allows it (reference, area), with a warning.
 *
 * @param reference          reference electrode name (a {@link ReferenceElectrode} id); exclusive with rheOffset
 * @param referencePotential custom reference potential vs SHE in V (the pH term is still added)
 * @param ph                 electrolyte pH
 * @param rheOffset          measured calibration E_RHE = E + offset (no pH term)
 * @param areaCm2            geometric electrode area in cm²
 * @param ruOhm              uncompensated resistance for E_corr = E - I Ru
 * @param background         N2/Ar-saturated background curve, corrected the same way and subtracted
 * @param cycle              1-based cycle of a CV (default the last)
 * @param direction          sweep of a CV (default positive-going; an LSV is used as recorded)
 * @param averageSweeps      capacitive correction: mean of the positive- and negative-going sweeps of the cycle
 * @param smoothingWindow    Savitzky–Golay window in points (odd, >= order + 2), 0 = no smoothing
 * @param smoothingOrder     Savitzky–Golay polynomial order
 * @param resampleStepV      grid step of the monotonic resampling; empty = the median step of the sweep
 */
public record CorrectionOptions(Optional<String> reference, OptionalDouble referencePotential, OptionalDouble ph,
        OptionalDouble rheOffset, OptionalDouble areaCm2, OptionalDouble ruOhm, Optional<Measurement> background,
        OptionalInt cycle, Optional<SweepDirection> direction, boolean averageSweeps, int smoothingWindow,
        int smoothingOrder, OptionalDouble resampleStepV) {

    public static CorrectionOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.reference = reference;
        b.referencePotential = referencePotential;
        b.ph = ph;
        b.rheOffset = rheOffset;
        b.area = areaCm2;
        b.ru = ruOhm;
        b.background = background;
        b.cycle = cycle;
        b.direction = direction;
        b.averageSweeps = averageSweeps;
        b.smoothingWindow = smoothingWindow;
        b.smoothingOrder = smoothingOrder;
        b.step = resampleStepV;
        return b;
    }

    /** Mutable builder with the defaults of cli.md. */
    public static final class Builder {
        private Optional<String> reference = Optional.empty();
        private OptionalDouble referencePotential = OptionalDouble.empty();
        private OptionalDouble ph = OptionalDouble.empty();
        private OptionalDouble rheOffset = OptionalDouble.empty();
        private OptionalDouble area = OptionalDouble.empty();
        private OptionalDouble ru = OptionalDouble.empty();
        private Optional<Measurement> background = Optional.empty();
        private OptionalInt cycle = OptionalInt.empty();
        private Optional<SweepDirection> direction = Optional.empty();
        private boolean averageSweeps;
        private int smoothingWindow;
        private int smoothingOrder = 2;
        private OptionalDouble step = OptionalDouble.empty();

        public Builder reference(String v) {
            reference = Optional.ofNullable(v);
            return this;
        }

        public Builder referencePotential(double vsShe) {
            referencePotential = OptionalDouble.of(vsShe);
            return this;
        }

        public Builder ph(double v) {
            ph = OptionalDouble.of(v);
            return this;
        }

        public Builder rheOffset(double v) {
            rheOffset = OptionalDouble.of(v);
            return this;
        }

        public Builder areaCm2(double v) {
            area = OptionalDouble.of(v);
            return this;
        }

        public Builder ruOhm(double v) {
            ru = OptionalDouble.of(v);
            return this;
        }

        public Builder background(Measurement v) {
            background = Optional.ofNullable(v);
            return this;
        }

        public Builder cycle(int oneBased) {
            cycle = OptionalInt.of(oneBased);
            return this;
        }

        public Builder direction(SweepDirection v) {
            direction = Optional.ofNullable(v);
            return this;
        }

        public Builder averageSweeps(boolean v) {
            averageSweeps = v;
            return this;
        }

        public Builder smoothing(int window, int order) {
            smoothingWindow = window;
            smoothingOrder = order;
            return this;
        }

        public Builder resampleStepV(double v) {
            step = OptionalDouble.of(v);
            return this;
        }

        public CorrectionOptions build() {
            return new CorrectionOptions(reference, referencePotential, ph, rheOffset, area, ru, background, cycle,
                    direction, averageSweeps, smoothingWindow, smoothingOrder, step);
        }
    }
}
