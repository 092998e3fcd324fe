package org.nernst.core.model;

import org.nernst.core.units.Quantity;

/**
 * What a channel means to an analysis, independent of the vendor's column name. Readers assign
 * roles; analyses ask for roles, never for column names.
 */
public enum Role {
    TIME(Quantity.TIME),
    /** Working-electrode potential vs the reference (Ewe). */
    POTENTIAL(Quantity.POTENTIAL),
    /** Full-cell voltage (Ecell, battery voltage). */
    CELL_VOLTAGE(Quantity.POTENTIAL),
    /** Counter-electrode potential (Ece). */
    COUNTER_POTENTIAL(Quantity.POTENTIAL),
    /** Working (disk) current, anodic positive. */
    CURRENT(Quantity.CURRENT),
    /** RRDE ring current, anodic positive. */
    RING_CURRENT(Quantity.CURRENT),
    CURRENT_DENSITY(Quantity.CURRENT_DENSITY),
    CHARGE(Quantity.CHARGE),
    CAPACITY(Quantity.CAPACITY),
    CHARGE_CAPACITY(Quantity.CAPACITY),
    DISCHARGE_CAPACITY(Quantity.CAPACITY),
    ENERGY(Quantity.ENERGY),
    /** Energy put in during the charge half cycle (cycler "Charge_Energy", EC-Lab "Energy charge"). */
    CHARGE_ENERGY(Quantity.ENERGY),
    /** Energy delivered during the discharge half cycle. */
    DISCHARGE_ENERGY(Quantity.ENERGY),
    POWER(Quantity.POWER),
    FREQUENCY(Quantity.FREQUENCY),
    /** Real part of the impedance. */
    Z_REAL(Quantity.IMPEDANCE),
    /** Imaginary part of the impedance with its physical sign (negative for a capacitive arc); readers negate "-Im(Z)" columns. */
    Z_IMAG(Quantity.IMPEDANCE),
    Z_MODULUS(Quantity.IMPEDANCE),
    /** Impedance phase in degrees with its physical sign. */
    Z_PHASE(Quantity.PHASE),
    CYCLE_INDEX(Quantity.COUNT),
    STEP_INDEX(Quantity.COUNT),
    /** Step type code, see {@link StepType#code()}. */
    STEP_TYPE(Quantity.COUNT),
    /** Sweep/half-cycle/technique-loop markers a vendor writes (EC-Lab "Ns", "ox/red"). */
    SEGMENT_INDEX(Quantity.COUNT),
    TEMPERATURE(Quantity.TEMPERATURE),
    /** Anything else: kept, shown and exported, never used by analyses. */
    OTHER(Quantity.UNKNOWN);

    private final Quantity quantity;

    Role(Quantity quantity) {
        this.quantity = quantity;
    }

    /** The quantity a channel of this role has (OTHER: any). */
    public Quantity quantity() {
        return quantity;
    }
}
