package org.nernst.io.api.text;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;

/**
 * The data rows of a delimited table parsed straight from bytes (ASCII-compatible encodings:
 * digits, signs, separators and line feeds are single bytes there). The bytes come window by window
 * (from a file, never held whole) and large inputs are split at line feeds into one part per core.
 * A first pass counts the lines of each part, so every part writes its rows straight into the final
 * columns: no array grows, nothing is concatenated. On this project's VM, touching fresh memory cost
 * more than parsing (about 4 ms per MB); the bytes allocated are now the columns themselves.
 */
final class ByteRows {
    private static final int PARALLEL_THRESHOLD = 4 << 20;
    static final int WINDOW = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteRows() {
    }

    /** Where the bytes come from: an array in memory, or a file read window by window. */
    interface Source {
        long size();

        /** Reads up to {@code len} bytes at {@code position} into {@code dst}; fewer only at the end (-1 past it). */
        int read(byte[] dst, int off, int len, long position) throws IOException;

        static Source of(byte[] b) {
            return new Source() {
                @Override
                public long size() {
                    return b.length;
                }

                @Override
                public int read(byte[] dst, int off, int len, long position) {
                    if (position >= b.length) {
                        return -1;
                    }
                    int n = (int) Math.min(len, b.length - position);
                    System.arraycopy(b, (int) position, dst, off, n);
                    return n;
                }
            };
        }

        static Source of(FileChannel ch, long size) {
            return new Source() {
                @Override
                public long size() {
                    return size;
                }

                @Override
                public int read(byte[] dst, int off, int len, long position) throws IOException {
                    ByteBuffer to = ByteBuffer.wrap(dst, off, len);
                    int total = 0;
                    while (to.hasRemaining()) {
                        int n = ch.read(to, position + total);
                        if (n < 0) {
                            break;
                        }
                        total += n;
                    }
                    return total == 0 && len > 0 ? -1 : total;
                }
            };
        }
    }

    static DelimitedTable parse(Source src, long dataByte, DelimitedParser.Layout layout, String fileName, Monitor monitor,
            boolean stopAtText, int window) {
        DelimitedParser.Dialect d = layout.dialect();
        long size = src.size();
        monitor.begin("reading " + fileName, size);
        int parts = stopAtText || size - dataByte < PARALLEL_THRESHOLD ? 1
                : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        long[] bounds = bounds(src, dataByte, size, parts, window);
        List<Long> lines = inParallel(parts, i -> countLines(src, bounds[i], bounds[i + 1], window));
        long[] firstSlot = new long[parts + 1];
        for (int i = 0; i < parts; i++) {
            firstSlot[i + 1] = firstSlot[i] + lines.get(i);
        }
        if (firstSlot[parts] > Integer.MAX_VALUE - 16) {
            throw NernstException.input("more than " + (Integer.MAX_VALUE - 16) + " rows: split the file", Location.file(fileName));
        }
        double[][] cols = new double[d.width][(int) firstSlot[parts]];
        List<Integer> done = inParallel(parts, i -> parsePart(src, bounds[i], bounds[i + 1], cols, (int) firstSlot[i],
                (int) firstSlot[i + 1], layout.dataLine() + firstSlot[i], layout, fileName, monitor, stopAtText, window));
        // blank lines left empty slots at the end of a part: move the later parts' rows down
        int rows = done.get(0);
        for (int i = 1; i < parts; i++) {
            int n = done.get(i);
            if (firstSlot[i] != rows) {
                for (double[] c : cols) {
                    System.arraycopy(c, (int) firstSlot[i], c, rows, n);
                }
            }
            rows += n;
        }
        monitor.done();
        return new DelimitedTable(layout.headers(), cols, rows, d.delimiter, d.decimalComma, layout.preamble(), layout.dataLine());
    }

