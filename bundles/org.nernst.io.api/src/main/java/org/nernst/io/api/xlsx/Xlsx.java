package org.nernst.io.api.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.zip.SafeZip;

/**
 * A streaming reader of Office Open XML workbooks (.xlsx, ECMA-376 SpreadsheetML) for instrument
 * exports, without Apache POI: the zip is opened through {@link SafeZip} (traversal, entry count,
 * size and zip-bomb limits), the XML parts are read with the JDK's StAX parser with DTDs refused,
 * and worksheets are streamed row by row, so memory holds the shared strings and one row.
 *
 * <p>What it reads: the workbook's sheets in tab order (through the relationships, as the standard
 * says, not by guessing part names), shared strings (rich text runs joined, phonetic runs left out),
 * inline strings, numbers, booleans, error values, formula results as cached, cell references
 * with gaps or without references, the 1900 and 1904 date systems, and which cells carry a date
 * or time number format (the one thing styles are read for). Not read: formulas themselves,
 * merged cells, comments, charts, formatting.
 *
 * <p>Every problem is a {@code NernstException} (input) naming the file and, for cells, the sheet,
 * the cell and its row (as the line) and column.
 */
public final class Xlsx implements AutoCloseable {

    /**
     * Limits for spreadsheet exports: Excel's own grid maximum (1,048,576 rows by 16,384 columns)
     * written as XML stays below 2 GiB per sheet for instrument tables; sheet XML deflates 5 to 20
     * times, so 200 marks a bomb; a workbook has tens of parts, not thousands.
     */
    public static final SafeZip.Limits LIMITS = new SafeZip.Limits(10_000, 2L << 30, 4L << 30, 200);

    private final SafeZip zip;
    private final ReadContext ctx;
    private final XmlParts parts;
    private final List<Sheet> sheets;
    private final boolean date1904;
    private final List<String> shared;
    private final boolean[] dateStyles;

    private Xlsx(SafeZip zip, ReadContext ctx) throws IOException {
        this.zip = zip;
        this.ctx = ctx;
        this.parts = new XmlParts(zip, ctx);
        String workbook = workbookPart();
        Map<String, String[]> rels = parts.relationships(workbook);
        List<Sheet> list = new ArrayList<>();
        boolean[] d1904 = new boolean[1];
        parts.parse(workbook, r -> {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("workbookPr")) {
                    String d = XmlParts.attr(r, "date1904");
                    d1904[0] = d.equals("1") || d.equalsIgnoreCase("true");
                } else if (r.getLocalName().equals("sheet")) {
                    String[] rel = rels.get(relationshipId(r));
                    if (rel != null && rel[0].endsWith("/worksheet")) {
                        String state = XmlParts.attr(r, "state");
                        list.add(new Sheet(XmlParts.attr(r, "name"), rel[1], state.equals("hidden") || state.equals("veryHidden")));
                    }
                }
            }
            return list;
        });
        if (list.isEmpty()) {
            throw ctx.fail("the workbook lists no worksheet");
        }
        this.sheets = List.copyOf(list);
        this.date1904 = d1904[0];
        String sst = part(rels, "sharedStrings");
        this.shared = sst != null && zip.contains(sst) ? parts.sharedStrings(sst) : List.of();
        String styles = part(rels, "styles");
        this.dateStyles = styles != null && zip.contains(styles) ? parts.dateStyles(styles) : new boolean[0];
    }

    /** Opens the workbook at {@code ctx.path()}; a file that is no readable workbook is an input error. */
    public static Xlsx open(ReadContext ctx) throws IOException {
        SafeZip zip = SafeZip.open(ctx.path(), LIMITS, ctx);
        try {
            return new Xlsx(zip, ctx);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static String relationshipId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ns = r.getAttributeNamespace(i);
            // r:id, in the relationships namespace (transitional or strict OOXML)
            if (r.getAttributeLocalName(i).equals("id") && ns != null && ns.endsWith("relationships")) {
                return r.getAttributeValue(i);
            }
        }
        return "";
    }

    /** The main part named by the package relationships (normally xl/workbook.xml). */
    private String workbookPart() throws IOException {
        for (String[] rel : parts.relationships("").values()) {
            if (rel[0].endsWith("/officeDocument")) {
                return rel[1];
            }
        }
        if (!zip.contains("xl/workbook.xml")) {
            throw ctx.fail("a zip archive without a workbook (no xl/workbook.xml): not an .xlsx file");
        }
        return "xl/workbook.xml";
    }

    private static String part(Map<String, String[]> rels, String type) {
        return rels.values().stream().filter(r -> r[0].endsWith("/" + type)).map(r -> r[1]).findFirst().orElse(null);
    }

    /** The worksheets in tab order (chart sheets and dialog sheets are not listed). */
    public List<Sheet> sheets() {
        return sheets;
    }

    public Optional<Sheet> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** True when the workbook counts dates from 1904 (old Mac Excel); see {@link ExcelDates}. */
    public boolean date1904() {
        return date1904;
    }

    /** Seconds since 1970 (wall-clock as UTC) of a DATE cell's serial number in this workbook's date system. */
    public double epochSeconds(double serial) {
        return ExcelDates.epochSeconds(serial, date1904);
    }

    /** Streams the rows of a sheet, in order, to {@code out}; empty rows are passed on too. */
    public void rows(Sheet sheet, Consumer<Row> out) throws IOException {
        InputStream in = zip.stream(sheet.part())
                .orElseThrow(() -> ctx.fail("sheet '" + sheet.name() + "' points to a missing part '" + sheet.part() + "'"));
        try (in) {
            XMLStreamReader r = parts.open(sheet.part(), in);
            try {
                new SheetParser(ctx, sheet.name(), shared, dateStyles, date1904).parse(r, out);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw XmlParts.malformed(sheet.part(), e, ctx);
        }
    }

    /** All rows of a sheet (for small sheets: headers, settings). */
    public List<Row> readAll(Sheet sheet) throws IOException {
        List<Row> out = new ArrayList<>();
        rows(sheet, out::add);
        return out;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
