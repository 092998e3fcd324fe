package org.nernst.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.nernst.core.Location;
import org.nernst.core.NernstException;

/**
 * RFC 4180 comma-separated values: quoted fields may hold commas, doubled quotes and line breaks.
 * Small on purpose: Commons CSV 1.14 would pull commons-io and commons-codec into the runtime
 * (mandatory Import-Package) for two tables of seed data and an export.
 */
public final class Csv {
    private Csv() {
    }

    /** Records of {@code text} (first one is the header), each a list of fields. */
    public static List<List<String>> parse(String text, String fileName) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
                line++;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw NernstException.input("unterminated quoted field", Location.line(fileName, line));
        }
        if (fieldStarted || field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Records as maps keyed by the header's column names; a row of the wrong width is an input error. */
    public static List<Map<String, String>> parseWithHeader(String text, String fileName) {
        List<List<String>> rows = parse(text, fileName);
        if (rows.isEmpty()) {
            throw NernstException.input("empty CSV (no header)", Location.file(fileName));
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw NernstException.input("record " + r + " has " + row.size() + " fields, the header "
                        + header.size(), Location.file(fileName));
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                m.put(header.get(c).trim(), row.get(c));
            }
            out.add(m);
        }
        return out;
    }

    /** One field, quoted when it holds a delimiter, a quote or a line break. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }
}