    /** Part boundaries: each one just after a line feed, so that no line is split. */
    private static long[] bounds(Source src, long dataByte, long size, int parts, int window) {
        long[] bounds = new long[parts + 1];
        bounds[0] = dataByte;
        bounds[parts] = size;
        byte[] buf = new byte[Math.min(window, 1 << 16)];
        for (int i = 1; i < parts; i++) {
            long p = dataByte + (size - dataByte) * i / parts;
            long at = size;
            for (long q = p - 1; q < size && at == size;) {
                int n = read(src, buf, 0, buf.length, q);
                if (n <= 0) {
                    break;
                }
                for (int k = 0; k < n; k++) {
                    if (buf[k] == '\n') {
                        at = q + k + 1;
                        break;
                    }
                }
                q += n;
            }
            bounds[i] = Math.max(at, bounds[i - 1]);
        }
        return bounds;
    }

    /** Lines in [from, to): its line feeds, plus a last line without one. */
    private static long countLines(Source src, long from, long to, int window) {
        byte[] buf = new byte[(int) Math.max(1, Math.min(window, to - from))];
        long lines = 0;
        byte last = '\n';
        for (long p = from; p < to;) {
            int n = read(src, buf, 0, (int) Math.min(buf.length, to - p), p);
            if (n <= 0) {
                break;
            }
            lines += lineFeeds(buf, n);
            last = buf[n - 1];
            p += n;
        }
        return lines + (last != '\n' ? 1 : 0);
    }

