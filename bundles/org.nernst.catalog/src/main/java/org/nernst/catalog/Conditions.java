package org.nernst.catalog;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The conditions a value was measured under. Values given here override what an analysis result
 * says about itself; what neither says stays unknown (and is flagged in rankings).
 */
public record Conditions(Optional<String> reaction, Optional<String> electrolyte, OptionalDouble loadingMgCm2,
        OptionalDouble rpm, OptionalDouble ph, Optional<String> electrode) {

    public static final Conditions UNKNOWN = new Conditions(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty());

    public Conditions withReaction(String r) {
        return new Conditions(Optional.of(r), electrolyte, loadingMgCm2, rpm, ph, electrode);
    }

    public Conditions withElectrolyte(String e) {
        return new Conditions(reaction, Optional.of(e), loadingMgCm2, rpm, ph, electrode);
    }

    public Conditions withLoading(double mgCm2) {
        return new Conditions(reaction, electrolyte, OptionalDouble.of(mgCm2), rpm, ph, electrode);
    }

    public Conditions withRpm(double r) {
        return new Conditions(reaction, electrolyte, loadingMgCm2, OptionalDouble.of(r), ph, electrode);
    }

    public Conditions withPh(double p) {
        return new Conditions(reaction, electrolyte, loadingMgCm2, rpm, OptionalDouble.of(p), electrode);
    }

    /** Label of one electrode of a sample: replicates of a sample differ in it. */
    public Conditions withElectrode(String e) {
        return new Conditions(reaction, electrolyte, loadingMgCm2, rpm, ph, Optional.of(e));
    }
}
