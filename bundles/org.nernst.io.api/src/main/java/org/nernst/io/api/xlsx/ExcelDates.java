package org.nernst.io.api.xlsx;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Excel serial date-times (ECMA-376 Part 1, §18.17.4 "Dates and Times"): days since the epoch of the
 * workbook's date system plus the time of day as a fraction. In the 1900 system serial 1 is
 * 1900-01-01 and, for Lotus 1-2-3 compatibility, serial 60 is the non-existent 1900-02-29, so from
 * serial 61 on day 0 is 1899-12-30; in the 1904 system (workbookPr date1904) serial 0 is 1904-01-01.
 * Date-times carry no zone: like the other readers, they are returned as seconds since 1970 of the
 * wall-clock time written (as if UTC).
 */
public final class ExcelDates {
    /** 1970-01-01 as a 1900-system serial (days from 1899-12-30). */
    private static final double EPOCH_1900 = 25_569;
    /** 1970-01-01 as a 1904-system serial (days from 1904-01-01). */
    private static final double EPOCH_1904 = 24_107;

    private ExcelDates() {
    }

    /** Seconds since 1970 (wall-clock as UTC) of a serial day number; NaN stays NaN. */
    public static double epochSeconds(double serial, boolean date1904) {
        if (date1904) {
            return (serial - EPOCH_1904) * 86_400;
        }
        // before 1900-03-01 the 1900 system counts one day too many (the phantom 1900-02-29)
        double s = serial < 61 && serial >= 1 ? serial + 1 : serial;
        return (s - EPOCH_1900) * 86_400;
    }

    /** The wall-clock date-time of a serial day number, to the millisecond Excel keeps. */
    public static LocalDateTime dateTime(double serial, boolean date1904) {
        long ms = Math.round(epochSeconds(serial, date1904) * 1000);
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), (int) Math.floorMod(ms, 1000) * 1_000_000, ZoneOffset.UTC);
    }

    /** The serial day number of a wall-clock date-time (inverse of {@link #epochSeconds}, from 1900-03-01 on). */
    public static double serial(LocalDateTime t, boolean date1904) {
        double s = t.toEpochSecond(ZoneOffset.UTC) + t.getNano() * 1e-9;
        return s / 86_400 + (date1904 ? EPOCH_1904 : EPOCH_1900);
    }
}
