package org.nernst.io.api.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small workbooks part by part for the toolkit tests (the XML is written out literally). */
final class Parts {
    static final String MAIN = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    final Map<String, byte[]> parts = new LinkedHashMap<>();

    Parts put(String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Package and workbook relationships, workbook with these sheets (name -> part under xl/), shared strings, styles. */
    static Parts workbook(String workbookPr, String... sheetNameAndPart) {
        Parts p = new Parts();
        p.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        p.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < sheetNameAndPart.length; i += 2) {
            rels.append("<Relationship Id=\"rId").append(10 + i).append("\" Type=\"").append(REL).append("worksheet\" Target=\"")
                    .append(sheetNameAndPart[i + 1]).append("\"/>");
            sheets.append("<sheet name=\"").append(sheetNameAndPart[i]).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
                    .append(10 + i).append("\"/>");
        }
        rels.append("<Relationship Id=\"rId2\" Type=\"").append(REL).append("sharedStrings\" Target=\"sharedStrings.xml\"/>");
        rels.append("<Relationship Id=\"rId3\" Type=\"").append(REL).append("styles\" Target=\"/xl/styles.xml\"/>");
        rels.append("</Relationships>");
        p.put("xl/_rels/workbook.xml.rels", rels.toString());
        p.put("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook " + MAIN + ">" + workbookPr + "<sheets>" + sheets + "</sheets></workbook>");
        return p;
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet " + MAIN + "><dimension ref=\"A1\"/><sheetData>"
                + rows + "</sheetData></worksheet>";
    }

    Path write(Path file) throws IOException {
        try (OutputStream o = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(o)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return file;
    }
}
