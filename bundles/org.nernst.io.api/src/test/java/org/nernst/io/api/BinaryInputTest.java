package org.nernst.io.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;

class BinaryInputTest {
    @TempDir
    Path dir;

    private static void check(ByteBuffer buf, byte[] b) {
        assertEquals(ByteOrder.LITTLE_ENDIAN, buf.order());
        assertEquals(b.length, buf.limit());
        assertEquals(0x1234, buf.getShort(0));
        assertEquals(b[9_999], buf.get(9_999));
    }

    @Test
    void smallFilesAreCopiedLargerOnesMappedOnlyWhileDecoded() throws Exception {
        byte[] b = new byte[10_000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        b[0] = 0x34;
        b[1] = 0x12;
        Path p = Files.write(dir.resolve("x.bin"), b);
        ReadContext ctx = new ReadContext(p, Monitor.none());
        boolean copied = BinaryInput.read(ctx, b.length, buf -> {
            check(buf, b);
            return !buf.isDirect();
        });
        assertTrue(copied, "a copy holds no mapping");
        boolean mapped = BinaryInput.read(ctx, b.length - 1, buf -> {
            check(buf, b);
            return buf.isDirect() && mappedNow(p);
        });
        assertTrue(mapped || !Files.exists(Path.of("/proc/self/maps")));
        // the mapping ends with the decoding (Java 22+), not at a later garbage collection: on Windows the file
        // could not be moved or deleted meanwhile
        if (Runtime.version().feature() >= 22) {
            assertFalse(mappedNow(p), "still mapped after the read");
        }
    }

    /** Whether this process maps {@code p} now (Linux; false elsewhere). */
    private static boolean mappedNow(Path p) {
        Path maps = Path.of("/proc/self/maps");
        try {
            return Files.exists(maps) && Files.readString(maps).contains(p.toRealPath().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
