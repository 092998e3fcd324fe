package org.nernst.io.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;

class BinaryInputTest {
    @TempDir
    Path dir;

    @Test
    void smallFilesAreCopiedLargerOnesMappedBothLittleEndian() throws Exception {
        byte[] b = new byte[10_000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        b[0] = 0x34;
        b[1] = 0x12;
        Path p = Files.write(dir.resolve("x.bin"), b);
        ReadContext ctx = new ReadContext(p, Monitor.none());
        var copied = BinaryInput.load(ctx, b.length);
        var mapped = BinaryInput.load(ctx, b.length - 1);
        // a copy holds no mapping, so the file can be deleted or rewritten at once (Windows) and no mapping piles up
        assertFalse(copied.isDirect());
        assertTrue(mapped.isDirect());
        for (var buf : new java.nio.ByteBuffer[] {copied, mapped}) {
            assertEquals(ByteOrder.LITTLE_ENDIAN, buf.order());
            assertEquals(b.length, buf.limit());
            assertEquals(0x1234, buf.getShort(0));
            assertEquals(b[9_999], buf.get(9_999));
        }
    }
}
