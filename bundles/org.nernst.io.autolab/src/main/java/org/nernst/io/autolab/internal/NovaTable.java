package org.nernst.io.autolab.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * The table of a NOVA ASCII export as written: one header row, then rows whose cells may be empty.
 * NOVA puts several signals of different lengths side by side (the procedure parameters fill row
 * 1 only, an EIS block stops after its frequencies, a "Scan" signal may run longer than the data),
 * so every column keeps its own length. Within its length a column must be complete: a gap is an
 * error with its line and column, never a shifted value.
 */
final class NovaTable {
    final List<String> names;
    final double[][] columns;
    /** Number of values of each column (all at the top: rows [0, length)). */
    final int[] length;
    /** The first cell of each column as written (procedure parameters are shown as written). */
    final String[] first;
    final int headerLine;
    final char delimiter;
    int rows;
    /** Per column, the line of its first empty cell after a value (0 = none yet). */
    private final int[] gapLine;

    NovaTable(List<String> names, int headerLine, char delimiter) {
        this.names = names;
        this.headerLine = headerLine;
        this.delimiter = delimiter;
        int w = names.size();
        this.columns = new double[w][256];
        this.length = new int[w];
        this.first = new String[w];
        this.gapLine = new int[w];
        Arrays.fill(first, "");
    }

    /** Before the cells of a row. */
    void startRow() {
        grow();
    }

    /** Column {@code c} has no value on line {@code line}: fine at the end of a signal, an error if a value follows. */
    void gap(int c, int line) {
        if (length[c] > 0 && gapLine[c] == 0) {
            gapLine[c] = line;
        }
    }

    /** The value of column {@code c} in the current row; a value after a gap is an error at the gap. */
    void put(int c, double v, String asWritten, ReadContext ctx) {
        if (length[c] != rows) {
            int at = gapLine[c] == 0 ? headerLine + 1 : gapLine[c];
            throw ctx.fail("column '" + names.get(c) + "' has an empty cell at line " + at
                    + " between values (NOVA writes a signal's values without gaps)", at, c + 1);
        }
        if (length[c] == 0) {
            first[c] = asWritten;
        }
        columns[c][rows] = v;
        length[c]++;
    }

    void endRow() {
        rows++;
    }

    /** Header row at or after line {@code from} (0-based index into {@code lines}). */
    static NovaTable parse(List<String> lines, ReadContext ctx) {
        int h = 0;
        while (h < lines.size() && lines.get(h).isBlank()) {
            h++;
        }
        if (h == lines.size()) {
            throw ctx.fail("the file has no header row (only blank lines)", Math.max(1, lines.size()));
        }
        String header = lines.get(h);
        char d = header.indexOf('\t') >= 0 ? '\t' : header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, d);
        while (!names.isEmpty() && names.get(names.size() - 1).isBlank()) {
            names.remove(names.size() - 1);
        }
        if (names.size() < 2) {
            throw ctx.fail("expected a header row of column names separated by tabs or ';'", h + 1);
        }
        NovaTable t = new NovaTable(List.copyOf(names.stream().map(String::strip).toList()), h + 1, d);
        char[] scratch = new char[64];
        for (int i = h + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if ((t.rows & 0xFFFF) == 0) {
                ctx.monitor().checkCancelled();
            }
            List<String> cells = split(line, d);
            t.startRow();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).strip();
                if (c >= names.size()) {
                    if (!cell.isEmpty()) {
                        throw ctx.fail("row has more values than the header names (" + names.size() + " columns)", i + 1, c + 1);
                    }
                    continue;
                }
                if (cell.isEmpty()) {
                    t.gap(c, i + 1);
                    continue;
                }
                boolean comma = d != ',' && cell.indexOf(',') >= 0;
                double v = Numbers.parse(cell, 0, cell.length(), comma, scratch.length >= cell.length() ? scratch : new char[cell.length()]);
                if (Double.isNaN(v)) {
                    throw ctx.fail("'" + abbreviate(cell) + "' is not a number: expected a number in column '" + names.get(c).strip() + "'",
                            i + 1, c + 1);
                }
                t.put(c, v, cell, ctx);
            }
            t.endRow();
        }
        return t;
    }

    private void grow() {
        if (rows == columns[0].length) {
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], rows * 2);
            }
        }
    }

    private static List<String> split(String line, char d) {
        List<String> out = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == d) {
                out.add(line.substring(p, i));
                p = i + 1;
            }
        }
        out.add(line.substring(p));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
