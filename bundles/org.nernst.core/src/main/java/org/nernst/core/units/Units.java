package org.nernst.core.units;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Parses unit symbols as instruments write them ("mA", "µA", "kOhm", "mA.h", "mV/s", "Ω"). */
public final class Units {
    private Units() {
    }

    private record Base(Quantity quantity, double factor) {
    }

    // Base symbols (normalised: lower-case, ohm words folded to "ω"); prefixes are applied on top.
    private static final Map<String, Base> BASE = Map.ofEntries(
            Map.entry("s", new Base(Quantity.TIME, 1)),
            Map.entry("sec", new Base(Quantity.TIME, 1)),
            Map.entry("min", new Base(Quantity.TIME, 60)),
            Map.entry("h", new Base(Quantity.TIME, 3600)),
            Map.entry("hr", new Base(Quantity.TIME, 3600)),
            Map.entry("v", new Base(Quantity.POTENTIAL, 1)),
            Map.entry("a", new Base(Quantity.CURRENT, 1)),
            Map.entry("a/cm²", new Base(Quantity.CURRENT_DENSITY, 1)),
            Map.entry("a/cm2", new Base(Quantity.CURRENT_DENSITY, 1)),
            Map.entry("a/cm^2", new Base(Quantity.CURRENT_DENSITY, 1)),
            Map.entry("a cm-2", new Base(Quantity.CURRENT_DENSITY, 1)),
            Map.entry("c", new Base(Quantity.CHARGE, 1)),
            Map.entry("a.h", new Base(Quantity.CAPACITY, 1)),
            Map.entry("ah", new Base(Quantity.CAPACITY, 1)),
            Map.entry("a·h", new Base(Quantity.CAPACITY, 1)),
            Map.entry("w.h", new Base(Quantity.ENERGY, 1)),
            Map.entry("wh", new Base(Quantity.ENERGY, 1)),
            Map.entry("w·h", new Base(Quantity.ENERGY, 1)),
            Map.entry("w", new Base(Quantity.POWER, 1)),
            Map.entry("hz", new Base(Quantity.FREQUENCY, 1)),
            Map.entry("ω", new Base(Quantity.IMPEDANCE, 1)),
            Map.entry("°", new Base(Quantity.PHASE, 1)),
            Map.entry("deg", new Base(Quantity.PHASE, 1)),
            Map.entry("f", new Base(Quantity.CAPACITANCE, 1)),
            Map.entry("°c", new Base(Quantity.TEMPERATURE, 1)),
            Map.entry("degc", new Base(Quantity.TEMPERATURE, 1)),
            Map.entry("v/s", new Base(Quantity.SCAN_RATE, 1)),
            Map.entry("rpm", new Base(Quantity.ROTATION, 1)),
            Map.entry("%", new Base(Quantity.PERCENT, 1)));

    private static final Map<Character, Double> PREFIX = Map.of(
            'p', 1e-12, 'n', 1e-9, 'u', 1e-6, 'µ', 1e-6, 'μ', 1e-6, 'm', 1e-3, 'k', 1e3, 'M', 1e6, 'G', 1e9);

    /** Parses a unit symbol; empty when it is not a unit Nernst knows. */
    public static Optional<Unit> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.equals("K")) {
            return Optional.of(new Unit("K", Quantity.TEMPERATURE, 1, -273.15));
        }
        Optional<Unit> direct = lookup(s, s, 1.0);
        if (direct.isPresent()) {
            return direct;
        }
        char p = s.charAt(0);
        Double f = PREFIX.get(p);
        if (f != null && s.length() > 1) {
            return lookup(s, s.substring(1), f);
        }
        return Optional.empty();
    }

    private static Optional<Unit> lookup(String symbol, String body, double prefix) {
        String key = normalise(body);
        Base b = BASE.get(key);
        if (b == null) {
            return Optional.empty();
        }
        // "min" and "ms": the prefix table must not turn "min" into milli-"in"; handled by direct lookup first.
        return Optional.of(new Unit(symbol, b.quantity(), b.factor() * prefix, 0.0));
    }

    private static String normalise(String body) {
        String k = body.toLowerCase(Locale.ROOT).replace("ohms", "ω").replace("ohm", "ω").replace("Ω", "ω");
        if (k.equals("ω") || k.equals("Ω")) {
            return "ω";
        }
        return k;
    }
}
