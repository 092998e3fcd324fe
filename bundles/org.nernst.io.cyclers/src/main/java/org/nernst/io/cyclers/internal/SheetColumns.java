package org.nernst.io.cyclers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.xlsx.Cell;
import org.nernst.io.api.xlsx.CellRef;
import org.nernst.io.api.xlsx.Row;
import org.nernst.io.api.xlsx.Xlsx;

/**
 * Collects spreadsheet rows under a header row into a {@link CyclerTable}, by the same rules as
 * the text exports: number cells as numbers, date cells (a date number format) as seconds since
 * 1970, an empty cell NaN; a text cell in a numeric column is read as a number, an elapsed time or
 * a date-time when it is one, else NaN with one warning per column, or an error at its cell when
 * the column is one the reader needs. A column with text only is a text column.
 */
final class SheetColumns {
    private static final java.util.regex.Pattern DAYS_DASH = java.util.regex.Pattern.compile("^(\\d+)-(?=\\d)");
    private final Xlsx book;
    private final ReadContext ctx;
    private final List<String> headers;
    private final Set<String> required;
    private final double[][] numbers;
    private final String[][] texts;
    private final boolean[] numeric;
    /** Per column: NaN for an ordinary column, else the seconds per number of an elapsed-time column. */
    private final double[] secondsPer;
    private final Map<Integer, Integer> badCells = new TreeMap<>();
    private final Map<Integer, Integer> firstBadRow = new TreeMap<>();
    private int rows;
    private int firstDataRow;
    private String sheet = "";

    /** {@code header}: the header row's cells (text). */
    SheetColumns(Xlsx book, Row header, Set<String> required, ReadContext ctx) {
        this(book, header, required, Map.of(), ctx);
    }

    /**
     * {@code durations}: elapsed-time columns (header -> seconds per number, e.g. 3600 for "TestTime/h").
     * There a date-formatted cell is a span of days, not a date (Excel stores times as fractions of a
     * day, ECMA-376 Part 1 §18.17.4), and a text cell is "[d-]h:mm:ss[.fff]" or "[Nd ]h:mm:ss".
     */
    SheetColumns(Xlsx book, Row header, Set<String> required, Map<String, Double> durations, ReadContext ctx) {
        this.book = book;
        this.ctx = ctx;
        this.required = required;
        List<String> h = new ArrayList<>();
        for (int c = 0; c < header.width(); c++) {
            h.add(header.cell(c).map(Cell::display).orElse("").strip());
        }
        this.headers = h;
        int w = h.size();
        numbers = new double[w][1024];
        texts = new String[w][];
        numeric = new boolean[w];
        secondsPer = new double[w];
        for (int c = 0; c < w; c++) {
            secondsPer[c] = durations.getOrDefault(h.get(c), Double.NaN);
        }
    }

    /** The sheet the next rows come from (named in errors: a continuation sheet numbers its rows anew). */
    void sheet(String name) {
        this.sheet = name;
    }

    List<String> headers() {
        return headers;
    }

    /** True when {@code r} repeats the header (a continuation sheet starts with it). */
    boolean isHeader(Row r) {
        for (int c = 0; c < headers.size(); c++) {
            String h = r.cell(c).map(Cell::display).orElse("").strip();
            if (!h.equals(headers.get(c))) {
                return false;
            }
        }
        return true;
    }

    void add(Row r) {
        if (r.isEmpty()) {
            return;
        }
        if (rows == 0) {
            firstDataRow = r.number();
        }
        if (rows == numbers[0].length) {
            for (int c = 0; c < numbers.length; c++) {
                numbers[c] = Arrays.copyOf(numbers[c], rows * 2);
                texts[c] = texts[c] == null ? null : Arrays.copyOf(texts[c], rows * 2);
            }
        }
        for (int c = 0; c < headers.size(); c++) {
            numbers[c][rows] = Double.NaN;
        }
        for (Cell cell : r.cells()) {
            int c = cell.column();
            if (c >= headers.size()) {
                continue; // a note beside the table, under no header
            }
            switch (cell.type()) {
                case NUMBER, BOOLEAN -> {
                    numbers[c][rows] = Double.isNaN(secondsPer[c]) ? cell.number() : cell.number() * secondsPer[c];
                    numeric[c] = true;
                }
                case DATE -> {
                    // in an elapsed-time column a time format shows a span: days to seconds
                    numbers[c][rows] = Double.isNaN(secondsPer[c]) ? book.epochSeconds(cell.number()) : cell.number() * 86_400;
                    numeric[c] = true;
                }
                default -> text(c, cell.text(), r.number());
            }
        }
        rows++;
        if ((rows & 0x3FFF) == 0) {
            ctx.monitor().checkCancelled();
        }
    }

    private void text(int c, String s, int row) {
        String t = s.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("N/A")) {
            return;
        }
        if (texts[c] == null) {
            texts[c] = new String[numbers[c].length];
        }
        texts[c][rows] = t;
        double v = Numbers.parse(t, false);
        if (!Double.isNaN(v) && !Double.isNaN(secondsPer[c])) {
            v *= secondsPer[c];
        }
        if (Double.isNaN(v) && !Double.isNaN(secondsPer[c])) {
            // "1-02:03:04" (days-h:mm:ss) as "1d 02:03:04"
            String d = DAYS_DASH.matcher(t).replaceFirst("$1d ");
            v = d.indexOf(':') > 0 ? Cells.duration(d, 0, d.length()) : Double.NaN;
        } else if (Double.isNaN(v)) {
            v = t.indexOf(':') > 0 ? Cells.duration(t, 0, t.length()) : Double.NaN;
            if (Double.isNaN(v)) {
                v = Cells.epochSeconds(t);
            }
        }
        if (!Double.isNaN(v)) {
            numbers[c][rows] = v;
            numeric[c] = true;
        } else if (required.contains(headers.get(c))) {
            throw ctx.fail("'" + (t.length() > 40 ? t.substring(0, 37) + "..." : t) + "' is not a number (column '"
                    + headers.get(c) + "', cell " + CellRef.of(c, row) + (sheet.isEmpty() ? "" : " of sheet '" + sheet + "'") + ")",
                    row, c + 1);
        } else {
            badCells.merge(c, 1, Integer::sum);
            firstBadRow.putIfAbsent(c, row);
        }
    }

    /** The table; columns with text only become text columns, warnings for words in numeric columns. */
    CyclerTable table() {
        double[][] num = new double[headers.size()][];
        String[][] txt = new String[headers.size()][];
        for (int c = 0; c < headers.size(); c++) {
            boolean textOnly = !numeric[c] && texts[c] != null;
            if (textOnly && required.contains(headers.get(c))) {
                throw ctx.fail("column '" + headers.get(c) + "' holds no numbers", firstDataRow, c + 1);
            }
            if (textOnly) {
                txt[c] = texts[c];
            } else {
                num[c] = numbers[c];
                if (badCells.containsKey(c)) {
                    ctx.warn(badCells.get(c) + " cell(s) of column '" + headers.get(c) + "' are not numbers: kept as NaN",
                            firstBadRow.get(c));
                }
            }
        }
        return CyclerTable.of(headers, rows, firstDataRow, num, txt, ctx.fileName());
    }

    int rows() {
        return rows;
    }
}
