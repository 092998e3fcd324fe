package org.nernst.io.api.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;

/**
 * A column header split into name and unit, with the role it plays. Understands the ways
 * instruments write units: {@code Ewe/V}, {@code <I>/mA}, {@code E (V)}, {@code Current (A)},
 * {@code Z' (Ω)}, {@code Q charge/discharge/mA.h}, {@code j [mA/cm2]}.
 *
 * @param raw    the header as written
 * @param name   the header without its unit
 * @param unit   the unit, when one was written and is known
 * @param role   what the column means
 * @param negate true when the file writes the negative of the physical value ("-Im(Z)", "-Phase"):
 *               readers multiply by -1 so that channels carry physical signs
 */
public record ColumnHeader(String raw, String name, Optional<Unit> unit, Role role, boolean negate) {

    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*[\\(\\[]([^\\(\\)\\[\\]]*)[\\)\\]]\\s*$");

    public static ColumnHeader parse(String raw) {
        String h = raw.strip();
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1).strip();
        }
        String name = h;
        Optional<Unit> unit = Optional.empty();
        Matcher m = BRACKETED.matcher(h);
        if (m.matches() && !m.group(1).isEmpty() && Units.parse(m.group(2)).isPresent()) {
            name = m.group(1).strip();
            unit = Units.parse(m.group(2));
        } else {
            // try each '/' from the right: "Q charge/discharge/mA.h" -> mA.h, "j/mA/cm2" -> mA/cm2
            for (int i = h.lastIndexOf('/'); i > 0; i = h.lastIndexOf('/', i - 1)) {
                Optional<Unit> u = Units.parse(h.substring(i + 1));
                if (u.isPresent()) {
                    name = h.substring(0, i).strip();
                    unit = u;
                    break;
                }
            }
        }
        String key = name.toLowerCase(Locale.ROOT).replace("<", "").replace(">", "").replace("\"", "").strip();
        boolean negate = key.startsWith("-");
        if (negate) {
            key = key.substring(1).strip();
        }
        Quantity q = unit.map(Unit::quantity).orElse(Quantity.UNKNOWN);
        Role role = roleOf(key, q);
        if (unit.isPresent() && role.quantity() != Quantity.UNKNOWN && role.quantity() != q) {
            role = roleOf("", q); // the unit wins over the name: "E (mA)" is not a potential
        }
        // a leading minus only flips the sign of signed impedance parts; elsewhere it is part of a name
        if (role != Role.Z_IMAG && role != Role.Z_PHASE) {
            negate = false;
        }
        return new ColumnHeader(raw, name, unit, role, negate);
    }

    /** The unit, or the canonical unit of the role's quantity when the header wrote none. */
    public Optional<Unit> unitOrAssumed() {
        if (unit.isPresent()) {
            return unit;
        }
        Quantity q = role.quantity();
        return q == Quantity.UNKNOWN ? Optional.empty() : Optional.of(Unit.canonical(q));
    }

    /**
     * Normalised column names (blanks, '_' and '.' removed, lower case) and their role; the first
     * list that names a column wins. A table lookup, because readers call this for every column of
     * every file and a dozen regular expressions per call showed up in the import benchmarks.
     */
    private static final Map<String, Role> ROLE_BY_NAME = new HashMap<>();

    static {
        names(Role.Z_REAL, "re(z)", "z'", "zreal", "zre", "real", "z(re)", "rez", "zr");
        names(Role.Z_IMAG, "im(z)", "z''", "z\"", "zimag", "zim", "imag", "imaginary", "z(im)", "imz", "zi");
        names(Role.Z_MODULUS, "|z|", "zmod", "mod(z)", "modz", "impedance", "z");
        names(Role.Z_PHASE, "phase(z)", "phase", "zphz", "phz", "phasez", "theta");
        names(Role.FREQUENCY, "freq", "frequency", "f", "freqency");
        names(Role.TIME, "time", "t", "elapsedtime", "testtime", "totaltime", "runtime", "timestamp", "times");
        names(Role.CELL_VOLTAGE, "ecell", "cellpotential", "cellvoltage", "voltage", "u", "vcell", "ucell", "batteryvoltage");
        names(Role.COUNTER_POTENTIAL, "ece", "counterpotential", "ecounter");
        names(Role.POTENTIAL, "ewe", "e", "potential", "we(1)potential", "vf", "e(v)", "potentialvsref", "workingpotential", "v", "ewevsref", "potentialapplied", "eapplied");
        names(Role.RING_CURRENT, "iring", "ringcurrent", "ir", "ring", "i2", "we(2)current");
        names(Role.CURRENT, "i", "current", "im", "we(1)current", "idisk", "diskcurrent", "i1", "currentdensity", "j");
        names(Role.CYCLE_INDEX, "cycle", "cyclenumber", "cycleindex", "cycleno", "cycle#", "cycleid", "cyc");
        names(Role.STEP_INDEX, "step", "stepindex", "stepnumber", "stepno", "stepid", "ns");
        names(Role.TEMPERATURE, "temperature", "temp", "t(°c)");
    }

    private static void names(Role role, String... names) {
        for (String n : names) {
            ROLE_BY_NAME.putIfAbsent(n, role);
        }
    }

    static Role roleOf(String k, Quantity q) {
        String c = k.replace(" ", "").replace("_", "").replace(".", "");
        Role named = ROLE_BY_NAME.get(c);
        if (named == Role.CURRENT) {
            return q == Quantity.CURRENT_DENSITY ? Role.CURRENT_DENSITY : Role.CURRENT;
        }
        // "Z" or "impedance" with a unit of another quantity is not the modulus
        if (named != null && (named != Role.Z_MODULUS || q == Quantity.IMPEDANCE || q == Quantity.UNKNOWN)) {
            return named;
        }
        return switch (q) {
            case TIME -> Role.TIME;
            case FREQUENCY -> Role.FREQUENCY;
            // "Q charge/discharge" (EC-Lab) is the signed charge of the current half cycle, not a discharge capacity
            case CAPACITY -> c.contains("charge/discharge") ? Role.CAPACITY
                    : c.contains("discharge") ? Role.DISCHARGE_CAPACITY
                    : c.contains("charge") && !c.contains("/") ? Role.CHARGE_CAPACITY : Role.CAPACITY;
            case CHARGE -> Role.CHARGE;
            case ENERGY -> Role.ENERGY;
            case POWER -> Role.POWER;
            case CURRENT_DENSITY -> Role.CURRENT_DENSITY;
            case TEMPERATURE -> Role.TEMPERATURE;
            default -> Role.OTHER;
        };
    }
}
