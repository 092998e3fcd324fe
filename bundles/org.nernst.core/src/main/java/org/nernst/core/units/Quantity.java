package org.nernst.core.units;

/**
 * Physical quantities Nernst stores, each with the canonical unit every channel of that
 * quantity is converted to at import, so analyses never guess units.
 */
public enum Quantity {
    TIME("s"),
    POTENTIAL("V"),
    CURRENT("A"),
    CURRENT_DENSITY("A/cm²"),
    CHARGE("C"),
    /** Battery capacity is charge too, but cyclers speak mA·h; stored in A·h to keep numbers readable. */
    CAPACITY("A·h"),
    ENERGY("W·h"),
    POWER("W"),
    FREQUENCY("Hz"),
    IMPEDANCE("Ω"),
    PHASE("°"),
    CAPACITANCE("F"),
    TEMPERATURE("°C"),
    SCAN_RATE("V/s"),
    ROTATION("rpm"),
    PERCENT("%"),
    /** Counters and indices (cycle number, step index, flags). */
    COUNT(""),
    DIMENSIONLESS(""),
    UNKNOWN("");

    private final String canonicalSymbol;

    Quantity(String canonicalSymbol) {
        this.canonicalSymbol = canonicalSymbol;
    }

    public String canonicalSymbol() {
        return canonicalSymbol;
    }
}
