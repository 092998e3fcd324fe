package org.nernst.io.cyclers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * The record table of a cycler export: a header line, then one row per record, separated by tab
 * or comma (quoted fields allowed). Unlike a potentiostat table, cycler rows mix numbers with
 * elapsed times, date-times and words (step names, states), and leave cells empty where a sensor
 * or counter has nothing to say. Each column is parsed by the {@link Kind} the reader gives it.
 *
 * <p>Rules: an empty cell or "N/A" is NaN. A word in a number column is an error at its line and
 * column when the column is one the reader needs ({@code required}), else NaN with one warning per
 * column. A row too short to reach a required column is an error (truncated file).
 */
final class CyclerTable {

    enum Kind { NUMBER, DURATION, DATETIME, TEXT }

    final List<String> headers;
    final int rows;
    final int firstDataLine;
    private final double[][] numbers;
    private final String[][] texts;
    private final String fileName;

    private CyclerTable(List<String> headers, int rows, int firstDataLine, double[][] numbers, String[][] texts, String fileName) {
        this.fileName = fileName;
        this.headers = headers;
        this.rows = rows;
        this.firstDataLine = firstDataLine;
        this.numbers = numbers;
        this.texts = texts;
    }

    /**
     * A table filled by a reader that parsed the cells itself (a spreadsheet): {@code numbers[c]} for
     * number, duration and date-time columns (date-times in seconds since 1970), {@code texts[c]} for
     * text columns, each at least {@code rows} long; {@code firstDataLine} is the row number of the first record.
     */
    static CyclerTable of(List<String> headers, int rows, int firstDataLine, double[][] numbers, String[][] texts,
            String fileName) {
        return new CyclerTable(List.copyOf(headers), rows, firstDataLine, numbers, texts, fileName);
    }

    /**
     * Parses the table whose header is line {@code headerLine} (0-based) of {@code lines}.
     *
     * @param kinds    how to read each column (by header as written, stripped); null = judged from the data
     * @param required headers the reader cannot do without (word or missing cell there = error)
     */
    static CyclerTable parse(List<String> lines, int headerLine, char delimiter, Function<String, Kind> kinds,
            java.util.Set<String> required, ReadContext ctx) {
        List<String> headers = split(lines.get(headerLine), delimiter).stream().map(String::strip).toList();
        int width = headers.size();
        Kind[] kind = new Kind[width];
        boolean[] need = new boolean[width];
        int lastNeeded = -1;
        for (int c = 0; c < width; c++) {
            Kind k = kinds.apply(headers.get(c));
            kind[c] = k != null ? k : sniff(lines, headerLine, delimiter, c);
            need[c] = required.contains(headers.get(c));
            if (need[c]) {
                lastNeeded = c;
            }
        }
        for (String r : required) {
            if (!headers.contains(r)) {
                throw ctx.fail("no column '" + r + "' in the header (columns: " + String.join(", ", headers) + ")", headerLine + 1);
            }
        }
        int capacity = Math.max(16, lines.size() - headerLine);
        double[][] num = new double[width][];
        String[][] txt = new String[width][];
        for (int c = 0; c < width; c++) {
            if (kind[c] == Kind.TEXT) {
                txt[c] = new String[capacity];
            } else {
                num[c] = new double[capacity];
            }
        }
        Map<Integer, Integer> badCells = new TreeMap<>();
        Map<Integer, Integer> firstBadLine = new TreeMap<>();
        Map<String, String> intern = new java.util.HashMap<>();
        char[] scratch = new char[64];
        int[] bounds = new int[2 * width + 2];
        int rows = 0;
        for (int li = headerLine + 1; li < lines.size(); li++) {
            String line = lines.get(li);
            if (line.isBlank()) {
                continue;
            }
            int n = fields(line, delimiter, bounds, width);
            if (n <= lastNeeded) {
                throw ctx.fail("row has " + n + " of " + width + " values; column '" + headers.get(lastNeeded)
                        + "' is missing (truncated row?)", li + 1, n + 1);
            }
            for (int c = 0; c < width; c++) {
                int from = c < n ? bounds[2 * c] : 0;
                int to = c < n ? bounds[2 * c + 1] : 0;
                if (kind[c] == Kind.TEXT) {
                    String s = line.substring(from, to).strip();
                    txt[c][rows] = intern.computeIfAbsent(s, k -> k);
                    continue;
                }
                double v = switch (kind[c]) {
                    case NUMBER -> Numbers.parse(line, from, to, false, scratch);
                    case DURATION -> Cells.duration(line, from, to);
                    default -> dateTime(line, from, to, scratch);
                };
                if (Double.isNaN(v) && !isEmpty(line, from, to)) {
                    if (need[c]) {
                        throw ctx.fail("'" + abbreviate(line.substring(from, to).strip()) + "' is not "
                                + (kind[c] == Kind.NUMBER ? "a number" : kind[c] == Kind.DURATION ? "an elapsed time"
                                        : "a date-time") + " (column '" + headers.get(c) + "')", li + 1, c + 1);
                    }
                    badCells.merge(c, 1, Integer::sum);
                    firstBadLine.putIfAbsent(c, li + 1);
                }
                num[c][rows] = v;
            }
            rows++;
            if ((rows & 0x3FFF) == 0) {
                ctx.monitor().checkCancelled();
            }
        }
        for (var e : badCells.entrySet()) {
            ctx.warn(e.getValue() + " cell(s) of column '" + headers.get(e.getKey()) + "' are not "
                    + kind[e.getKey()].name().toLowerCase(Locale.ROOT) + " values: kept as NaN", firstBadLine.get(e.getKey()));
        }
        return new CyclerTable(headers, rows, headerLine + 2, num, txt, ctx.fileName());
    }

