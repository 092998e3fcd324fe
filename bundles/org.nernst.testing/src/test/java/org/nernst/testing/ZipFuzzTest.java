package org.nernst.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipFuzzTest {
    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** Entries as text; throws when the archive is damaged (a CRC error included). */
    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String sheet(int rows) {
        StringBuilder b = new StringBuilder("<worksheet><sheetData>");
        for (int r = 1; r <= rows; r++) {
            b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 0.5).append("</v></c></row>");
        }
        return b.append("</sheetData><pageMargins/></worksheet>").toString();
    }

    @Test
    void mutantsAreValidArchivesWithOneEntryChanged() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types/>");
        parts.put("xl/workbook.xml", "<workbook><sheets><sheet name=\"Data\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", sheet(50));
        byte[] seed = zip(parts);
        int intact = 0;
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            byte[] m = ZipFuzz.mutate(seed, List.of(seed), new SplittableRandom(i), 1 << 20);
            Map<String, String> got;
            try {
                got = unzip(m);
            } catch (IOException e) {
                continue;
            }
            intact++;
            long differ = parts.keySet().stream().filter(k -> !parts.get(k).equals(got.get(k))).count();
            assertTrue(differ <= 1 || got.size() < parts.size(), "one entry changed, dropped or renamed: " + got.keySet());
            changed += differ > 0 ? 1 : 0;
        }
        // the CRC guard would refuse almost every byte-mutated archive; these reach the parser
        assertTrue(intact >= 190, "intact archives: " + intact);
        assertTrue(changed >= 150, "mutated entries: " + changed);
        assertEquals(ZipFuzz.mutate(seed, List.of(seed), new SplittableRandom(7), 1 << 20).length,
                ZipFuzz.mutate(seed, List.of(seed), new SplittableRandom(7), 1 << 20).length, "a pure function of the random stream");
    }

    @Test
    void shrinkKeepsWholeFirstRowsAndTheClosingMarkup() throws IOException {
        byte[] seed = zip(Map.of("xl/worksheets/sheet1.xml", sheet(1000), "xl/styles.xml", "<styleSheet/>"));
        Map<String, String> small = unzip(ZipFuzz.shrinkSheets(seed, 2000));
        String s = small.get("xl/worksheets/sheet1.xml");
        assertTrue(s.length() <= 2000 + "</sheetData><pageMargins/></worksheet>".length(), "length " + s.length());
        assertTrue(s.endsWith("</row></sheetData><pageMargins/></worksheet>"), s.substring(s.length() - 60));
        assertTrue(s.contains("<row r=\"1\">"));
        assertNotEquals(-1, s.indexOf("<row r=\"10\">"));
        assertEquals(-1, s.indexOf("<row r=\"100\">"));
        assertEquals("<styleSheet/>", small.get("xl/styles.xml"));
        assertEquals(0, ZipFuzz.shrinkSheets(new byte[] {'P', 'K', 3, 4, 9, 9}, 2000).length, "a broken archive is no seed");
    }
}
