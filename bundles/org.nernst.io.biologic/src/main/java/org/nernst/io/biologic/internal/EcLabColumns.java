package org.nernst.io.biologic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * EC-Lab column conventions the generic header rules cannot know: which of several current or
 * capacity columns an analysis should use, the mode-dependent "control/V/mA" column, and the
 * per-point compensated resistance "Rcmp".
 */
final class EcLabColumns {
    private EcLabColumns() {
    }

    /** Old exports write "<Ewe/V>"; the unit belongs outside the brackets. */
    static String normalise(String header) {
        String h = header.strip();
        // a file re-encoded without its code page lost "°" and "µ" (U+FFFD); EC-Lab writes them only in these units
        h = h.replace("/\uFFFDC", "/°C").replace("/\uFFFDF", "/µF");
        if (h.startsWith("<") && h.endsWith(">") && h.indexOf('/') > 0) {
            int slash = h.indexOf('/');
            return h.substring(0, slash) + ">" + h.substring(slash, h.length() - 1);
        }
        return h;
    }

    /** Units EC-Lab writes that the core does not convert (admittance, resistivity, conductivity): kept as written. */
    private static final java.util.List<String> RAW_UNITS = java.util.List.of("Ohm-1", "Ohm.cm", "mS/cm");

    /**
     * A channel for a column whose unit the core does not know, with the unit split off the name,
     * or empty when the column is an ordinary one.
     */
    static java.util.Optional<Channel> rawUnit(String header, double[] values, int n) {
        for (String u : RAW_UNITS) {
            if (header.endsWith("/" + u)) {
                String name = header.substring(0, header.length() - u.length() - 1);
                return java.util.Optional.of(Channel.adopt(name, Role.OTHER, Quantity.UNKNOWN, u, Arrays.copyOf(values, n)));
            }
        }
        return java.util.Optional.empty();
    }

    /** EC-Lab names the set value "control" whatever its unit; two files then disagree on its meaning. */
    static Channel renameControl(Channel c) {
        if (!c.name().equals("control")) {
            return c;
        }
        String name = c.quantity() == Quantity.POTENTIAL ? "control V" : c.quantity() == Quantity.CURRENT ? "control I" : "control";
        return Channel.adopt(name, Role.OTHER, c.quantity(), c.sourceUnit(), c.toArray());
    }

    /** Gives every channel a distinct name ("control V (2)") so that look-up by name is unambiguous. */
    static List<Channel> distinctNames(List<Channel> channels) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Channel> out = new ArrayList<>();
        for (Channel c : channels) {
            String name = c.name();
            for (int k = 2; !seen.add(name); k++) {
                name = c.name() + " (" + k + ")";
            }
            out.add(name.equals(c.name()) ? c : Channel.adopt(name, c.role(), c.quantity(), c.sourceUnit(), c.toArray()));
        }
        return out;
    }

    /** Roles that differ from the generic rules for EC-Lab names. */
    static Role role(String name, Role generic) {
        return switch (name) {
            case "dq", "dQ", "dq/mA.h", "Q charge/discharge", "Capacity" -> Role.OTHER;
            case "ox/red" -> Role.SEGMENT_INDEX;
            case "half cycle", "z cycle", "step time", "Rcmp", "control" -> Role.OTHER;
            case "Ewe-Ece", "<Ewe-Ece>" -> Role.OTHER;
            default -> generic;
        };
    }

    /**
     * Splits "control/V/mA" (the set value, in V when the row is potentiostatic, mode 2, else in mA)
     * into two channels with definite units, NaN where the row is of the other kind.
     */
    static List<Channel> splitControl(String name, double[] control, double[] mode, int n) {
        double[] volts = new double[n];
        double[] amps = new double[n];
        for (int i = 0; i < n; i++) {
            boolean potentiostatic = mode != null && mode[i] == 2;
            volts[i] = potentiostatic ? control[i] : Double.NaN;
            amps[i] = potentiostatic ? Double.NaN : control[i] * 1e-3;
        }
        List<Channel> out = new ArrayList<>();
        out.add(Channel.adopt("control V", Role.OTHER, Quantity.POTENTIAL, "V", volts));
        out.add(Channel.adopt("control I", Role.OTHER, Quantity.CURRENT, "mA", amps));
        return out;
    }

    /** The resistance EC-Lab compensated during the run (Rcmp column), when any point was compensated. */
    static OptionalDouble compensated(Channel rcmp) {
        double[] v = rcmp.toArray();
        double[] nonZero = Arrays.stream(v).filter(x -> x > 0 && Double.isFinite(x)).sorted().toArray();
        if (nonZero.length == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(nonZero[nonZero.length / 2]);
    }
}
