package org.nernst.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes minimal .xlsx workbooks as Excel lays them out (content types, relationships, workbook,
 * styles, shared strings, one part per sheet), for reader tests that need a spreadsheet of known
 * content: a vendor's CSV turned into the Excel export of the same run. Cells: null = no cell (a
 * gap), Number, Boolean, String (shared or inline), LocalDateTime (a serial day number with a
 * date format, days since 1899-12-30 as in ECMA-376 Part 1 §18.17.4), Duration (an elapsed time: a
 * number of days with the format [h]:mm:ss, as spreadsheets store times).
 */
public final class XlsxWriter {
    private static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final LocalDateTime DAY_ZERO = LocalDateTime.of(1899, 12, 30, 0, 0);

    private XlsxWriter() {
    }

    /** Sheets in tab order (name -> rows of cells); strings shared when {@code sharedStrings}, else inline. */
    public static Path write(Path file, Map<String, List<List<Object>>> sheets, boolean sharedStrings) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        parts.put("_rels/.rels", rels("<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"xl/workbook.xml\"/>"));
        StringBuilder wbRels = new StringBuilder();
        StringBuilder list = new StringBuilder();
        int i = 0;
        for (String name : sheets.keySet()) {
            i++;
            wbRels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL)
                    .append("worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            list.append("<sheet name=\"").append(escape(name)).append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i).append("\"/>");
        }
        wbRels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL).append("styles\" Target=\"styles.xml\"/>");
        wbRels.append("<Relationship Id=\"rIdT\" Type=\"").append(REL).append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
        parts.put("xl/_rels/workbook.xml.rels", rels(wbRels.toString()));
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook " + MAIN
                + "><workbookPr/><sheets>" + list + "</sheets></workbook>");
        parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet " + MAIN + ">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy\\ hh:mm:ss.000\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm:ss\"/></numFmts>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"165\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        List<String> strings = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        i = 0;
        for (List<List<Object>> rows : sheets.values()) {
            i++;
            StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet ")
                    .append(MAIN).append("><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                b.append("<row r=\"").append(r + 1).append("\">");
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(b, column(c) + (r + 1), row.get(c), sharedStrings, strings, index);
                }
                b.append("</row>");
            }
            parts.put("xl/worksheets/sheet" + i + ".xml", b.append("</sheetData></worksheet>").toString());
        }
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst ").append(MAIN).append(">");
        strings.forEach(s -> sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return file;
    }

    private static void cell(StringBuilder b, String ref, Object v, boolean shared, List<String> strings, Map<String, Integer> index) {
        if (v == null) {
            return;
        }
        b.append("<c r=\"").append(ref).append('"');
        if (v instanceof Number n) {
            b.append("><v>").append(n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15
                    ? Long.toString(n.longValue()) : Double.toString(n.doubleValue())).append("</v>");
        } else if (v instanceof Boolean t) {
            b.append(" t=\"b\"><v>").append(t ? 1 : 0).append("</v>");
        } else if (v instanceof LocalDateTime t) {
            Duration d = Duration.between(DAY_ZERO, t);
            double serial = (d.getSeconds() + d.getNano() * 1e-9) / 86_400;
            b.append(" s=\"1\"><v>").append(serial).append("</v>");
        } else if (v instanceof Duration d) {
            b.append(" s=\"2\"><v>").append((d.getSeconds() + d.getNano() * 1e-9) / 86_400).append("</v>");
        } else if (shared) {
            String s = v.toString();
            Integer k = index.computeIfAbsent(s, x -> {
                strings.add(x);
                return strings.size() - 1;
            });
            b.append(" t=\"s\"><v>").append(k).append("</v>");
        } else {
            b.append(" t=\"inlineStr\"><is><t>").append(escape(v.toString())).append("</t></is>");
        }
        b.append("</c>");
    }

    private static String column(int c) {
        StringBuilder s = new StringBuilder();
        for (int k = c + 1; k > 0; k = (k - 1) / 26) {
            s.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return s.toString();
    }

    private static String rels(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body + "</Relationships>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
