package org.nernst.core.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;

/**
 * One named column of primitive doubles in its quantity's canonical unit. Immutable: the array is
 * owned by the channel and never handed out (use {@link #toArray()} for a copy).
 *
 * <p>{@code sourceUnit} is the unit the file wrote (e.g. "mA"), kept for display and provenance.
 */
public final class Channel {
    private final String name;
    private final Role role;
    private final Quantity quantity;
    private final String sourceUnit;
    private final double[] values;

    private Channel(String name, Role role, Quantity quantity, String sourceUnit, double[] values) {
        this.name = Objects.requireNonNull(name);
        this.role = Objects.requireNonNull(role);
        this.quantity = Objects.requireNonNull(quantity);
        this.sourceUnit = sourceUnit == null ? "" : sourceUnit;
        this.values = values;
    }

    /** A channel whose values are already canonical; the array is copied. */
    public static Channel of(String name, Role role, Quantity quantity, double[] values) {
        return new Channel(name, role, quantity, quantity.canonicalSymbol(), values.clone());
    }

    /** A channel from values in {@code unit}: converted to canonical, the first {@code n} values used. */
    public static Channel convert(String name, Role role, Unit unit, double[] values, int n) {
        double[] v = Arrays.copyOf(values, n);
        unit.toCanonicalInPlace(v, n);
        return new Channel(name, role, unit.quantity(), unit.symbol(), v);
    }

    /** Takes ownership of {@code values} without copying: for readers that built the array themselves. */
    public static Channel adopt(String name, Role role, Quantity quantity, String sourceUnit, double[] values) {
        return new Channel(name, role, quantity, sourceUnit, values);
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public Quantity quantity() {
        return quantity;
    }

    /** Canonical unit symbol of the stored values. */
    public String unit() {
        return quantity.canonicalSymbol();
    }

    public String sourceUnit() {
        return sourceUnit;
    }

    public int size() {
        return values.length;
    }

    public double get(int row) {
        return values[row];
    }

    public double[] toArray() {
        return values.clone();
    }

    public double[] toArray(int from, int to) {
        return Arrays.copyOfRange(values, from, to);
    }

    public DoubleStream stream() {
        return Arrays.stream(values);
    }

    public Channel withRole(Role r) {
        return new Channel(name, r, quantity, sourceUnit, values);
    }

    /** A copy with every value multiplied by {@code k} (e.g. -1 to flip a sign convention). */
    public Channel scaled(double k) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= k;
        }
        return new Channel(name, role, quantity, sourceUnit, v);
    }

    /** Rows [from, to) as a new channel. */
    public Channel slice(int from, int to) {
        return new Channel(name, role, quantity, sourceUnit, Arrays.copyOfRange(values, from, to));
    }

    @Override
    public String toString() {
        return name + " [" + unit() + ", " + role + ", " + values.length + " rows]";
    }
}
