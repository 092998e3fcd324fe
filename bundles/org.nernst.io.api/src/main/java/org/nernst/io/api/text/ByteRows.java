package org.nernst.io.api.text;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;

/**
 * The data rows of a delimited table parsed straight from bytes (ASCII-compatible encodings:
 * digits, signs, separators and line feeds are single bytes there). Large inputs are split at line
 * feeds into one chunk per core; each chunk fills its own arrays, which are then concatenated.
 */
final class ByteRows {
    private static final int PARALLEL_THRESHOLD = 4 << 20;

    private ByteRows() {
    }

    private record Chunk(double[][] cols, int rows, int stoppedAt) {
    }

    static DelimitedTable parse(byte[] b, int dataByte, DelimitedParser.Layout layout, String fileName, Monitor monitor,
            boolean stopAtText) {
        DelimitedParser.Dialect d = layout.dialect();
        int width = d.width;
        monitor.begin("reading " + fileName, b.length);
        int parts = stopAtText || b.length - dataByte < PARALLEL_THRESHOLD ? 1
                : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        int[] bounds = new int[parts + 1];
        bounds[0] = dataByte;
        bounds[parts] = b.length;
        for (int i = 1; i < parts; i++) {
            int p = dataByte + (int) ((long) (b.length - dataByte) * i / parts);
            while (p < b.length && b[p - 1] != '\n') {
                p++;
            }
            bounds[i] = Math.max(p, bounds[i - 1]);
        }
        List<CompletableFuture<Chunk>> futures = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            int from = bounds[i];
            int to = bounds[i + 1];
            if (parts == 1) {
                futures.add(CompletableFuture.completedFuture(chunk(b, from, to, layout, fileName, dataByte, monitor, stopAtText)));
            } else {
                futures.add(CompletableFuture.supplyAsync(() -> chunk(b, from, to, layout, fileName, dataByte, monitor, stopAtText)));
            }
        }
        List<Chunk> chunks = new ArrayList<>();
        for (CompletableFuture<Chunk> f : futures) {
            try {
                chunks.add(f.join());
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
        int rows = 0;
        for (Chunk c : chunks) {
            rows += c.rows();
        }
        double[][] cols = new double[width][];
        if (chunks.size() == 1) {
            cols = chunks.get(0).cols();
        } else {
            for (int c = 0; c < width; c++) {
                cols[c] = new double[rows];
                int at = 0;
                for (Chunk ch : chunks) {
                    System.arraycopy(ch.cols()[c], 0, cols[c], at, ch.rows());
                    at += ch.rows();
                }
            }
        }
        monitor.done();
        return new DelimitedTable(layout.headers(), cols, rows, d.delimiter, d.decimalComma, layout.preamble(), layout.dataLine());
    }

    private static Chunk chunk(byte[] b, int from, int to, DelimitedParser.Layout layout, String fileName, int dataByte,
            Monitor monitor, boolean stopAtText) {
        DelimitedParser.Dialect d = layout.dialect();
        int width = d.width;
        byte delim = (byte) d.delimiter;
        boolean blanks = d.delimiter == ' ';
        boolean comma = d.decimalComma;
        double[][] cols = new double[width][Math.max(16, (to - from) / Math.max(8, width * 8))];
        byte[] scratch = new byte[128];
        int rows = 0;
        int p = from;
        int lastReport = from;
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
            if (q == end) {
                p = eol + 1;
                continue;
            }
            if (rows == cols[0].length) {
                for (int c = 0; c < width; c++) {
                    cols[c] = java.util.Arrays.copyOf(cols[c], rows + (rows >> 1) + 16);
                }
            }
            int f = blanks ? q : p;
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
                        return new Chunk(cols, rows, p);
                    }
                    String cell = new String(b, f, fe - f, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
                    throw NernstException.input((cell.isEmpty() ? "empty value" : "'" + (cell.length() > 40 ? cell.substring(0, 37) + "..." : cell)
                            + "' is not a number") + ": expected a number in column '" + layout.headers().get(field).raw().strip() + "'",
                            Location.cell(fileName, lineOf(b, dataByte, p, layout.dataLine()), field + 1));
                }
                cols[field][rows] = v;
                if (field + 1 < width) {
                    if (fe >= end) {
                        if (stopAtText) {
                            return new Chunk(cols, rows, p);
                        }
                        throw NernstException.input("row has " + (field + 1) + " of " + width + " values (truncated row?)",
                                Location.cell(fileName, lineOf(b, dataByte, p, layout.dataLine()), field + 2));
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
            p = eol + 1;
            if (p - lastReport > (1 << 22)) {
                monitor.checkCancelled();
                monitor.worked(p - lastReport);
                lastReport = p;
            }
        }
        monitor.worked(Math.max(0, to - lastReport));
        return new Chunk(cols, rows, -1);
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

    /** 1-based line number of byte {@code pos}: only computed for error messages. */
    private static int lineOf(byte[] b, int dataByte, int pos, int dataLine) {
        int line = dataLine;
        for (int i = dataByte; i < pos; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
