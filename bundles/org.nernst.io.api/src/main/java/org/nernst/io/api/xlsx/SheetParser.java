package org.nernst.io.api.xlsx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * Streams the rows of one worksheet part (ECMA-376 Part 1, §18.3.1.99 sheetData): &lt;row r&gt; holding
 * &lt;c r t s&gt; cells with a &lt;v&gt; value, an &lt;is&gt; inline string or only a style. Row and cell
 * references are optional in the standard (then one past the previous); gaps are simply absent
 * cells. Formulas are not evaluated: the cached value the writing application stored is used.
 * A value that contradicts its type (a word in a number cell, a shared string index beyond the
 * table) is an input error at that cell, never a NaN in disguise.
 */
final class SheetParser {
    private final ReadContext ctx;
    private final String sheet;
    private final List<String> shared;
    private final boolean[] dateStyle;
    private final boolean date1904;
    private final char[] scratch = new char[64];

    SheetParser(ReadContext ctx, String sheet, List<String> shared, boolean[] dateStyle, boolean date1904) {
        this.ctx = ctx;
        this.sheet = sheet;
        this.shared = shared;
        this.dateStyle = dateStyle;
        this.date1904 = date1904;
    }

    void parse(XMLStreamReader r, Consumer<Row> out) throws XMLStreamException {
        int rowNumber = 0;
        int rows = 0;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("row")) {
                continue;
            }
            String ref = XmlParts.attr(r, "r");
            int number = ref.isEmpty() ? rowNumber + 1 : CellRef.row(ref);
            if (number <= rowNumber) {
                throw ctx.fail(number < 0 ? "row number '" + abbreviate(ref) + "' is not a row of a worksheet"
                        : "row " + number + " comes after row " + rowNumber + " (rows must ascend)", Math.max(1, rowNumber));
            }
            rowNumber = number;
            out.accept(new Row(number, cells(r, number)));
            if ((++rows & 0x3FF) == 0) {
                ctx.monitor().checkCancelled();
            }
        }
    }

    /** The cells of the row the reader is on, up to its end tag. */
    private List<Cell> cells(XMLStreamReader r, int row) throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        int column = -1;
        boolean sorted = true;
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                break;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("c")) {
                XmlParts.skip(r);
                continue;
            }
            String ref = XmlParts.attr(r, "r");
            int c = ref.isEmpty() ? column + 1 : CellRef.column(ref);
            if (c < 0 || c >= CellRef.MAX_COLUMNS || !ref.isEmpty() && CellRef.row(ref) != row) {
                throw ctx.fail("cell reference '" + abbreviate(ref) + "' is not a cell of row " + row + " (sheet '" + sheet + "')",
                        row);
            }
            sorted &= c > column;
            column = c;
            Cell cell = cell(r, c, row, XmlParts.attr(r, "t"), XmlParts.attr(r, "s"));
            if (cell != null) {
                cells.add(cell);
            }
        }
        if (!sorted) {
            cells.sort(Comparator.comparingInt(Cell::column));
            for (int i = 1; i < cells.size(); i++) {
                if (cells.get(i).column() == cells.get(i - 1).column()) {
                    throw fail("two cells at " + CellRef.of(cells.get(i).column(), row), row, cells.get(i).column());
                }
            }
        }
        return cells;
    }

    /** The cell the reader is on (to its end tag); null when it holds no value. */
    private Cell cell(XMLStreamReader r, int c, int row, String type, String style) throws XMLStreamException {
        String v = null;
        String inline = null;
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "v" -> v = r.getElementText();
                    case "is" -> inline = XmlParts.richText(r);
                    default -> XmlParts.skip(r); // <f> formula, <extLst>
                }
            }
        }
        if (type.equals("inlineStr")) {
            return inline == null ? null : new Cell(c, CellType.TEXT, Double.NaN, inline);
        }
        if (v == null) {
            return null;
        }
        switch (type) {
            case "s" -> {
                int i = index(v);
                if (i < 0 || i >= shared.size()) {
                    throw fail("shared string " + abbreviate(v.strip()) + " does not exist (the table has " + shared.size() + ")",
                            row, c);
                }
                return new Cell(c, CellType.TEXT, Double.NaN, shared.get(i));
            }
            case "str" -> {
                return new Cell(c, CellType.TEXT, Double.NaN, v);
            }
            case "e" -> {
                return new Cell(c, CellType.ERROR, Double.NaN, v.strip());
            }
            case "b" -> {
                String b = v.strip();
                if (!b.equals("0") && !b.equals("1")) {
                    throw fail("'" + abbreviate(b) + "' is not a boolean (0 or 1)", row, c);
                }
                return new Cell(c, CellType.BOOLEAN, b.equals("1") ? 1 : 0, "");
            }
            case "d" -> {
                try {
                    return new Cell(c, CellType.DATE, ExcelDates.serial(java.time.LocalDateTime.parse(v.strip()), date1904), "");
                } catch (java.time.format.DateTimeParseException ex) {
                    throw fail("'" + abbreviate(v.strip()) + "' is not an ISO 8601 date-time", row, c);
                }
            }
            case "", "n" -> {
                String s = v.strip();
                if (s.isEmpty()) {
                    return null;
                }
                double x = Numbers.parse(s, 0, s.length(), false, s.length() <= scratch.length ? scratch : new char[s.length()]);
                if (Double.isNaN(x) && !s.equalsIgnoreCase("NaN")) {
                    throw fail("'" + abbreviate(s) + "' is not a number", row, c);
                }
                int st = index(style);
                boolean date = st >= 0 && st < dateStyle.length && dateStyle[st];
                return new Cell(c, date ? CellType.DATE : CellType.NUMBER, x, "");
            }
            default -> throw fail("unknown cell type '" + abbreviate(type) + "'", row, c);
        }
    }

    private static int index(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 9) {
            return -1;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(t);
    }

    private RuntimeException fail(String what, int row, int column) {
        return ctx.fail(what + " in cell " + CellRef.of(column, row) + " of sheet '" + sheet + "'", row, column + 1);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
