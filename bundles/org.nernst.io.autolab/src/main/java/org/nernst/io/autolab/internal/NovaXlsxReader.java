package org.nernst.io.autolab.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.xlsx.Cell;
import org.nernst.io.api.xlsx.CellRef;
import org.nernst.io.api.xlsx.CellType;
import org.nernst.io.api.xlsx.Row;
import org.nernst.io.api.xlsx.Sheet;
import org.nernst.io.api.xlsx.Xlsx;
import org.nernst.io.api.xlsx.XlsxProbe;
import org.osgi.service.component.annotations.Component;

/**
 * Metrohm Autolab NOVA Excel exports (.xlsx): the same table as the NOVA ASCII export (a header row
 * of signal names with units, procedure parameters as one-value columns, signals of different
 * lengths side by side), one worksheet, strings inline. Read through the ASCII reader's table and
 * mapping, so both exports of a run give the same measurements. Text signals NOVA adds to Excel
 * exports ("Current range": "100 µA") are not numbers: they go to the metadata.
 */
@Component(service = MeasurementReader.class)
public class NovaXlsxReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("autolab-nova-xlsx", "Metrohm Autolab NOVA Excel export",
            List.of("xlsx"), "NOVA workbooks: the ASCII export's signals (WE(1).Current, Potential applied, Scan, EIS ...)"
                    + " on a worksheet");
    private static final Pattern TEXT = Pattern.compile("<(?:\\w+:)?t(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?t>");
    private static final Pattern ROW_END = Pattern.compile("</(?:\\w+:)?row>");
    /** Distinct values of a text column listed in the metadata, at most. */
    private static final int MAX_TEXT_VALUES = 8;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        if (!XlsxProbe.isWorkbook(in)) {
            return CANNOT_READ;
        }
        // the first row of the first sheet (inline strings), or the start of the shared strings when they are in the head
        Map<String, String> peek = XlsxProbe.peek(in, n -> n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml"),
                16_384);
        int best = CANNOT_READ;
        for (Map.Entry<String, String> e : peek.entrySet()) {
            String xml = e.getValue();
            if (!e.getKey().endsWith("sharedStrings.xml")) {
                Matcher end = ROW_END.matcher(xml);
                xml = end.find() ? xml.substring(0, end.start()) : xml;
            }
            List<String> cells = new ArrayList<>();
            for (Matcher m = TEXT.matcher(xml); m.find();) {
                cells.add(unescape(m.group(1)));
            }
            best = Math.max(best, NovaAsciiReader.score(cells));
        }
        return best;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        try (Xlsx book = Xlsx.open(ctx)) {
            List<Measurement> out = new ArrayList<>();
            for (Sheet s : book.sheets()) {
                Sheet1 one = new Sheet1(s, ctx);
                book.rows(s, one::row);
                if (one.table == null) {
                    continue; // an empty sheet
                }
                if (NovaAsciiReader.score(one.table.names) == CANNOT_READ) {
                    if (out.isEmpty() && s == book.sheets().get(book.sheets().size() - 1)) {
                        throw ctx.fail("row " + one.table.headerLine + " of sheet '" + s.name() + "' names no NOVA signal"
                                + " (columns: " + String.join(", ", one.table.names) + ")", one.table.headerLine);
                    }
                    ctx.warn("sheet '" + s.name() + "' is not a NOVA table: left out");
                    continue;
                }
                Map<String, String> extra = new LinkedHashMap<>();
                if (book.sheets().size() > 1) {
                    extra.put("Sheet", s.name());
                }
                one.texts.forEach((c, values) -> extra.put(one.table.names.get(c), values.size() == 1 ? values.iterator().next()
                        : "varies: " + String.join(", ", values) + (values.size() >= MAX_TEXT_VALUES ? ", ..." : "")));
                out.addAll(NovaAsciiReader.measurements(one.table, extra, ctx));
            }
            if (out.isEmpty()) {
                throw ctx.fail("the workbook has no rows");
            }
            return out;
        }
    }

    /** Fills a {@link NovaTable} from the rows of one sheet: the first non-empty row is the header. */
    private static final class Sheet1 {
        final Sheet sheet;
        final ReadContext ctx;
        NovaTable table;
        boolean[] text;
        final Map<Integer, Set<String>> texts = new LinkedHashMap<>();

        Sheet1(Sheet sheet, ReadContext ctx) {
            this.sheet = sheet;
            this.ctx = ctx;
        }

        void row(Row r) {
            if (r.isEmpty()) {
                return;
            }
            if (table == null) {
                header(r);
                return;
            }
            int w = table.names.size();
            if (r.width() > w) {
                Cell extra = r.cells().get(r.cells().size() - 1);
                throw ctx.fail("cell " + CellRef.of(extra.column(), r.number()) + " of sheet '" + sheet.name()
                        + "' holds a value beyond the header's " + w + " columns", r.number(), extra.column() + 1);
            }
            table.startRow();
            for (int c = 0; c < w; c++) {
                java.util.Optional<Cell> cell = r.cell(c);
                if (cell.isEmpty() || cell.get().type() == CellType.TEXT && cell.get().text().isBlank()) {
                    table.gap(c, r.number());
                } else if (cell.get().isNumeric() || cell.get().type() == CellType.BOOLEAN) {
                    if (text[c]) {
                        texts.get(c).add(cell.get().display());
                    } else {
                        table.put(c, cell.get().number(), cell.get().display(), ctx);
                    }
                } else if (text[c] || table.length[c] == 0) {
                    // a signal that starts with words is a text signal (NOVA's "Current range"): metadata, not numbers
                    text[c] = true;
                    Set<String> values = texts.computeIfAbsent(c, k -> new LinkedHashSet<>());
                    if (values.size() < MAX_TEXT_VALUES) {
                        values.add(cell.get().text().strip());
                    }
                } else {
                    throw ctx.fail("'" + abbreviate(cell.get().text()) + "' in cell " + CellRef.of(c, r.number()) + " of sheet '"
                            + sheet.name() + "' is not a number: expected a number in column '" + table.names.get(c) + "'",
                            r.number(), c + 1);
                }
            }
            table.endRow();
        }

        private void header(Row r) {
            List<String> names = new ArrayList<>();
            for (int c = 0; c < r.width(); c++) {
                names.add(r.cell(c).map(Cell::display).orElse("").strip());
            }
            if (names.size() < 2) {
                throw ctx.fail("expected a header row of column names on sheet '" + sheet.name() + "'", r.number());
            }
            table = new NovaTable(List.copyOf(names), r.number(), '\t');
            text = new boolean[names.size()];
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 37) + "..." : s;
        }
    }
}
