package org.nernst.io.api;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;

/**
 * A whole binary file as one little-endian buffer, for readers that decode by offset. Files up to a
 * reader-chosen size are copied to the heap; larger ones are mapped, which keeps memory near the decoded
 * columns. A plain mapping outlives the read until the garbage collector drops it: on Windows the file
 * cannot be deleted or renamed meanwhile, and thousands of live mappings of one file made each rewrite of
 * it slower (the fuzzer's neware-nda rate fell from 2,000 to 200 execs/s). So the mapping is made in an
 * arena that is closed when the decoding ends (java.lang.foreign, final since Java 22, found by reflection
 * because the bundles are compiled for 21; on 21 the plain mapping remains).
 */
public final class BinaryInput {
    private static final Method OPEN_ARENA;
    private static final Method MAP_IN_ARENA;
    private static final Method AS_BYTE_BUFFER;

    static {
        Method open = null;
        Method map = null;
        Method view = null;
        if (Runtime.version().feature() >= 22) {
            try {
                Class<?> arena = Class.forName("java.lang.foreign.Arena");
                open = arena.getMethod("ofShared"); // any thread of a decoder may touch it
                map = FileChannel.class.getMethod("map", FileChannel.MapMode.class, long.class, long.class, arena);
                view = Class.forName("java.lang.foreign.MemorySegment").getMethod("asByteBuffer");
            } catch (ReflectiveOperationException e) {
                open = null;
            }
        }
        OPEN_ARENA = open;
        MAP_IN_ARENA = map;
        AS_BYTE_BUFFER = view;
    }

    private BinaryInput() {
    }

    /**
     * Decodes the file of {@code ctx}: copied if at most {@code copyUpTo} bytes, else mapped for the time of
     * {@code decode} only (which must not keep the buffer or views of it); over 2 GiB is refused.
     */
    public static <T> T read(ReadContext ctx, long copyUpTo, Function<ByteBuffer, T> decode) throws IOException {
        try (FileChannel ch = FileChannel.open(ctx.path(), StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw ctx.fail("files over 2 GiB are not supported (" + size + " bytes)");
            }
            if (size <= copyUpTo) {
                ByteBuffer buf = ByteBuffer.allocate((int) size);
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // FileChannel.read may return fewer bytes than asked
                }
                buf.flip();
                return decode.apply(buf.order(ByteOrder.LITTLE_ENDIAN));
            }
            if (OPEN_ARENA == null) {
                return decode.apply(ch.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN));
            }
            AutoCloseable arena = (AutoCloseable) invoke(OPEN_ARENA, null);
            try {
                Object segment = invoke(MAP_IN_ARENA, ch, FileChannel.MapMode.READ_ONLY, 0L, size, arena);
                return decode.apply(((ByteBuffer) invoke(AS_BYTE_BUFFER, segment)).order(ByteOrder.LITTLE_ENDIAN));
            } finally {
                close(arena); // unmaps now, not at some later garbage collection
            }
        }
    }

    private static Object invoke(Method m, Object target, Object... args) throws IOException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(AutoCloseable arena) throws IOException {
        try {
            arena.close();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
