package org.nernst.io.gamry.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * The structure of a Gamry Framework ".DTA" file: "KEY\tTYPE\tVALUE\tLabel" header lines (EXPLAIN
 * format) and tables introduced by "NAME\tTABLE[\tpoints]", each a names row, a units row and
 * indented rows of values.
 */
final class DtaFile {

    /** One header keyword: its type (QUANT, LABEL, SELECTOR, ...), value and human label. */
    record Keyword(String type, String value, String label) {
    }

    /** One table as written: numeric columns parsed, text columns (the "Over" flags) kept apart. */
    record Table(String name, int line, List<String> names, List<String> units, double[][] columns, boolean[] numeric,
            int rows, int declared, int flagged) {
    }

    final Map<String, Keyword> keywords = new LinkedHashMap<>();
    final List<Table> tables = new ArrayList<>();

    static DtaFile parse(String text, ReadContext ctx) {
        DtaFile f = new DtaFile();
        List<String> lines = text.lines().toList();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                i++;
                continue;
            }
            String[] parts = line.split("\t");
            String key = parts[0].strip();
            if (parts.length >= 2 && parts[1].strip().equals("TABLE")) {
                int declared = parts.length >= 3 ? parseInt(parts[2]) : -1;
                i = f.table(key, lines, i, declared, ctx);
                continue;
            }
            if (parts.length >= 3 && parts[1].strip().equals("NOTES")) {
                int n = Math.max(0, parseInt(parts[2]));
                f.keywords.put(key, new Keyword("NOTES", String.join(" ", lines.subList(Math.min(lines.size(), i + 1),
                        Math.min(lines.size(), i + 1 + n))).strip(), parts.length > 3 ? parts[3] : ""));
                i += 1 + n;
                continue;
            }
            if (parts.length >= 3) {
                f.keywords.putIfAbsent(key, new Keyword(parts[1].strip(), parts[2].strip(), parts.length > 3 ? parts[3].strip() : ""));
            } else if (parts.length == 2) {
                f.keywords.putIfAbsent(key, new Keyword("", parts[1].strip(), "")); // "TAG\tCV"
            }
            i++;
        }
        return f;
    }

    private int table(String name, List<String> lines, int at, int declared, ReadContext ctx) {
        int namesAt = at + 1;
        int unitsAt = at + 2;
        if (unitsAt >= lines.size()) {
            throw ctx.fail("table " + name + " has no names and units rows (file truncated?)", at + 1);
        }
        List<String> names = tabFields(lines.get(namesAt));
        List<String> units = tabFields(lines.get(unitsAt));
        if (names.isEmpty()) {
            throw ctx.fail("expected the column names of table " + name, namesAt + 1);
        }
        int width = names.size();
        double[][] cols = new double[width][256];
        boolean[] numeric = new boolean[width];
        boolean comma = false;
        int rows = 0;
        int flagged = 0;
        int i = unitsAt + 1;
        char[] scratch = new char[64];
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                break;
            }
            List<String> cells = fields(line);
            if (cells.size() != width) {
                throw ctx.fail("row has " + cells.size() + " values, table " + name + " has " + width + " columns ("
                        + String.join(", ", names) + ")", i + 1, Math.min(cells.size(), width) + 1);
            }
            if (rows == 0) {
                comma = cells.stream().anyMatch(c -> c.indexOf(',') >= 0);
                for (int c = 0; c < width; c++) {
                    numeric[c] = !Double.isNaN(Numbers.parse(cells.get(c), 0, cells.get(c).length(), comma, scratch));
                }
            }
            if (rows == cols[0].length) {
                for (int c = 0; c < width; c++) {
                    cols[c] = java.util.Arrays.copyOf(cols[c], rows * 2);
                }
            }
            for (int c = 0; c < width; c++) {
                String cell = cells.get(c);
                if (!numeric[c]) {
                    if (cell.chars().anyMatch(ch -> ch != '.')) {
                        flagged++;
                    }
                    continue;
                }
                double v = Numbers.parse(cell, 0, cell.length(), comma, scratch);
                if (Double.isNaN(v)) {
                    throw ctx.fail("'" + cell + "' is not a number: expected a number in column " + names.get(c)
                            + " of table " + name, i + 1, c + 1);
                }
                cols[c][rows] = v;
            }
            rows++;
        }
        if (declared > 0 && rows != declared) {
            ctx.warn("table " + name + " declares " + declared + " points but holds " + rows, at + 1);
        }
        tables.add(new Table(name, at + 1, names, units, cols, numeric, rows, declared, flagged));
        return i;
    }

    /** Gamry separates by tabs; hand-edited files use blanks too, and no Gamry value contains a blank. */
    private static List<String> fields(String line) {
        String t = line.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("[\\t ]+"));
    }

    /** Names and units rows: tabs only ("V vs. Ref.", "deg C" contain blanks). */
    private static List<String> tabFields(String line) {
        String t = line.strip();
        return t.isEmpty() ? List.of() : java.util.Arrays.stream(t.split("\t")).map(String::strip).toList();
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String value(String key) {
        Keyword k = keywords.get(key);
        return k == null ? "" : k.value();
    }
}
