package org.nernst.io.palmsens.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;

/**
 * One PalmSens data array: its ArrayType (0 time, 1 potential, 2 current, 3 charge, 5 frequency,
 * 6 phase, 7 Z', 8 Z'', 10 |Z|, ...), description ("scan1", "time", "ZRe"), unit ("PalmSens.Units.MicroAmpere"
 * with symbol "A" and quantity label "Current"/"-Z''") and readings.
 */
record PsArray(int type, String description, String unitType, String symbol, String label, double[] values, int flagged) {

    private static final Map<String, String> PREFIX = Map.of("Pico", "p", "Nano", "n", "Micro", "µ", "Milli", "m", "Kilo", "k",
            "Mega", "M");
    /** Unit symbols that are not SI quantities Nernst knows: kept as raw values. */
    private static final Set<String> RAW = Set.of("S", "");

    static PsArray of(Object node) {
        Map<String, Object> m = SafeJson.map(node);
        Map<String, Object> unit = SafeJson.map(m.get("unit"));
        Object dv = m.get("datavalues");
        SafeJson.Values v = dv instanceof SafeJson.Values x ? x : new SafeJson.Values(new double[0], 0);
        double type = SafeJson.num(m.get("arraytype"));
        return new PsArray(Double.isNaN(type) ? -1 : (int) type, SafeJson.str(m.get("description")), SafeJson.str(unit.get("type")),
                SafeJson.str(unit.get("s")), SafeJson.str(unit.get("q")), v.v(), v.flagged());
    }

    int size() {
        return values.length;
    }

    /** The unit as written: prefix from the unit type name ("MicroAmpere" -> µ) and the symbol ("A"). */
    Optional<Unit> unit() {
        if (RAW.contains(symbol)) {
            return Optional.empty();
        }
        String t = unitType.substring(unitType.lastIndexOf('.') + 1);
        String prefix = "";
        for (Map.Entry<String, String> e : PREFIX.entrySet()) {
            if (t.startsWith(e.getKey())) {
                prefix = e.getValue();
            }
        }
        return Units.parse(prefix + symbol).or(() -> Units.parse(symbol));
    }

    /** PalmSens stores -Z'' and -Phase (positive for capacitive arcs): the label says so. */
    boolean negated() {
        return label.startsWith("-");
    }

    Role role() {
        return switch (type) {
            case 0 -> Role.TIME;
            case 1 -> Role.POTENTIAL;
            case 2 -> Role.CURRENT;
            case 3 -> Role.CHARGE;
            case 5 -> Role.FREQUENCY;
            case 6 -> Role.Z_PHASE;
            case 7 -> Role.Z_REAL;
            case 8 -> Role.Z_IMAG;
            case 10 -> Role.Z_MODULUS;
            case -1 -> unit().map(u -> switch (u.quantity()) { // curves of PSTrace 5.0 files name no ArrayType
                case POTENTIAL -> Role.POTENTIAL;
                case CURRENT -> Role.CURRENT;
                case TIME -> Role.TIME;
                case CHARGE -> Role.CHARGE;
                case FREQUENCY -> Role.FREQUENCY;
                default -> Role.OTHER;
            }).orElse(Role.OTHER);
            default -> Role.OTHER;
        };
    }

    String name() {
        String n = label.isBlank() ? description : label;
        return negated() ? n.substring(1) : n;
    }

    /** A channel in canonical units with the physical sign; {@code name} decided by the caller (unique). */
    Channel channel(String name, double[] v) {
        double[] x = v;
        if (negated()) {
            x = v.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] = -x[i];
            }
        }
        Optional<Unit> u = unit();
        Role role = role();
        if (u.isEmpty() || role != Role.OTHER && u.get().quantity() != role.quantity()) {
            return Channel.adopt(name, Role.OTHER, Quantity.DIMENSIONLESS, symbol, x);
        }
        return Channel.convert(name, role, u.get(), x, x.length);
    }

    /** Channels of arrays of equal length, with unique names (Idc and Iac are both "Current"). */
    static List<Channel> channels(List<PsArray> arrays) {
        List<Channel> out = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (PsArray a : arrays) {
            String name = a.name();
            if (!names.add(name)) {
                name = name + " (" + a.description() + ")";
                names.add(name);
            }
            Channel c = a.channel(name, a.values());
            if (c.role() != Role.OTHER && !roles.add(c.role())) {
                c = c.withRole(Role.OTHER); // a second current (Iac, miDC) is not the working current
            }
            out.add(c);
        }
        return out;
    }
}