    /** The kind of a column judged from its first non-empty cell in the first 200 rows (NUMBER if none). */
    private static Kind sniff(List<String> lines, int headerLine, char delimiter, int c) {
        int[] b = new int[2 * (c + 1)];
        for (int li = headerLine + 1; li < Math.min(lines.size(), headerLine + 201); li++) {
            String line = lines.get(li);
            if (fields(line, delimiter, b, c + 1) <= c || isEmpty(line, b[2 * c], b[2 * c + 1])) {
                continue;
            }
            String cell = line.substring(b[2 * c], b[2 * c + 1]).strip();
            if (!Double.isNaN(Numbers.parse(cell, false))) {
                return Kind.NUMBER;
            }
            if (Cells.dateTime(cell).isPresent()) {
                return Kind.DATETIME;
            }
            if (cell.indexOf(':') > 0 && !Double.isNaN(Cells.duration(cell, 0, cell.length()))) {
                return Kind.DURATION;
            }
            return Kind.TEXT;
        }
        return Kind.NUMBER;
    }

    private static boolean isEmpty(String s, int from, int to) {
        String t = s.substring(from, to).strip();
        return t.isEmpty() || t.equalsIgnoreCase("N/A") || t.equals("\"\"");
    }

    /** A date-time cell, or a plain number taken as seconds since 1970 (beep's Arbin tables). */
    private static double dateTime(String line, int from, int to, char[] scratch) {
        double v = Numbers.parse(line, from, to, false, scratch);
        return Double.isNaN(v) ? Cells.epochSeconds(line.substring(from, to)) : v;
    }

    int column(String header) {
        return headers.indexOf(header);
    }

    /** The first header (as written) for which {@code test} holds. */
    Optional<String> find(java.util.function.Predicate<String> test) {
        return headers.stream().filter(test).findFirst();
    }

    /** Values of a number/duration/date-time column, trimmed to the row count (a copy). */
    double[] numbers(String header) {
        int c = column(header);
        if (c < 0) {
            throw new IllegalArgumentException("no numeric column " + header);
        }
        if (numbers[c] == null) {
            // the first cells decided "text" (a damaged or foreign file): say where, not a crash
            throw wrongKind(c, "words where numbers are expected");
        }
        return Arrays.copyOf(numbers[c], rows);
    }

    String[] texts(String header) {
        int c = column(header);
        if (c < 0) {
            throw new IllegalArgumentException("no text column " + header);
        }
        if (texts[c] == null) {
            throw wrongKind(c, "numbers or times where names are expected");
        }
        return Arrays.copyOf(texts[c], rows);
    }

    private NernstException wrongKind(int c, String what) {
        return NernstException.input("column '" + headers.get(c) + "' holds " + what,
                Location.cell(fileName, firstDataLine, c + 1));
    }

    boolean isText(int c) {
        return texts[c] != null;
    }

    /** Splits a header or metadata line (quotes removed). */
    static List<String> split(String line, char delimiter) {
        int[] b = new int[2 * 4096];
        int n = fields(line, delimiter, b, 4096);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(line.substring(b[2 * i], b[2 * i + 1]));
        }
        return out;
    }

    /**
     * Finds up to {@code max} fields of {@code line}: bounds[2i], bounds[2i+1] = [from, to) of field i,
     * without surrounding quotes. Returns the number of fields found.
     */
    static int fields(String line, char delimiter, int[] bounds, int max) {
        int n = 0;
        int p = 0;
        int end = line.length();
        while (n < max) {
            int from = p;
            int to;
            if (p < end && line.charAt(p) == '"') {
                int q = line.indexOf('"', p + 1);
                while (q >= 0 && q + 1 < end && line.charAt(q + 1) == '"') {
                    q = line.indexOf('"', q + 2); // doubled quote inside a quoted field
                }
                q = q < 0 ? end : q;
                from = p + 1;
                to = q;
                p = q + 1;
                while (p < end && line.charAt(p) != delimiter) {
                    p++;
                }
            } else {
                while (p < end && line.charAt(p) != delimiter) {
                    p++;
                }
                to = p;
            }
            bounds[2 * n] = from;
            bounds[2 * n + 1] = to;
            n++;
            if (p >= end) {
                break;
            }
            p++; // skip the delimiter
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
