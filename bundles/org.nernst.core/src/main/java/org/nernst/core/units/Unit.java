package org.nernst.core.units;

/**
 * A unit as written in a file, with the affine map to its quantity's canonical unit:
 * canonical = value * factor + offset.
 */
public record Unit(String symbol, Quantity quantity, double factor, double offset) {

    public static Unit canonical(Quantity q) {
        return new Unit(q.canonicalSymbol(), q, 1.0, 0.0);
    }

    public double toCanonical(double v) {
        return v * factor + offset;
    }

    public boolean isCanonical() {
        return factor == 1.0 && offset == 0.0;
    }

    /** Converts an array in place to the canonical unit (no copy: used on freshly parsed columns). */
    public void toCanonicalInPlace(double[] values, int n) {
        if (isCanonical()) {
            return;
        }
        for (int i = 0; i < n; i++) {
            values[i] = values[i] * factor + offset;
        }
    }
}
