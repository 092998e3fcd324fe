package org.nernst.io.api.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;

/**
 * Finds and parses the table of numbers in a text export: delimiter (tab, semicolon, comma or
 * blanks) and decimal comma are detected from the first data row, the header is the line above
 * it (with an optional unit row, as Gamry writes), everything above is preamble. Every data row
 * must have every value: a short row or a word in a number column is an error with its line and
 * column, never a silently shifted table.
 */
public final class DelimitedParser {
    private static final char BLANKS = ' ';
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    private final String fileName;

    public DelimitedParser(String fileName) {
        this.fileName = fileName;
    }

    /** Parses the whole text; {@code stopAtText} ends the table at the first non-numeric line instead of failing. */
    public DelimitedTable parse(CharSequence text, Monitor monitor, boolean stopAtText) {
        return parse(text, 0, 1, monitor, stopAtText);
    }

    /**
     * Parses from character {@code start}, which is line {@code startLine} (1-based) of the file.
     */
    public DelimitedTable parse(CharSequence text, int start, int startLine, Monitor monitor, boolean stopAtText) {
        Layout layout = layout(text, start, startLine);
        Dialect dialect = layout.dialect();
        int width = dialect.width;
        List<ColumnHeader> headers = layout.headers();
        List<String> preamble = layout.preamble();
        int dataStart = layout.dataStart();
        int dataLine = layout.dataLine();
        Lines lines = new Lines(text, start, startLine);
        // a whole-file table is sized by its line count (growing by doubling copied it ~log2(rows) times);
        // a table that may stop at text is not: each of many tables would size itself to the rest of the file
        int capacity = 1024;
        if (!stopAtText) {
            capacity = 1;
            for (int i = dataStart, n = text.length(); i < n; i++) {
                if (text.charAt(i) == '\n') {
                    capacity++;
                }
            }
        }
        double[][] cols = new double[width][capacity];
        int rows = 0;
        char[] scratch = new char[64];
        long total = text.length();
        monitor.begin("reading " + fileName, total);
        long reported = 0;
        lines.seek(dataStart, dataLine);
        while (lines.next()) {
            int from = lines.start;
            int end = lines.end;
            if (isBlank(text, from, end)) {
                continue;
            }
            if (rows == cols[0].length) {
                for (int c = 0; c < width; c++) {
                    cols[c] = Arrays.copyOf(cols[c], rows * 2);
                }
            }
            int field = 0;
            int p = dialect.firstFieldStart(text, from, end);
            boolean ok = true;
            while (field < width) {
                int q = dialect.fieldEnd(text, p, end);
                double v = Numbers.parse(text, p, q, dialect.decimalComma, scratch);
                if (Double.isNaN(v)) {
                    ok = false;
                    if (stopAtText) {
                        break;
                    }
                    String cell = text.subSequence(p, q).toString().strip();
                    throw NernstException.input((cell.isEmpty() ? "empty value" : "'" + abbreviate(cell) + "' is not a number")
                            + ": expected a number in column '" + headers.get(field).raw().strip() + "'"
                            + (field == 0 ? "" : " (" + width + " values per row, separated by " + dialect.describe() + ")"),
                            Location.cell(fileName, lines.number, field + 1));
                }
                cols[field][rows] = v;
                field++;
                if (field < width) {
                    if (q >= end) {
                        if (stopAtText) {
                            ok = false;
                            break;
                        }
                        throw NernstException.input("row has " + field + " of " + width + " values (truncated row?)",
                                Location.cell(fileName, lines.number, field + 1));
                    }
                    p = dialect.nextFieldStart(text, q, end);
                }
            }
            if (!ok) {
                break;
            }
            rows++;
            if ((rows & 0xFFFF) == 0) {
                monitor.checkCancelled();
                monitor.worked(end - reported);
                reported = end;
            }
        }
        monitor.worked(total - reported);
        monitor.done();
        return new DelimitedTable(List.copyOf(headers), cols, rows, dialect.delimiter, dialect.decimalComma,
                List.copyOf(preamble), dataLine);
    }

    /** Where the table starts and what its columns are, found from the text before and at its first row. */
    record Layout(Dialect dialect, List<ColumnHeader> headers, List<String> preamble, int dataStart, int dataLine) {
    }

    Layout layout(CharSequence text, int start, int startLine) {
        Lines lines = new Lines(text, start, startLine);
        List<String> before = new ArrayList<>();
        while (lines.next()) {
            String line = lines.text();
            if (!line.isBlank()) {
                Dialect dialect = Dialect.detect(line);
                if (dialect != null) {
                    int width = dialect.width;
                    List<ColumnHeader> headers = headers(before, dialect, width);
                    int headerLines = headers == null ? 0 : (unitRow(before, dialect, width) ? 2 : 1);
                    List<String> preamble = before.subList(0, Math.max(0, lastNonBlank(before) + 1 - headerLines));
                    if (headers == null) {
                        headers = new ArrayList<>();
                        for (int c = 0; c < width; c++) {
                            headers.add(ColumnHeader.parse("column " + (c + 1)));
                        }
                    }
                    return new Layout(dialect, List.copyOf(headers), List.copyOf(preamble), lines.start, lines.number);
                }
            }
            before.add(line);
        }
        throw NernstException.input(before.isEmpty() ? "the file is empty" : "no table of numbers found"
                + " (expected rows of numbers separated by tab, ';', ',' or blanks)", Location.file(fileName));
    }

