package org.nernst.io.cyclers.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nernst.io.api.text.Numbers;

/**
 * Cell values cyclers write besides plain numbers: elapsed times ("0d 02:51:51.58" Maccor,
 * "144:02:18" Neware, "00:00:01.000" PEC) and wall-clock date-times in the formats of the
 * corpus exports. Date-times are kept as seconds since 1970 of the local wall-clock time the
 * file wrote (instruments store no zone), the same convention as the Neware binary reader.
 */
final class Cells {
    private Cells() {
    }

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            pattern("yyyy-MM-dd HH:mm:ss"),             // Neware, Novonix
            pattern("MM/dd/yyyy HH:mm:ss"),             // Arbin, Maccor raw, PEC
            pattern("M/d/yyyy H:mm:ss"),
            pattern("M/d/yyyy H:mm"),                   // PEC header dates ("1/21/2003 0:00")
            pattern("dd-MMM-yy h:mm:ss a"),             // Maccor CSV ("23-Nov-23 3:56:11 PM")
            pattern("dd.MM.yyyy HH:mm:ss"),             // BaSyTec header
            pattern("d MMMM yyyy, h:mm:ss a"),          // Maccor text export header
            pattern("MM/dd/yyyy"));

    private static DateTimeFormatter pattern(String p) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p);
        if (p.contains("ss")) {
            b.optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd();
        }
        if (!p.contains("H") && !p.contains("h")) {
            b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
        }
        return b.toFormatter(Locale.ENGLISH);
    }

    /** A date-time in one of the known formats. */
    static Optional<LocalDateTime> dateTime(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime fast = numeric(t);
        return fast != null ? Optional.of(fast) : viaFormatters(t);
    }

    /** {@code t} (stripped, not empty) by the first of the known formats that reads all of it. */
    static Optional<LocalDateTime> viaFormatters(String t) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(t, f));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return Optional.empty();
    }

    /**
     * The two layouts of nearly every record row, "yyyy-MM-dd HH:mm:ss[.f]" and "M/d/yyyy H:mm:ss[.f]",
     * read by hand: java.time tried the formats in turn, an exception each, and was most of the CPU time
     * of a PEC or Neware import (profiled). Returns null for anything else, or for values java.time would
     * resolve leniently (Feb 30, 24:00), so that the formatters decide those exactly as before.
     */
    static LocalDateTime numeric(String t) {
        int n = t.length();
        int[] v = new int[6];
        int p;
        if (n >= 19 && t.charAt(4) == '-') {
            // yyyy-MM-dd HH:mm:ss
            if (!digits(t, 0, 4, v, 0) || !digits(t, 5, 7, v, 1) || t.charAt(7) != '-' || !digits(t, 8, 10, v, 2)
                    || t.charAt(10) != ' ' || !digits(t, 11, 13, v, 3) || t.charAt(13) != ':' || !digits(t, 14, 16, v, 4)
                    || t.charAt(16) != ':' || !digits(t, 17, 19, v, 5)) {
                return null;
            }
            p = 19;
        } else {
            // M/d/yyyy H:mm:ss (also MM/dd/yyyy HH:mm:ss)
            int a = t.indexOf('/');
            int b = a < 0 ? -1 : t.indexOf('/', a + 1);
            int sp = b < 0 ? -1 : t.indexOf(' ', b + 1);
            int c1 = sp < 0 ? -1 : t.indexOf(':', sp + 1);
            if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || sp != b + 5 || c1 - sp < 2 || c1 - sp > 3 || c1 + 6 > n
                    || t.charAt(c1 + 3) != ':') {
                return null;
            }
            if (!digits(t, 0, a, v, 1) || !digits(t, a + 1, b, v, 2) || !digits(t, b + 1, sp, v, 0) || !digits(t, sp + 1, c1, v, 3)
                    || !digits(t, c1 + 1, c1 + 3, v, 4) || !digits(t, c1 + 4, c1 + 6, v, 5)) {
                return null;
            }
            p = c1 + 6;
        }
        int nanos = 0;
        if (p < n) {
            int len = n - p - 1;
            if (t.charAt(p) != '.' || len < 1 || len > 9) {
                return null;
            }
            for (int i = p + 1; i < n; i++) {
                char ch = t.charAt(i);
                if (ch < '0' || ch > '9') {
                    return null;
                }
                nanos = nanos * 10 + (ch - '0');
            }
            for (int i = len; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = v[0];
        int month = v[1];
        int day = v[2];
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
                || v[3] > 23 || v[4] > 59 || v[5] > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, v[3], v[4], v[5], nanos);
    }

    private static boolean digits(String t, int from, int to, int[] v, int slot) {
        int x = 0;
        for (int i = from; i < to; i++) {
            char ch = t.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
            x = x * 10 + (ch - '0');
        }
        v[slot] = x;
        return to > from;
    }

    /** Seconds since 1970 of a wall-clock date-time, NaN when the text is no known date-time. */
    static double epochSeconds(String s) {
        return dateTime(s).map(Cells::epochSeconds).orElse(Double.NaN);
    }

    /**
     * The date-time {@code s} seconds after 1970-01-01 UTC, empty unless it lies in the years 1 to 9999:
     * a damaged cell (1e300, NaN) must not stop the import of the data.
     */
    static Optional<LocalDateTime> fromEpochSeconds(double s) {
        if (!(s > -62135596800.0 && s < 253402300800.0)) {
            return Optional.empty();
        }
        double f = Math.floor(s);
        int nanos = (int) Math.min(999_999_999, Math.round((s - f) * 1e9));
        return Optional.of(LocalDateTime.ofEpochSecond((long) f, nanos, java.time.ZoneOffset.UTC));
    }

    static double epochSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) + t.getNano() * 1e-9;
    }

    /**
     * Elapsed seconds from "[Nd ]h:mm:ss[.fff]" (hours may exceed 24) or a plain number of seconds;
     * NaN when the text is neither.
     */
    static double duration(CharSequence s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from >= to) {
            return Double.NaN;
        }
        double days = 0;
        int p = from;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == 'd') {
                days = Numbers.parse(s.subSequence(from, i).toString(), false);
                p = i + 1;
                break;
            }
        }
        double total = 0;
        int fields = 0;
        int start = p;
        for (int i = p; i <= to; i++) {
            if (i == to || s.charAt(i) == ':') {
                double v = Numbers.parse(s.subSequence(start, i).toString().strip(), false);
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                total = total * 60 + v;
                fields++;
                start = i + 1;
            }
        }
        if (fields > 3 || Double.isNaN(days)) {
            return Double.NaN;
        }
        return days * 86400 + total;
    }
}
