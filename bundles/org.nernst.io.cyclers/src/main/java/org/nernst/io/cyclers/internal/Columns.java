package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.TextDecoding;

/** Helpers the cycler readers share: file lines, header keys, units, and the columns left over. */
final class Columns {
    private Columns() {
    }

    /** The file decoded (charset detected, binary refused) and split into lines (LF, CRLF or CR). */
    static List<String> lines(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        List<String> lines = TextDecoding.decode(bytes, ctx).lines().toList();
        if (lines.isEmpty()) { // e.g. a byte-order mark and nothing else
            throw ctx.fail("the file holds no text (" + bytes.length + " bytes)");
        }
        return lines;
    }

    /** A header reduced to lower-case letters and digits, without its unit: "Charge_Capacity(Ah)" -> "chargecapacity". */
    static String key(String header) {
        String h = header.strip();
        int cut = h.length();
        for (int i = h.length() - 1; i > 0; i--) {
            char c = h.charAt(i);
            if (c == '(' || c == '[') {
                cut = i;
                break;
            }
        }
        if (cut < h.length() && (h.endsWith(")") || h.endsWith("]"))) {
            h = h.substring(0, cut);
        }
        return h.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
    }

    /** The unit a header writes ("Current (mA)", "U[V]", "Capacity(Ah)"), or {@code fallback}. */
    static Unit unit(String header, String fallback) {
        Optional<Unit> u = ColumnHeader.parse(header).unit();
        if (u.isEmpty()) {
            int open = Math.max(header.lastIndexOf('('), header.lastIndexOf('['));
            int close = Math.max(header.lastIndexOf(')'), header.lastIndexOf(']'));
            if (open >= 0 && close > open) {
                u = Units.parse(header.substring(open + 1, close));
            }
        }
        return u.orElseGet(() -> Units.parse(fallback).orElseThrow());
    }

    /** The first header whose key is one of {@code keys}, in the order of {@code keys}. */
    static Optional<String> find(CyclerTable t, String... keys) {
        for (String k : keys) {
            Optional<String> h = t.find(x -> key(x).equals(k));
            if (h.isPresent()) {
                return h;
            }
        }
        return Optional.empty();
    }

    /** A column converted to canonical units (a copy). */
    static double[] canonical(CyclerTable t, String header, String fallbackUnit) {
        double[] v = t.numbers(header);
        Unit u = unit(header, fallbackUnit);
        u.toCanonicalInPlace(v, v.length);
        return v;
    }

    /** A header's channel name and unit (empty: the header names none, or one Nernst does not know). */
    record NamedUnit(String name, Optional<Unit> unit) {
    }

    /** Extras with the units of {@link ColumnHeader} ("Current (mA)", "Temperature (C)" as degrees Celsius). */
    static void extras(CyclerTable t, Set<String> used, CyclerRecord r) {
        extras(t, used, r, Columns::namedUnit);
    }

    private static NamedUnit namedUnit(String h) {
        ColumnHeader ch = ColumnHeader.parse(h);
        Optional<Unit> unit = ch.unit();
        boolean temperature = key(h).contains("temp") || key(h).startsWith("t1") || key(h).startsWith("aux");
        if (temperature && unit.isPresent() && unit.get().symbol().equals("C")) {
            unit = Units.parse("°C"); // a "(C)" after a temperature is degrees Celsius, not coulomb
        }
        return new NamedUnit(ch.name().isEmpty() ? h : ch.name(), unit);
    }

    /**
     * Every numeric column not in {@code used}, as an OTHER channel (TEMPERATURE or POWER when the
     * header says so), in canonical units when {@code header} finds a known unit, else as written.
     * Text columns are listed in the metadata, not kept (channels are numbers).
     */
    static void extras(CyclerTable t, Set<String> used, CyclerRecord r, java.util.function.Function<String, NamedUnit> header) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < t.headers.size(); c++) {
            String h = t.headers.get(c);
            if (used.contains(h) || h.isEmpty()) {
                continue;
            }
            if (t.isText(c)) {
                if (text.indexOf(h) < 0) {
                    text.append(text.length() == 0 ? "" : ", ").append(h);
                }
                continue;
            }
            NamedUnit nu = header.apply(h);
            Optional<Unit> unit = nu.unit();
            Role role = unit.map(u -> u.quantity() == Quantity.TEMPERATURE ? Role.TEMPERATURE
                    : u.quantity() == Quantity.POWER ? Role.POWER : Role.OTHER).orElse(Role.OTHER);
            double[] v = t.numbers(h);
            r.extra.add(unit.isPresent() ? Channel.convert(nu.name(), role, unit.get(), v, v.length)
                    : Channel.adopt(nu.name(), Role.OTHER, Quantity.DIMENSIONLESS, "", v));
        }
        if (text.length() > 0) {
            r.metadata.put("Text columns (not imported as channels)", text.toString());
        }
    }

    /**
     * A numeric column found by key (first key that matches), marked used; in canonical units when
     * {@code unit} (the unit assumed if the header names none) is not empty, else as written. Null when absent.
     */
    static double[] optional(CyclerTable t, Set<String> used, String unit, String... keys) {
        Optional<String> h = find(t, keys);
        if (h.isEmpty() || t.isText(t.column(h.get()))) {
            return null;
        }
        used.add(h.get());
        return unit.isEmpty() ? t.numbers(h.get()) : canonical(t, h.get(), unit);
    }
}
