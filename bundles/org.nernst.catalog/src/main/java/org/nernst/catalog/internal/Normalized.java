package org.nernst.catalog.internal;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A value on the catalog's canonical unit: a single number, or a range (min, max) kept as such.
 * {@code given} is the value and unit as entered, kept for traceability; {@code notes} say what
 * conversion was applied.
 */
public record Normalized(OptionalDouble value, OptionalDouble min, OptionalDouble max, String unit, String given,
        List<String> notes) {

    public Normalized {
        notes = List.copyOf(notes);
    }

    /** The number a ranking uses: the value, else the middle of the range. */
    public OptionalDouble representative() {
        if (value.isPresent()) {
            return value;
        }
        if (min.isPresent() && max.isPresent()) {
            return OptionalDouble.of((min.getAsDouble() + max.getAsDouble()) / 2);
        }
        return OptionalDouble.empty();
    }
}