    /** Counts '\n' eight bytes at a time (exact: no carry crosses a byte). */
    static int lineFeeds(byte[] b, int n) {
        int count = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long t = ((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x;
            count += Long.bitCount(~t & 0x8080808080808080L);
        }
        for (; i < n; i++) {
            if (b[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Parses [from, to) into the columns from row {@code slot} on; returns the rows written. */
    private static int parsePart(Source src, long from, long to, double[][] cols, int slot, int limit, long firstLine,
            DelimitedParser.Layout layout, String fileName, Monitor monitor, boolean stopAtText, int window) {
        Rows r = new Rows(cols, slot, limit, firstLine, layout, fileName, stopAtText);
        byte[] buf = new byte[(int) Math.max(1, Math.min(window, to - from))];
        int have = 0;
        long pos = from; // file offset of buf[have]
        while (true) {
            int n = pos < to ? read(src, buf, have, (int) Math.min(buf.length - have, to - pos), pos) : -1;
            if (n > 0) {
                pos += n;
                have += n;
            }
            boolean atEnd = n <= 0 || pos >= to;
            if (atEnd && have == 0) {
                return r.rows;
            }
            int end = atEnd ? have : lastLineFeed(buf, have) + 1;
            if (end == 0) {
                if (have == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the window
                }
                continue;
            }
            boolean stopped = r.lines(buf, end);
            monitor.checkCancelled();
            monitor.worked(end);
            if (stopped || atEnd) {
                return r.rows;
            }
            System.arraycopy(buf, end, buf, 0, have - end);
            have -= end;
        }
    }

    private static int read(Source src, byte[] dst, int off, int len, long position) {
        try {
            return src.read(dst, off, len, position);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lastLineFeed(byte[] b, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Parses whole lines into the columns from a slot on, keeping count of rows and lines for error locations. */
    private static final class Rows {
        final double[][] cols;
        final int slot;
        final int limit;
        final DelimitedParser.Layout layout;
        final String fileName;
        final boolean stopAtText;
        final byte delim;
        final boolean blanks;
        final boolean comma;
        final int width;
        final byte[] scratch = new byte[128];
        long line;
        int rows;

        Rows(double[][] cols, int slot, int limit, long firstLine, DelimitedParser.Layout layout, String fileName, boolean stopAtText) {
            this.cols = cols;
            this.slot = slot;
            this.limit = limit;
            this.line = firstLine;
            this.layout = layout;
            this.fileName = fileName;
            this.stopAtText = stopAtText;
            DelimitedParser.Dialect d = layout.dialect();
            this.delim = (byte) d.delimiter;
            this.blanks = d.delimiter == ' ';
            this.comma = d.decimalComma;
            this.width = d.width;
        }

        /** Parses the lines of b[0, to); true when it stopped at a line of text (only with stopAtText). */
        boolean lines(byte[] b, int to) {
            int p = 0;
            while (p < to) {
                int eol = p;
                while (eol < to && b[eol] != '\n') {
                    eol++;
                }
                int end = eol > p && b[eol - 1] == '\r' ? eol - 1 : eol;
                int q = p;
                while (q < end && (b[q] == ' ' || b[q] == '\t')) {
                    q++;
                }
                if (q < end && !row(b, blanks ? q : p, end)) {
                    return true;
                }
                line++;
                p = eol + 1;
            }
            return false;
        }

        /** One data row into slot + rows; false when stopAtText and the row is not all numbers. */
        private boolean row(byte[] b, int f, int end) {
            int at = slot + rows;
            if (at >= limit) {
                // more lines than the counting pass saw: the file was rewritten while it was read
                throw NernstException.input("the file changed while it was being read: read it again when it is complete",
                        Location.line(fileName, lineNumber()));
            }
            for (int field = 0; field < width; field++) {
                int fe = f;
                if (blanks) {
                    while (fe < end && b[fe] != ' ' && b[fe] != '\t') {
                        fe++;
                    }
                } else {
                    while (fe < end && b[fe] != delim) {
                        fe++;
                    }
                }
                double v = number(b, f, fe, comma, scratch);
                if (Double.isNaN(v)) {
                    if (stopAtText) {
                        return false;
                    }
                    String cell = new String(b, f, fe - f, StandardCharsets.ISO_8859_1).strip();
                    throw NernstException.input((cell.isEmpty() ? "empty value" : "'" + (cell.length() > 40 ? cell.substring(0, 37) + "..." : cell)
                            + "' is not a number") + ": expected a number in column '" + layout.headers().get(field).raw().strip() + "'",
                            Location.cell(fileName, lineNumber(), field + 1));
                }
                cols[field][at] = v;
                if (field + 1 < width) {
                    if (fe >= end) {
                        if (stopAtText) {
                            return false;
                        }
                        throw NernstException.input("row has " + (field + 1) + " of " + width + " values (truncated row?)",
                                Location.cell(fileName, lineNumber(), field + 2));
                    }
                    f = fe + 1;
                    if (blanks) {
                        while (f < end && (b[f] == ' ' || b[f] == '\t')) {
                            f++;
                        }
                    }
                }
            }
            rows++;
            return true;
        }

        private int lineNumber() {
            return (int) Math.min(Integer.MAX_VALUE, line);
        }
    }

    private static double number(byte[] b, int from, int to, boolean comma, byte[] scratch) {
        while (from < to && b[from] == ' ') {
            from++;
        }
        while (to > from && b[to - 1] == ' ') {
            to--;
        }
        int len = to - from;
        if (len <= 0) {
            return Double.NaN;
        }
        if (b[from] == '+') {
            from++;
            len--;
        }
        try {
            if (!comma) {
                return JavaDoubleParser.parseDouble(b, from, len);
            }
            byte[] buf = scratch.length >= len ? scratch : new byte[len];
            for (int i = 0; i < len; i++) {
                byte x = b[from + i];
                buf[i] = x == ',' ? (byte) '.' : x;
            }
            return JavaDoubleParser.parseDouble(buf, 0, len);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Runs task(0..n-1): part 0 on this thread, the others on their own threads (the common pool
     * has one thread on a 2-core machine, which ran the parts one after the other). The first
     * failure in part order is rethrown, so errors are the same as a sequential run would give.
     */
    private static <T> List<T> inParallel(int n, IntFunction<T> task) {
        List<T> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        Throwable[] failed = new Throwable[n];
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int k = i;
            threads.add(Thread.ofPlatform().daemon().name("nernst-parse-" + k).start(() -> {
                try {
                    out.set(k, task.apply(k));
                } catch (Throwable t) { // NOPMD: handed to the caller below
                    failed[k] = t;
                }
            }));
        }
        try {
            out.set(0, task.apply(0));
        } catch (Throwable t) { // NOPMD: handed to the caller below
            failed[0] = t;
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Monitor.CancelledException();
            }
        }
        for (Throwable t : failed) {
            if (t instanceof RuntimeException re) { // incl. UncheckedIOException, unwrapped by the caller
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
        return out;
    }
}
