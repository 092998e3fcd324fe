package org.nernst.io.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * A whole binary file as one little-endian buffer, for readers that decode by offset. Files up to a
 * reader-chosen size are copied to the heap; larger ones are mapped, which keeps memory near the decoded
 * columns. A mapping outlives the read until the garbage collector drops it: on Windows the file cannot be
 * deleted or renamed meanwhile, and thousands of live mappings of one file made each rewrite of it slower
 * (the fuzzer's neware-nda rate fell from 2,000 to 200 execs/s). So readers copy what is usually small.
 */
public final class BinaryInput {
    private BinaryInput() {
    }

    /** The file of {@code ctx}, copied if at most {@code copyUpTo} bytes, else mapped; over 2 GiB is refused. */
    public static ByteBuffer load(ReadContext ctx, long copyUpTo) throws IOException {
        try (FileChannel ch = FileChannel.open(ctx.path(), StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw ctx.fail("files over 2 GiB are not supported (" + size + " bytes)");
            }
            ByteBuffer buf;
            if (size <= copyUpTo) {
                buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // FileChannel.read may return fewer bytes than asked
                }
                buf.flip();
            } else {
                buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            }
            return buf.order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
