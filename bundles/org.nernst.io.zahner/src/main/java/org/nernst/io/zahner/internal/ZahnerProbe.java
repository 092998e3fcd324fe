package org.nernst.io.zahner.internal;

import java.util.Optional;
import org.nernst.io.api.ReadContext;

/**
 * Which Zahner file a byte head is, from its structure: .ism and .isw share a 6-byte version
 * (0x0000FFFFFFFE, or ...FFFF for simulated spectra) and differ in where the point count sits;
 * .isc has no magic and is only recognised with its extension, from 17 finite settings, a
 * positive sample interval and a point count that fits the file.
 */
final class ZahnerProbe {
    enum Kind { ISM, ISW, ISC }

    /** Frequencies outside this range are not impedance spectra (Zahner instruments span 10 µHz..8 MHz). */
    private static final double F_MIN = 1e-7;
    private static final double F_MAX = 1e9;

    private ZahnerProbe() {
    }

    static boolean magic(byte[] h) {
        return h.length >= 6 && h[0] == 0 && h[1] == 0 && (h[2] & 0xFF) == 0xFF && (h[3] & 0xFF) == 0xFF
                && (h[4] & 0xFF) == 0xFF && ((h[5] & 0xFF) == 0xFE || (h[5] & 0xFF) == 0xFF);
    }

    static void requireMagic(byte[] b, ReadContext ctx) {
        if (!magic(b)) {
            throw ctx.failAtOffset("not a Zahner .ism/.isw file: it does not start with the Thales version"
                    + " 00 00 FF FF FF FE", 0);
        }
    }

    /** An .ism head: the count fits the file size and the visible frequencies are frequencies. */
    static boolean ism(byte[] h, long size) {
        if (!magic(h) || h.length < 20) {
            return false;
        }
        long n = Cursor.i6(h, 6) + 1;
        if (n < 1 || n > (size - 12) / 34) {
            return false;
        }
        for (int i = 0; i < n && 12 + 8 * i + 8 <= h.length && i < 64; i++) {
            double f = Cursor.f8(h, 12 + 8 * i);
            if (!(f >= F_MIN && f <= F_MAX)) {
                return false;
            }
        }
        return true;
    }

    /** An .isw head: the count fits the size, the visible rows are finite with times from 0 upwards. */
    static boolean isw(byte[] h, long size) {
        if (!magic(h) || h.length < 42) {
            return false;
        }
        long n = Cursor.i6(h, 12) + 1;
        if (n < 1 || n > (size - 18) / 24) {
            return false;
        }
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n && 18 + 24 * i + 24 <= h.length && i < 64; i++) {
            int at = 18 + 24 * i;
            double e = Cursor.f8(h, at);
            double c = Cursor.f8(h, at + 8);
            double t = Cursor.f8(h, at + 16);
            if (!Double.isFinite(e) || !Double.isFinite(c) || !Double.isFinite(t) || t < last || t < 0) {
                return false;
            }
            last = t;
        }
        return true;
    }

    /** An .isc head: 17 finite settings, a positive sample interval, a count that fits, a short date text. */
    static boolean isc(byte[] h, long size) {
        int settings = 8 * IscDecoder.SETTINGS;
        if (h.length < settings + 6) {
            return false;
        }
        for (int k = 0; k < IscDecoder.SETTINGS; k++) {
            if (!Double.isFinite(Cursor.f8(h, 8 * k))) {
                return false;
            }
        }
        if (!(Cursor.f8(h, 8 * 15) > 0)) {
            return false;
        }
        long n = Cursor.i6(h, settings) + 1;
        // 12 texts of at least their 2-byte length follow the data
        if (n < 1 || n > (size - settings - 6 - 24) / 10) {
            return false;
        }
        long dateAt = settings + 6 + 10 * n;
        if (dateAt + 2 <= h.length) {
            int len = Cursor.i2(h, (int) dateAt);
            return len >= 0 && len <= 32;
        }
        return true;
    }

    /** The kind by extension when the structure agrees, else by structure (.ism/.isw only). */
    static Optional<Kind> kind(String extension, byte[] h, long size) {
        switch (extension) {
            case "ism" -> {
                if (ism(h, size)) {
                    return Optional.of(Kind.ISM);
                }
            }
            case "isw" -> {
                if (isw(h, size)) {
                    return Optional.of(Kind.ISW);
                }
            }
            case "isc" -> {
                if (isc(h, size)) {
                    return Optional.of(Kind.ISC);
                }
            }
            default -> {
            }
        }
        if (ism(h, size)) {
            return Optional.of(Kind.ISM);
        }
        if (isw(h, size)) {
            return Optional.of(Kind.ISW);
        }
        return Optional.empty();
    }
}
