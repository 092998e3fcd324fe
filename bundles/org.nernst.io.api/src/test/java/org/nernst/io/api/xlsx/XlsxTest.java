package org.nernst.io.api.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/** The xlsx toolkit on hand-written workbooks: every cell kind, gaps, sheets, dates, and hostile archives. */
class XlsxTest {
    @TempDir
    Path dir;

    private static final String SST = "<?xml version=\"1.0\"?><sst " + Parts.MAIN + " count=\"3\" uniqueCount=\"3\">"
            + "<si><t>Voltage(V)</t></si>"
            + "<si><r><rPr><b/></rPr><t>Cur</t></r><r><t xml:space=\"preserve\">rent (A) </t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"
            + "<si><t>a &amp; b &lt;c&gt; &#x3bc;A</t></si></sst>";
    private static final String STYLES = "<?xml version=\"1.0\"?><styleSheet " + Parts.MAIN + ">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"mm/dd/yyyy\\ hh:mm:ss.000\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.000&quot;mAh&quot;\"/></numFmts>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"22\"/></cellStyleXfs>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";

    private ReadContext ctx(Path p) {
        return new ReadContext(p, Monitor.none());
    }

    private Path sample(String workbookPr) throws IOException {
        String data = Parts.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>Index</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>3.25</v></c><c r=\"C2\" s=\"3\"><v>-1.5E-3</v></c><c t=\"b\"><v>1</v></c></row>"
                + "<row r=\"5\"><c r=\"B5\" s=\"1\"><v>44123.480400253473</v></c><c r=\"C5\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"D5\" t=\"str\"><f>A2*2</f><v>six</v></c><c r=\"E5\" s=\"2\"/></row>"
                + "<row><c t=\"s\"><v>2</v></c><c r=\"B6\" s=\"2\"><v>1</v></c></row>");
        return Parts.workbook(workbookPr, "Global_Info", "worksheets/sheet2.xml", "Channel_1_1", "worksheets/sheet1.xml")
                .put("xl/worksheets/sheet1.xml", data)
                .put("xl/worksheets/sheet2.xml", Parts.sheet("<row r=\"3\"><c r=\"B3\"><v>7</v></c></row>"))
                .put("xl/sharedStrings.xml", SST).put("xl/styles.xml", STYLES).write(dir.resolve("s.xlsx"));
    }

    @Test
    void everyCellKindGapsAndSheetOrder() throws IOException {
        try (Xlsx x = Xlsx.open(ctx(sample("")))) {
            assertEquals(List.of("Global_Info", "Channel_1_1"), x.sheets().stream().map(Sheet::name).toList(), "tab order");
            assertEquals("xl/worksheets/sheet1.xml", x.sheets().get(1).part());
            List<Row> rows = x.readAll(x.sheets().get(1));
            assertEquals(List.of(1, 2, 5, 6), rows.stream().map(Row::number).toList(), "rows 3 and 4 are not stored");
            Row h = rows.get(0);
            assertEquals("Voltage(V)", h.cell(0).orElseThrow().text());
            assertTrue(h.cell(1).isEmpty(), "B1 is a gap");
            assertEquals("Current (A) ", h.cell(2).orElseThrow().text(), "rich text runs joined, phonetic run left out");
            assertEquals("Index", h.cell(3).orElseThrow().text());
            Row r2 = rows.get(1);
            assertEquals(new Cell(0, CellType.NUMBER, 3.25, ""), r2.cell(0).orElseThrow());
            assertEquals(-1.5e-3, r2.cell(2).orElseThrow().number(), "a custom format with quoted text is no date");
            assertEquals(CellType.NUMBER, r2.cell(2).orElseThrow().type());
            assertEquals(new Cell(3, CellType.BOOLEAN, 1, ""), r2.cell(3).orElseThrow(), "a cell without a reference follows the previous");
            Row r5 = rows.get(2);
            Cell date = r5.cell(1).orElseThrow();
            assertEquals(CellType.DATE, date.type());
            // 44123 days after 1899-12-30 is 2020-10-19; .480400253473 of a day is 11:31:46.58
            assertEquals(LocalDateTime.of(2020, 10, 19, 11, 31, 46, 582_000_000), ExcelDates.dateTime(date.number(), false));
            assertEquals(new Cell(2, CellType.ERROR, Double.NaN, "#N/A"), r5.cell(2).orElseThrow());
            assertEquals("six", r5.cell(3).orElseThrow().text(), "the cached result of a formula");
            assertTrue(r5.cell(4).isEmpty(), "a styled cell without a value is empty");
            assertEquals("a & b <c> μA", rows.get(3).cell(0).orElseThrow().text());
            assertEquals(CellType.DATE, rows.get(3).cell(1).orElseThrow().type(), "built-in format 14 is a date");
            assertEquals(1, x.readAll(x.sheets().get(0)).size());
            assertFalse(x.date1904());
        }
    }

    @Test
    void dateSystems() throws IOException {
        // ECMA-376 §18.17.4: 1900 system serial 1 = 1900-01-01, 59 = 1900-02-28, 61 = 1900-03-01; 1904 system serial 0 = 1904-01-01
        assertEquals(LocalDateTime.of(1900, 1, 1, 0, 0), ExcelDates.dateTime(1, false));
        assertEquals(LocalDateTime.of(1900, 2, 28, 0, 0), ExcelDates.dateTime(59, false));
        assertEquals(LocalDateTime.of(1900, 3, 1, 0, 0), ExcelDates.dateTime(61, false));
        assertEquals(0, ExcelDates.epochSeconds(25569, false));
        assertEquals(LocalDateTime.of(1904, 1, 1, 12, 0), ExcelDates.dateTime(0.5, true));
        assertEquals(44123.25, ExcelDates.serial(ExcelDates.dateTime(44123.25, false), false), 1e-9);
        try (Xlsx x = Xlsx.open(ctx(sample("<workbookPr date1904=\"1\"/>")))) {
            assertTrue(x.date1904());
            assertEquals(ExcelDates.epochSeconds(1462, false), x.epochSeconds(0), "1904-01-01 is serial 1462 in the 1900 system");
        }
        assertTrue(XmlParts.isDateFormat("[$-409]d-mmm-yy;@"));
        assertTrue(XmlParts.isDateFormat("[h]:mm:ss"));
        assertFalse(XmlParts.isDateFormat("[Red]0.00E+00"));
        assertFalse(XmlParts.isDateFormat("#,##0.0\" ms\""));
        assertFalse(XmlParts.isDateFormat("General"));
    }

    @Test
    void cellReferences() {
        assertEquals(0, CellRef.column("A1"));
        assertEquals(27, CellRef.column("AB12"));
        assertEquals(16383, CellRef.column("XFD1"));
        assertEquals(-1, CellRef.column("XFE1"));
        assertEquals(-1, CellRef.column("12"));
        assertEquals(12, CellRef.row("AB12"));
        assertEquals(-1, CellRef.row("A1048577"));
        assertEquals("AB", CellRef.columnName(27));
        assertEquals("XFD7", CellRef.of(16383, 7));
    }

    private NernstException refused(Path p) {
        NernstException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(NernstException.class, () -> {
                    try (Xlsx x = Xlsx.open(ctx(p))) {
                        for (Sheet s : x.sheets()) {
                            x.rows(s, r -> { });
                        }
                    }
                }));
        assertEquals(NernstException.Kind.INPUT, e.kind());
        assertTrue(e.location().file().isPresent(), e.getMessage());
        return e;
    }

    private Path withSheet(String name, String sheetXml) throws IOException {
        return Parts.workbook("", "Sheet1", "worksheets/sheet1.xml").put("xl/worksheets/sheet1.xml", sheetXml)
                .put("xl/sharedStrings.xml", SST).write(dir.resolve(name));
    }

    @Test
    void damagedCellsAreLocated() throws IOException {
        NernstException e = refused(withSheet("word.xlsx", Parts.sheet("<row r=\"4\"><c r=\"C4\"><v>oops</v></c></row>")));
        assertTrue(e.getMessage().contains("C4") && e.getMessage().contains("Sheet1"), e.getMessage());
        assertEquals(4, e.location().line().getAsInt());
        assertEquals(3, e.location().column().getAsInt());
        e = refused(withSheet("sst.xlsx", Parts.sheet("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row>")));
        assertTrue(e.getMessage().contains("shared string 99"), e.getMessage());
        e = refused(withSheet("order.xlsx", Parts.sheet("<row r=\"5\"/><row r=\"3\"/>")));
        assertTrue(e.getMessage().contains("row 3 comes after row 5"), e.getMessage());
        e = refused(withSheet("ref.xlsx", Parts.sheet("<row r=\"2\"><c r=\"B3\"><v>1</v></c></row>")));
        assertTrue(e.getMessage().contains("'B3' is not a cell of row 2"), e.getMessage());
        e = refused(withSheet("xml.xlsx", Parts.sheet("<row r=\"2\"><c r=\"B2\"><v>1</v></row>")));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() throws IOException {
        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol0 \"lollollollollollollollollollol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        lol.append("]><sst ").append(Parts.MAIN).append("><si><t>&lol9;</t></si></sst>");
        Path laughs = Parts.workbook("", "Sheet1", "worksheets/sheet1.xml").put("xl/worksheets/sheet1.xml", Parts.sheet(""))
                .put("xl/sharedStrings.xml", lol.toString()).write(dir.resolve("laughs.xlsx"));
        assertTrue(refused(laughs).getMessage().contains("DTD"));
        Path xxe = withSheet("xxe.xlsx", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet " + Parts.MAIN + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
                + "</sheetData></worksheet>");
        assertTrue(refused(xxe).getMessage().contains("DTD"));
    }

    @Test
    void hostileArchivesAreRefused() throws IOException {
        Path trav = sample("");
        Parts p = Parts.workbook("", "Sheet1", "worksheets/sheet1.xml").put("xl/worksheets/sheet1.xml", Parts.sheet(""));
        p.put("../../evil.xml", "<x/>");
        assertTrue(refused(p.write(dir.resolve("trav.xlsx"))).getMessage().contains("outside the archive"));
        Parts rel = Parts.workbook("", "Sheet1", "../../../etc/sheet1.xml");
        assertTrue(refused(rel.write(dir.resolve("rel.xlsx"))).getMessage().contains("outside the package"));
        // 64 MB of blanks deflate about 1000-fold: refused as a bomb after a few MB, never inflated
        Path bomb = dir.resolve("bomb.xlsx");
        Parts b = Parts.workbook("", "Sheet1", "worksheets/sheet1.xml");
        try (OutputStream o = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(o)) {
            for (var e : b.parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
            }
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(("<worksheet " + Parts.MAIN + "><sheetData>").getBytes());
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                z.write(spaces);
            }
            z.write("</sheetData></worksheet>".getBytes());
        }
        assertTrue(refused(bomb).getMessage().contains("zip bomb"));
        byte[] full = Files.readAllBytes(trav);
        for (int cut : new int[] {0, 3, 100, full.length / 2, full.length - 5}) {
            Path c = dir.resolve("cut" + cut + ".xlsx");
            Files.write(c, Arrays.copyOf(full, cut));
            NernstException e = refused(c);
            assertTrue(e.location().offset().isPresent(), cut + ": " + e.getMessage());
        }
        // fuzz finding (session 3): a comment length pointing past the end made ZipFile throw a bare EOFException
        byte[] longComment = full.clone();
        longComment[longComment.length - 1] = (byte) 0x80;
        Path lc = dir.resolve("comment.xlsx");
        Files.write(lc, longComment);
        assertTrue(refused(lc).location().offset().isPresent(), "located at the end of the file");
        Path notWorkbook = dir.resolve("other.zip");
        try (OutputStream o = Files.newOutputStream(notWorkbook); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("data.ndc"));
            z.write(new byte[100]);
        }
        assertTrue(refused(notWorkbook).getMessage().contains("not an .xlsx"));
    }

    /** The parts of {@link #sample}, by name, in archive order. */
    private Map<String, byte[]> sampleParts() throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(sample("").toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                parts.put(e.getName(), z.getInputStream(e).readAllBytes());
            }
        }
        return parts;
    }

    /**
     * Seeded damage inside the XML parts (the zip stays valid, so the parser sees it): every read
     * returns rows or fails with a located input error, never another exception, never a hang.
     */
    @Test
    void damagedXmlNeverCrashes() throws IOException {
        Map<String, byte[]> parts = sampleParts();
        List<String> names = List.copyOf(parts.keySet());
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        String alphabet = "<>/\"=&;#0123456789.E-abcdefrstvx \n";
        int errors = 0;
        for (int i = 0; i < 300; i++) {
            String victim = names.get(rnd.nextInt(names.size()));
            byte[] m = parts.get(victim).clone();
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    for (int k = 0; k < 1 + rnd.nextInt(6); k++) {
                        m[rnd.nextInt(m.length)] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
                    }
                }
                case 1 -> m = Arrays.copyOf(m, rnd.nextInt(m.length));
                default -> {
                    int from = rnd.nextInt(m.length);
                    int to = Math.min(m.length, from + 1 + rnd.nextInt(40));
                    byte[] x = new byte[m.length + to - from];
                    System.arraycopy(m, 0, x, 0, to);
                    System.arraycopy(m, from, x, to, m.length - from);
                    m = x;
                }
            }
            Parts p = new Parts();
            for (String n : names) {
                p.parts.put(n, n.equals(victim) ? m : parts.get(n));
            }
            Path f = p.write(dir.resolve("fuzz.xlsx"));
            try (Xlsx x = Xlsx.open(ctx(f))) {
                for (Sheet s : x.sheets()) {
                    x.rows(s, r -> { });
                }
            } catch (NernstException e) {
                assertTrue(e.location().file().isPresent(), e.getMessage());
                errors++;
            }
        }
        assertTrue(errors > 50, "mutations should mostly be caught: " + errors);
    }

    /** Malformed UTF-8 is a located input error (and no "[Fatal Error]" line on stderr); UTF-16 parts with a BOM read. */
    @Test
    void partEncodings() throws IOException {
        Map<String, byte[]> parts = sampleParts();
        Parts bad = new Parts();
        bad.parts.putAll(parts);
        byte[] sst = parts.get("xl/sharedStrings.xml").clone();
        sst[1] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        bad.parts.put("xl/sharedStrings.xml", sst);
        Path f = bad.write(dir.resolve("bad-utf8.xlsx"));
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        NernstException e;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            e = assertThrows(NernstException.class, () -> {
                try (Xlsx x = Xlsx.open(ctx(f))) {
                    x.readAll(x.sheets().get(1));
                }
            });
        } finally {
            System.setErr(err);
        }
        assertTrue(e.getMessage().contains("xl/sharedStrings.xml") && e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing printed by the XML parser");

        Parts wide = new Parts();
        wide.parts.putAll(parts);
        String text = new String(parts.get("xl/sharedStrings.xml"), java.nio.charset.StandardCharsets.UTF_8).replace("encoding=\"UTF-8\"", "");
        byte[] le = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] bom = new byte[le.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bom, 2, le.length);
        wide.parts.put("xl/sharedStrings.xml", bom);
        try (Xlsx x = Xlsx.open(ctx(wide.write(dir.resolve("utf16.xlsx"))))) {
            assertEquals("Voltage(V)", x.readAll(x.sheets().get(1)).get(0).cell(0).orElseThrow().text());
        }
    }

    @Test
    void probePeeksIntoTheHead() throws IOException {
        Path p = sample("");
        byte[] all = Files.readAllBytes(p);
        ProbeInput in = new ProbeInput("s.xlsx", all.length, all);
        assertTrue(XlsxProbe.isWorkbook(in));
        Map<String, String> m = XlsxProbe.peek(in, n -> n.equals("xl/workbook.xml") || n.endsWith("sheet1.xml"), 1000);
        assertTrue(m.get("xl/workbook.xml").contains("Channel_1_1"), m.toString());
        assertTrue(m.get("xl/worksheets/sheet1.xml").startsWith("<?xml"), m.toString());
        assertFalse(XlsxProbe.isWorkbook(new ProbeInput("x.xlsx", 4, new byte[] {'P', 'K', 3, 4})));
        assertFalse(XlsxProbe.isWorkbook(new ProbeInput("x.csv", 3, "a,b".getBytes())));
    }
}
