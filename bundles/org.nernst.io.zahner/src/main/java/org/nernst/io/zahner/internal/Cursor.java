package org.nernst.io.zahner.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.nernst.io.api.ReadContext;

/**
 * Sequential big-endian reads over a whole Zahner file (Thales writes every number big-endian).
 * Every read checks that its bytes are there and fails with the byte offset where the file ends
 * or where a field stops making sense; counts are checked against the bytes that follow before
 * anything is allocated, so a corrupted count cannot exhaust memory.
 */
final class Cursor {
    /** Big-endian doubles straight from the byte array (a JIT intrinsic, unlike byte-by-byte assembly). */
    private static final VarHandle F8 = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
    private final byte[] b;
    private final ReadContext ctx;
    private int pos;

    Cursor(byte[] bytes, int pos, ReadContext ctx) {
        this.b = bytes;
        this.pos = pos;
        this.ctx = ctx;
    }

    int pos() {
        return pos;
    }

    int remaining() {
        return b.length - pos;
    }

    void need(long n, String what) {
        if (n > remaining()) {
            throw ctx.failAtOffset("the file ends inside " + what + " (" + n + " bytes needed at byte " + pos + ", "
                    + remaining() + " left): the file is cut or corrupted", b.length);
        }
    }

    /** A signed 6-byte integer, the width Thales uses for versions and point counts. */
    long i6(String what) {
        need(6, what);
        long v = i6(b, pos);
        pos += 6;
        return v;
    }

    static long i6(byte[] b, int at) {
        long v = b[at]; // sign-extends the top byte
        for (int i = 1; i < 6; i++) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }

    static int i2(byte[] b, int at) {
        return (short) (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
    }

    static double f8(byte[] b, int at) {
        return (double) F8.get(b, at);
    }

    int i2(String what) {
        need(2, what);
        int v = i2(b, pos);
        pos += 2;
        return v;
    }

    double f8(String what) {
        need(8, what);
        double v = f8(b, pos);
        pos += 8;
        return v;
    }

    /**
     * The point count stored as "count - 1" in six bytes, checked against the bytes that follow:
     * {@code bytesPerPoint} is what each point occupies in the blocks after it.
     */
    int count(String what, long bytesPerPoint) {
        int at = pos;
        long stored = i6(what);
        if (stored < 0) {
            throw ctx.failAtOffset(what + " is " + (stored + 1) + ": not a point count (corrupted header)", at);
        }
        long n = stored + 1;
        // n is at most 2^47, bytesPerPoint at most 34: the product cannot overflow a long
        if (n * bytesPerPoint > remaining()) {
            throw ctx.failAtOffset(what + " declares " + n + " points (" + n * bytesPerPoint + " bytes of data) but only "
                    + remaining() + " bytes follow: the file is cut or the count is corrupted", at);
        }
        return (int) n;
    }

    double[] f8s(int n, String what) {
        need(8L * n, what);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f8(b, pos);
            pos += 8;
        }
        return v;
    }

    int[] i2s(int n, String what) {
        need(2L * n, what);
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = i2(b, pos);
            pos += 2;
        }
        return v;
    }

    /**
     * A Thales text field: a 2-byte length, then the characters with upper and lower case swapped
     * (that is how Thales stores them; "MEA6-ID3" is written "mea6-id3").
     */
    String text(String what) {
        int at = pos;
        int n = i2(what + " (length)");
        if (n < 0) {
            throw ctx.failAtOffset(what + " has a negative length (" + n + "): corrupted", at);
        }
        need(n, what);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = (char) (b[pos + i] & 0xFF); // ISO-8859-1 (µ is 0xB5)
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c - 'A' + 'a');
            }
            s.append(c);
        }
        pos += n;
        return s.toString().strip();
    }
}
