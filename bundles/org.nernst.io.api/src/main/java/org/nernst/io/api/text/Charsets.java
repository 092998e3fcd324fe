package org.nernst.io.api.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Detects the encoding of instrument text exports: EC-Lab writes windows-1252 (µ, °, ²), PalmSens
 * PSTrace UTF-16 (with or without BOM), most others UTF-8. Detected from the bytes, never assumed.
 */
public final class Charsets {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {
    }

    /** Length of a byte-order mark at the start of {@code b}, 0 if none. */
    public static int bomLength(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (n >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    public static Charset detect(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        // UTF-16 without BOM: ASCII text then has a zero in every other byte.
        int zerosEven = 0;
        int zerosOdd = 0;
        int m = Math.min(n, 4096);
        for (int i = 0; i < m; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        if (m >= 4 && zerosOdd > m / 4 && zerosEven < m / 50) {
            return StandardCharsets.UTF_16LE;
        }
        if (m >= 4 && zerosEven > m / 4 && zerosOdd < m / 50) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(b, n) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * True when b[0, n) is valid UTF-8 (a multi-byte character cut at the end is tolerated).
     * A plain loop: no decoder buffers, so checking a 100 MB file costs one pass over its bytes.
     */
    public static boolean isUtf8(byte[] b, int n) {
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : -1;
            if (extra < 0 || c > 0xF4) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= n) {
                    return true; // cut by the head limit
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    /**
     * True when b[from, to) is well-formed UTF-8 exactly as the JDK's decoder judges it (no overlong
     * forms, no surrogates, nothing above U+10FFFF, no sequence cut at the end). Eight ASCII bytes are
     * checked at a time, so a plain-ASCII export costs one fast pass; then {@code new String(.., UTF_8)}
     * decodes it without the decoder's buffers (the whole-file decode was a fifth of a text import).
     */
    public static boolean isWellFormedUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
                continue;
            }
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                lo = c == 0xE0 ? 0xA0 : 0x80; // overlong
                hi = c == 0xED ? 0x9F : 0xBF; // surrogates
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                lo = c == 0xF0 ? 0x90 : 0x80; // overlong
                hi = c == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
            } else {
                return false;
            }
            if (i + extra >= to) {
                return false;
            }
            int c1 = b[i + 1] & 0xff;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int k = 2; k <= extra; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * True when the bytes look like binary data rather than text in the detected charset:
     * NUL or other control characters that no text export contains.
     */
    public static boolean looksBinary(byte[] b, int n, Charset cs) {
        if (cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) {
            return false;
        }
        int control = 0;
        int m = Math.min(n, 8192);
        for (int i = 0; i < m; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0c) {
                control++;
            }
        }
        return control > m / 100 + 1;
    }
}
