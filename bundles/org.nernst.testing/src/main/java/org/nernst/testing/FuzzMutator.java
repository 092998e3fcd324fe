package org.nernst.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stacked byte mutations for the long fuzz run ({@link ReaderFuzzer}): the damage of
 * {@link Mutations} (line loss, truncation, garbage) plus what breaks parsers of instrument files:
 * bit flips, byte insert/delete, chunk duplication, cross-over between seeds, numbers replaced by
 * extreme or malformed values, decimal point/comma swaps and extreme integers or floats written
 * over binary fields (length and count fields). UTF-16 seeds are mutated as text and re-encoded,
 * so the text mutations keep reaching the parser instead of the decoder.
 */
public final class FuzzMutator {
    private static final byte[][] NUMBERS = ascii("1e999", "-1e999", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e-400",
            "-0", "0", "0.0", "99999999999999999999", "-2147483649", "2147483648", "4294967296", "9223372036854775808",
            "1,5", "1.5.3", "1,000.5", "1.000,5", "", "-", "+", ".", "e", "1e", "0x1F", "1E+308", "12:00:00", "#", "--1");
    private static final byte[][] TOKENS = ascii("\t", ",", ";", "\r\n", "\n", "\r", "\"", "'", " ", "\u0000", ":", "=",
            "{", "}", "[", "]", "/", "\\", "(", ")", "\u00b5", "\u00ef\u00bb\u00bf", "\u00ff\u00fe", "\u00e9", "%", "\n\n",
            "\t\t\t", ",,,", "\"\"", "NaN\tNaN\tNaN", "\n#\n");
    private static final long[] INTS = {0, 1, 2, -1, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFFL,
        0x80000000L, 0xFFFFFFFFL, 0x40000000L, Long.MAX_VALUE, Long.MIN_VALUE, 1000, 65535 * 4};
    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 1e300, 1e-300};

    private FuzzMutator() {
    }

    /** One input: {@code 1..5} stacked mutations of {@code seed}; {@code others} feed the cross-over. */
    public static byte[] mutate(byte[] seed, List<byte[]> others, SplittableRandom rnd, int maxLength) {
        if (ZipFuzz.isZip(seed) && rnd.nextInt(4) != 0) { // a quarter stays raw bytes: the unzip guard is fuzzed too
            return ZipFuzz.mutate(seed, others, rnd, maxLength);
        }
        boolean wide = isUtf16Le(seed);
        if (wide && rnd.nextInt(10) < 7) {
            String text = new String(seed, 2, seed.length - 2 & ~1, StandardCharsets.UTF_16LE);
            byte[] t = stack(text.getBytes(StandardCharsets.UTF_8), others, rnd, maxLength);
            String back = new String(t, StandardCharsets.UTF_8);
            byte[] enc = back.getBytes(StandardCharsets.UTF_16LE);
            byte[] out = new byte[enc.length + 2];
            out[0] = (byte) 0xFF;
            out[1] = (byte) 0xFE;
            System.arraycopy(enc, 0, out, 2, enc.length);
            return out.length > maxLength ? Arrays.copyOf(out, maxLength) : out;
        }
        return stack(seed, others, rnd, maxLength);
    }

    static byte[] stack(byte[] seed, List<byte[]> others, SplittableRandom rnd, int maxLength) {
        byte[] b = seed;
        int n = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(5) : 0);
        for (int k = 0; k < n; k++) {
            b = once(b, others, rnd);
            if (b.length > maxLength) {
                b = Arrays.copyOf(b, maxLength);
            }
        }
        return b;
    }

    static byte[] once(byte[] b, List<byte[]> others, SplittableRandom rnd) {
        if (b.length == 0) {
            return pick(rnd.nextBoolean() ? NUMBERS : TOKENS, rnd);
        }
        int at = rnd.nextInt(b.length);
        return switch (rnd.nextInt(14)) {
            case 0 -> bitFlips(b, rnd);
            case 1 -> splice(b, at, at, randomBytes(rnd, 1 + rnd.nextInt(16)));
            case 2 -> splice(b, at, Math.min(b.length, at + 1 + rnd.nextInt(rnd.nextBoolean() ? 8 : 256)), new byte[0]);
            case 3 -> duplicateChunk(b, at, rnd);
            case 4 -> crossOver(b, others, rnd);
            case 5 -> Arrays.copyOf(b, at);
            case 6, 7 -> number(b, at, rnd);
            case 8 -> decimalSwap(b, at, rnd);
            case 9 -> binaryInt(b, rnd);
            case 10 -> binaryFloat(b, rnd);
            case 11 -> splice(b, at, at + Math.min(b.length - at, rnd.nextInt(4)), pick(TOKENS, rnd));
            case 12 -> arithmetic(b, rnd);
            default -> Mutations.mutate(b, rnd);
        };
    }

    private static byte[] bitFlips(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        for (int k = 0, n = 1 + rnd.nextInt(8); k < n; k++) {
            int i = rnd.nextInt(b.length);
            b[i] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    private static byte[] duplicateChunk(byte[] b, int at, SplittableRandom rnd) {
        int len = Math.min(b.length - at, 1 + rnd.nextInt(rnd.nextBoolean() ? 64 : 2048));
        byte[] chunk = Arrays.copyOfRange(b, at, at + len);
        int to = rnd.nextInt(b.length + 1);
        return splice(b, to, to, chunk);
    }

    /** Head of this input and the tail of another seed (or of itself), cut at random places. */
    private static byte[] crossOver(byte[] a, List<byte[]> others, SplittableRandom rnd) {
        byte[] o = others.isEmpty() ? a : others.get(rnd.nextInt(others.size()));
        if (o.length == 0) {
            return a;
        }
        int cutA = rnd.nextInt(a.length + 1);
        int cutO = rnd.nextInt(o.length);
        if (rnd.nextBoolean()) {
            byte[] out = Arrays.copyOf(a, cutA + o.length - cutO);
            System.arraycopy(o, cutO, out, cutA, o.length - cutO);
            return out;
        }
        int len = Math.min(o.length - cutO, 1 + rnd.nextInt(512));
        return splice(a, cutA, cutA, Arrays.copyOfRange(o, cutO, cutO + len));
    }

    /** Finds the next number at or after {@code at} and replaces it by an extreme or malformed one. */
    private static byte[] number(byte[] b, int at, SplittableRandom rnd) {
        int s = at;
        int limit = Math.min(b.length, at + 512);
        while (s < limit && !isDigit(b[s])) {
            s++;
        }
        if (s == limit) {
            return splice(b, at, at, pick(NUMBERS, rnd));
        }
        while (s > 0 && isNumberChar(b[s - 1])) {
            s--;
        }
        int e = s;
        while (e < b.length && isNumberChar(b[e])) {
            e++;
        }
        return splice(b, s, e, pick(NUMBERS, rnd));
    }

    private static byte[] decimalSwap(byte[] in, int at, SplittableRandom rnd) {
        byte[] b = in.clone();
        byte from = rnd.nextBoolean() ? (byte) '.' : (byte) ',';
        byte to = from == '.' ? (byte) ',' : (byte) '.';
        int end = rnd.nextInt(3) == 0 ? b.length : Math.min(b.length, at + 1 + rnd.nextInt(4096));
        boolean one = rnd.nextBoolean();
        for (int i = at; i < end; i++) {
            if (b[i] == from) {
                b[i] = to;
                if (one) {
                    break;
                }
            }
        }
        return b;
    }

    /** An extreme integer (1, 2, 4 or 8 bytes, either byte order) over a field, often at an aligned offset. */
    private static byte[] binaryInt(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        int width = 1 << rnd.nextInt(4);
        if (b.length < width) {
            return b;
        }
        int at = rnd.nextInt(b.length - width + 1);
        if (rnd.nextBoolean()) {
            at -= at % width;
        }
        long v = rnd.nextInt(4) == 0 ? rnd.nextLong() : rnd.nextInt(5) == 0 ? in.length + rnd.nextInt(-8, 9) : INTS[rnd.nextInt(INTS.length)];
        boolean little = rnd.nextInt(4) != 0;
        for (int k = 0; k < width; k++) {
            int shift = 8 * (little ? k : width - 1 - k);
            b[at + k] = (byte) (v >>> shift);
        }
        return b;
    }

    private static byte[] binaryFloat(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        boolean dbl = rnd.nextBoolean();
        int width = dbl ? 8 : 4;
        if (b.length < width) {
            return b;
        }
        double d = DOUBLES[rnd.nextInt(DOUBLES.length)];
        long bits = dbl ? Double.doubleToRawLongBits(d) : Float.floatToRawIntBits((float) d);
        int at = rnd.nextInt(b.length - width + 1);
        at -= at % 4;
        for (int k = 0; k < width; k++) {
            b[at + k] = (byte) (bits >>> (8 * k));
        }
        return b;
    }

    /** A small delta on a little-endian 1/2/4-byte field: lengths and counts just off by a few. */
    private static byte[] arithmetic(byte[] in, SplittableRandom rnd) {
        byte[] b = in.clone();
        int width = 1 << rnd.nextInt(3);
        if (b.length < width) {
            return b;
        }
        int at = rnd.nextInt(b.length - width + 1);
        long v = 0;
        for (int k = 0; k < width; k++) {
            v |= (b[at + k] & 0xFFL) << (8 * k);
        }
        v += rnd.nextInt(-35, 36);
        for (int k = 0; k < width; k++) {
            b[at + k] = (byte) (v >>> (8 * k));
        }
        return b;
    }

    static boolean isUtf16Le(byte[] b) {
        return b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(byte c) {
        return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private static byte[] randomBytes(SplittableRandom rnd, int n) {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) rnd.nextInt(256);
        }
        return r;
    }

    private static byte[] pick(byte[][] set, SplittableRandom rnd) {
        return set[rnd.nextInt(set.length)];
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + insert.length);
        o.write(b, 0, from);
        o.write(insert, 0, insert.length);
        o.write(b, to, b.length - to);
        return o.toByteArray();
    }

    private static byte[][] ascii(String... s) {
        byte[][] r = new byte[s.length][];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[i].getBytes(StandardCharsets.ISO_8859_1);
        }
        return r;
    }
}
