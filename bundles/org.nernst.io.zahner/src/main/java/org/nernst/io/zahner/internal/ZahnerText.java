package org.nernst.io.zahner.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Metadata;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;

/**
 * The text fields Thales writes after the data: dates, the time window, the DC potential and
 * current with the AC amplitude ("0.9995V, Ampl: 10mV"), the electrode area. Every parse is
 * optional: a field that does not read as expected is kept as text and not turned into a number.
 */
final class ZahnerText {
    private static final Pattern DDMMYY = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})");
    private static final Pattern MON_DD_YYYY = Pattern.compile("([A-Za-z]{3}),\\s*(\\d{1,2})\\.(\\d{4})");
    private static final Pattern HMS = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern VALUE = Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([a-zA-Zµ]+)");
    private static final Pattern AMPLITUDE = Pattern.compile("(?i)ampl:\\s*(.*)");
    private static final Pattern AREA = Pattern.compile("\\s*((?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(?:cm2|cm\\^2|cm²|qcm)?\\s*");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC");

    private ZahnerText() {
    }

    /** "151021" = 15 Oct 2021. Thales keeps two year digits; like Zahner's own reader, 70..99 are 19xx. */
    static Optional<LocalDate> ddmmyy(String s) {
        Matcher m = DDMMYY.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(m.group(3));
        return date(yy < 70 ? 2000 + yy : 1900 + yy, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    /** "JUL,02.2025" as the polarization (.isw) files write it. */
    static Optional<LocalDate> monthDayYear(String s) {
        Matcher m = MON_DD_YYYY.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(1).toUpperCase(Locale.ROOT)) + 1;
        return month == 0 ? Optional.empty() : date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
    }

    private static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The start of a time window "07:14:31 - 07:15:31" (or "14:41:13-14:44:27"). */
    static Optional<LocalTime> windowStart(String s) {
        Matcher m = HMS.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDateTime> start(Optional<LocalDate> date, String window) {
        return date.flatMap(d -> windowStart(window).map(d::atTime));
    }

    /** The first "number unit" of a field in canonical units when the unit is of quantity {@code q}. */
    static OptionalDouble value(String s, Quantity q) {
        Matcher m = VALUE.matcher(s);
        if (!m.find()) {
            return OptionalDouble.empty();
        }
        Optional<Unit> u = Units.parse(m.group(2));
        if (u.isEmpty() || u.get().quantity() != q) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(u.get().toCanonical(Double.parseDouble(m.group(1))));
    }

    /** The AC amplitude of a "…, Ampl: 10mV" field, in canonical units of {@code q}. */
    static OptionalDouble amplitude(String s, Quantity q) {
        Matcher m = AMPLITUDE.matcher(s);
        return m.find() ? value(m.group(1), q) : OptionalDouble.empty();
    }

    static boolean hasAmplitude(String s) {
        return AMPLITUDE.matcher(s).find();
    }

    /**
     * The electrode area for current densities. Thales enters it in cm²; only a bare number or one
     * followed by a cm² unit is taken, anything else stays text.
     */
    static OptionalDouble areaCm2(String s) {
        Matcher m = AREA.matcher(s);
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double a = Double.parseDouble(m.group(1));
        return a > 0 && Double.isFinite(a) ? OptionalDouble.of(a) : OptionalDouble.empty();
    }

    /** Puts a non-empty text field into the metadata's extra map. */
    static void put(Metadata.Builder md, String key, String value) {
        if (!value.isEmpty()) {
            md.put(key, value);
        }
    }

    /** Area field: raw text kept, number used when it is unambiguous. */
    static void area(Metadata.Builder md, String value) {
        put(md, "electrode area", value);
        areaCm2(value).ifPresent(md::electrodeAreaCm2);
    }
}