    /**
     * Parses a whole file from its bytes. For the usual single-byte-compatible encodings (UTF-8,
     * windows-1252) numbers are parsed straight from the bytes, in parallel parts for large files;
     * only the head is decoded to find the header. UTF-16 files take the text path.
     */
    public DelimitedTable parse(byte[] bytes, java.nio.charset.Charset cs, Monitor monitor, boolean stopAtText) {
        int bom = Charsets.bomLength(bytes, bytes.length);
        boolean wide = cs.name().startsWith("UTF-16");
        if (wide || !hasLineFeed(bytes)) {
            return parse(new String(bytes, bom, bytes.length - bom, cs), monitor, stopAtText);
        }
        byte[] head = bytes.length <= HEAD_BYTES ? bytes : Arrays.copyOf(bytes, HEAD_BYTES);
        HeadLayout h = headLayout(head, bytes.length, cs);
        return ByteRows.parse(ByteRows.Source.of(bytes), h.dataByte(), h.layout(), fileName, monitor, stopAtText, ByteRows.WINDOW);
    }

    /**
     * Parses the file of {@code ctx} without holding it in memory: the head (up to 1 MB) is decoded to
     * find the header, the rest is read window by window and parsed from the bytes, in parallel parts
     * for large files, straight into the final columns. Files this cannot serve are read whole and go
     * the other ways: UTF-16, no line feed in the head (old Mac line ends), or a head that is not plain
     * ASCII in a longer file (its charset then depends on the whole file, see TextDecoding.charset).
     */
    public DelimitedTable parse(org.nernst.io.api.ReadContext ctx) throws java.io.IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(ctx.path(), java.nio.file.StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                throw ctx.fail("the file is empty");
            }
            byte[] head = new byte[(int) Math.min(size, HEAD_BYTES)];
            ByteRows.Source src = ByteRows.Source.of(ch, size);
            int n = Math.max(0, src.read(head, 0, head.length, 0));
            head = n == head.length ? head : Arrays.copyOf(head, n);
            java.nio.charset.Charset cs = TextDecoding.charset(head, ctx);
            if (cs.name().startsWith("UTF-16") || !hasLineFeed(head) || (size > head.length && !ascii(head))) {
                byte[] all = java.nio.file.Files.readAllBytes(ctx.path());
                return parse(all, TextDecoding.charset(all, ctx), ctx.monitor(), false);
            }
            HeadLayout h = headLayout(head, size, cs);
            try {
                return ByteRows.parse(src, h.dataByte(), h.layout(), fileName, ctx.monitor(), false, ByteRows.WINDOW);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** The bytes a header is looked for in (the layout of a longer preamble is not found, as before). */
    private static final int HEAD_BYTES = 1 << 20;

    private record HeadLayout(Layout layout, long dataByte) {
    }

    private HeadLayout headLayout(byte[] head, long size, java.nio.charset.Charset cs) {
        int bom = Charsets.bomLength(head, head.length);
        int headLen = head.length - bom;
        // cut the head at a line end so the last decoded line is complete
        while (headLen < size - bom && headLen > 0 && head[bom + headLen - 1] != '\n') {
            headLen--;
        }
        String text = new String(head, bom, headLen == 0 ? head.length - bom : headLen, cs);
        Layout layout = layout(text, 0, 1);
        return new HeadLayout(layout, bom + byteOffsetOfLine(head, bom, layout.dataLine()));
    }

    private static boolean ascii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLineFeed(byte[] b) {
        for (byte x : b) {
            if (x == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Byte offset of 1-based line {@code line}, counting LF (CRLF ends in LF too). */
    private static int byteOffsetOfLine(byte[] b, int from, int line) {
        int p = from;
        for (int l = 1; l < line && p < b.length; p++) {
            if (b[p] == '\n') {
                l++;
            }
        }
        return p - from;
    }

    private static List<ColumnHeader> headers(List<String> before, Dialect d, int width) {
        int last = lastNonBlank(before);
        if (last < 0) {
            return null;
        }
        List<String> names = d.split(before.get(last));
        if (unitRow(before, d, width)) {
            List<String> units = names;
            names = d.split(before.get(last - 1));
            List<ColumnHeader> out = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String u = c < units.size() ? units.get(c).strip() : "";
                out.add(ColumnHeader.parse(u.isEmpty() ? names.get(c) : names.get(c).strip() + " (" + u + ")"));
            }
            return out;
        }
        if (names.size() < width) {
            return null;
        }
        return names.subList(0, width).stream().map(ColumnHeader::parse).toList();
    }

    /** A Gamry-style row of bare units ("s  V  A") under the names row. */
    private static boolean unitRow(List<String> before, Dialect d, int width) {
        int last = lastNonBlank(before);
        if (last < 1) {
            return false;
        }
        List<String> cells = d.split(before.get(last));
        List<String> names = d.split(before.get(last - 1));
        if (names.size() < width || cells.size() > names.size()) {
            return false;
        }
        int units = 0;
        for (String c : cells) {
            String t = c.strip();
            if (t.isEmpty() || t.equals("#")) {
                continue;
            }
            if (org.nernst.core.units.Units.parse(t).isEmpty()) {
                return false;
            }
            units++;
        }
        return units > 0;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    /** Iterates lines of a CharSequence by index (no copies), accepting LF, CRLF and CR. */
    static final class Lines {
        private final CharSequence s;
        int start;
        int end;
        int number;
        private int next;

        Lines(CharSequence s, int from, int firstLine) {
            this.s = s;
            this.next = from;
            this.number = firstLine - 1;
        }

        void seek(int from, int line) {
            next = from;
            number = line - 1;
        }

        boolean next() {
            int n = s.length();
            if (next >= n) {
                return false;
            }
            start = next;
            int i = next;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            end = i;
            if (i < n && s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++;
            }
            next = i + 1;
            number++;
            return true;
        }

        String text() {
            return s.subSequence(start, end).toString();
        }
    }

    /** Delimiter and decimal convention of a data row. */
    static final class Dialect {
        final char delimiter;
        final boolean decimalComma;
        final int width;

        private Dialect(char delimiter, boolean decimalComma, int width) {
            this.delimiter = delimiter;
            this.decimalComma = decimalComma;
            this.width = width;
        }

        /** The dialect under which every field of {@code line} is a number, or null. */
        static Dialect detect(String line) {
            String t = stripTrailingDelimiters(line);
            if (t.indexOf('\t') >= 0) {
                return tryDialect(t, '\t');
            }
            if (t.indexOf(';') >= 0) {
                return tryDialect(t, ';');
            }
            if (t.indexOf(',') >= 0) {
                Dialect d = tryDialect(t, ',');
                if (d != null) {
                    return d;
                }
            }
            return tryDialect(t, BLANKS);
        }

        private static String stripTrailingDelimiters(String line) {
            int e = line.length();
            while (e > 0 && (line.charAt(e - 1) == ';' || line.charAt(e - 1) == '\t' || line.charAt(e - 1) == ' ')) {
                e--;
            }
            return line.substring(0, e);
        }

        private static Dialect tryDialect(String line, char delim) {
            boolean comma = delim != ',' && line.indexOf(',') >= 0;
            Dialect d = new Dialect(delim, comma, NO_LIMIT);
            List<String> cells = d.split(line);
            char[] scratch = new char[64];
            for (String c : cells) {
                if (Double.isNaN(Numbers.parse(c, 0, c.length(), comma, scratch))) {
                    return null;
                }
            }
            return cells.isEmpty() ? null : new Dialect(delim, comma, cells.size());
        }

        List<String> split(String line) {
            List<String> out = new ArrayList<>();
            int end = line.length();
            int p = delimiter == BLANKS ? skipBlanks(line, 0, end) : 0;
            while (p < end) {
                int q = fieldEnd(line, p, end);
                out.add(line.substring(p, q));
                if (q >= end) {
                    break;
                }
                p = nextFieldStart(line, q, end);
            }
            // drop trailing empty cells ("1;2;" exports)
            while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
                out.remove(out.size() - 1);
            }
            return out;
        }

        int fieldEnd(CharSequence s, int p, int end) {
            if (delimiter == BLANKS) {
                while (p < end && s.charAt(p) != ' ' && s.charAt(p) != '\t') {
                    p++;
                }
                return p;
            }
            while (p < end && s.charAt(p) != delimiter) {
                p++;
            }
            return p;
        }

        int firstFieldStart(CharSequence s, int from, int end) {
            return delimiter == BLANKS ? skipBlanks(s, from, end) : from;
        }

        int nextFieldStart(CharSequence s, int q, int end) {
            return delimiter == BLANKS ? skipBlanks(s, q, end) : q + 1;
        }

        private static int skipBlanks(CharSequence s, int p, int end) {
            while (p < end && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                p++;
            }
            return p;
        }

        String describe() {
            return switch (delimiter) {
                case '\t' -> "tabs";
                case ';' -> "';'";
                case ',' -> "','";
                default -> "blanks";
            };
        }
    }
}
