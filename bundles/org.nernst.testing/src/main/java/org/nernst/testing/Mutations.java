package org.nernst.testing;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/** The damage real files suffer, as seeded byte mutations for the conformance fuzzer. */
final class Mutations {
    private static final byte[][] GARBAGE = {"NaN".getBytes(), "\t\t".getBytes(), "1e999".getBytes(), "-".getBytes(),
        ",".getBytes(), ";".getBytes(), "\r\n".getBytes(), "\u00b5".getBytes(), new byte[] {0}, "99999999999".getBytes(),
        ":".getBytes(), "\"".getBytes(), "{".getBytes(), "]".getBytes()};

    private Mutations() {
    }

    static byte[] mutate(byte[] in, SplittableRandom rnd) {
        if (in.length == 0) {
            return GARBAGE[rnd.nextInt(GARBAGE.length)];
        }
        byte[] b = in.clone();
        int kind = rnd.nextInt(6);
        int at = rnd.nextInt(b.length);
        switch (kind) {
            case 0 -> {
                for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                    b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, at);
            }
            case 2 -> {
                return splice(b, at, lineEnd(b, at), new byte[0]);
            }
            case 3 -> {
                int e = lineEnd(b, at);
                return splice(b, e, e, java.util.Arrays.copyOfRange(b, lineStart(b, at), e));
            }
            case 4 -> {
                return splice(b, at, at, GARBAGE[rnd.nextInt(GARBAGE.length)]);
            }
            default -> {
                int len = Math.min(b.length - at, 1 + rnd.nextInt(8));
                return splice(b, at, at + len, GARBAGE[rnd.nextInt(GARBAGE.length)]);
            }
        }
    }

    private static int lineEnd(byte[] b, int at) {
        int i = at;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        return Math.min(b.length, i + 1);
    }

    private static int lineStart(byte[] b, int at) {
        int i = at;
        while (i > 0 && b[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(b.length + insert.length);
        o.write(b, 0, from);
        o.write(insert, 0, insert.length);
        o.write(b, to, b.length - to);
        return o.toByteArray();
    }
}
