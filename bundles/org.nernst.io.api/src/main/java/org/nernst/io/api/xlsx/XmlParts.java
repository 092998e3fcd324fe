package org.nernst.io.api.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nernst.core.NernstException;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.zip.SafeZip;

/**
 * The small XML parts of a workbook (relationships, workbook, shared strings, styles), read with
 * the JDK's StAX parser set up so that no DTD, no external entity and no entity expansion is ever
 * processed: an OOXML part never has a DOCTYPE, so one is refused outright (billion laughs, XXE).
 */
final class XmlParts {
    private final SafeZip zip;
    private final ReadContext ctx;
    private final XMLInputFactory factory;

    XmlParts(SafeZip zip, ReadContext ctx) {
        this.zip = zip;
        this.ctx = ctx;
        // the JDK's own implementation, whatever StAX provider another bundle puts on the class path
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    interface Body<T> {
        T parse(XMLStreamReader r) throws XMLStreamException;
    }

    /** Parses a part; a missing part, malformed XML or a DOCTYPE is an input error naming the part. */
    <T> T parse(String part, Body<T> body) throws IOException {
        InputStream in = zip.stream(part).orElseThrow(() -> ctx.fail("the workbook has no part '" + part + "'"));
        try (in) {
            XMLStreamReader r = factory.createXMLStreamReader(decoded(in));
            try {
                return body.parse(new NoDtd(r, part, ctx).reader());
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw malformed(part, e, ctx);
        }
    }

    static NernstException malformed(String part, XMLStreamException e, ReadContext ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NernstException ne) {
                return ne; // a limit of the zip layer tripped while the parser was reading
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException
                    || t instanceof XMLStreamException xe && xe.getNestedException() instanceof java.nio.charset.CharacterCodingException) {
                return ctx.fail("part '" + part + "' is not valid UTF-8/UTF-16 text (a malformed byte sequence): the file is damaged");
            }
        }
        String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        return ctx.fail("part '" + part + "' is not well-formed XML (" + abbreviate(msg) + "): the file is damaged");
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    XMLStreamReader open(String part, InputStream in) throws XMLStreamException {
        return new NoDtd(factory.createXMLStreamReader(decoded(in)), part, ctx).reader();
    }

    /**
     * The part as characters, decoded by us and strictly: given bytes, the JDK parser prints
     * "[Fatal Error] ..." to stderr for a malformed byte sequence in the XML declaration before it
     * throws. XML parts of a package are UTF-8 or UTF-16 (ECMA-376 Part 2, Open Packaging Conventions).
     */
    static java.io.Reader decoded(InputStream in) throws XMLStreamException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 8192);
        try {
            b.mark(3);
            int b0 = b.read();
            int b1 = b.read();
            int b2 = b.read();
            java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.UTF_8;
            int skip = 0;
            if (b0 == 0xFE && b1 == 0xFF) {
                cs = java.nio.charset.StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (b0 == 0xFF && b1 == 0xFE) {
                cs = java.nio.charset.StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
                skip = 3;
            } else if (b0 == 0 && b1 == '<') {
                cs = java.nio.charset.StandardCharsets.UTF_16BE;
            } else if (b0 == '<' && b1 == 0) {
                cs = java.nio.charset.StandardCharsets.UTF_16LE;
            }
            b.reset();
            b.skipNBytes(skip);
            return new java.io.InputStreamReader(b, cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), e);
        }
    }

    /** A reader that refuses a DOCTYPE the moment the parser reports it. */
    private record NoDtd(XMLStreamReader delegate, String part, ReadContext ctx) {
        XMLStreamReader reader() {
            return new javax.xml.stream.util.StreamReaderDelegate(delegate) {
                @Override
                public int next() throws XMLStreamException {
                    int e = super.next();
                    if (e == XMLStreamConstants.DTD) {
                        throw ctx.fail("part '" + part + "' declares a DTD or entities, which no spreadsheet part has:"
                                + " refused (entity expansion or external entity attack)");
                    }
                    return e;
                }
            };
        }
    }

    /** The text of an element made of runs (&lt;t&gt; directly or inside &lt;r&gt;), phonetic runs (&lt;rPh&gt;) left out. */
    static String richText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String n = r.getLocalName();
                if (n.equals("t")) {
                    b.append(r.getElementText());
                } else if (n.equals("rPh")) {
                    skip(r);
                } else {
                    depth++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return b.toString();
    }

    /** Skips the element the reader is on, to its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Relationship id -> target type and resolved part name, of the relationships part of {@code source}. */
    Map<String, String[]> relationships(String source) throws IOException {
        int slash = source.lastIndexOf('/');
        String dir = slash < 0 ? "" : source.substring(0, slash + 1);
        String rels = dir + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, String[]> out = new HashMap<>();
        if (!zip.contains(rels)) {
            return out;
        }
        return parse(rels, r -> {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                    String id = attr(r, "Id");
                    String target = attr(r, "Target");
                    String type = attr(r, "Type");
                    if (!"External".equals(attr(r, "TargetMode")) && !id.isEmpty() && !target.isEmpty()) {
                        out.put(id, new String[] {type, resolve(dir, target)});
                    }
                }
            }
            return out;
        });
    }

    /** A relationship target made a zip entry name: relative to {@code dir}, or absolute from the package root. */
    private String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    throw ctx.fail("a relationship points outside the package ('" + target + "'): refused");
                }
                parts.remove(parts.size() - 1);
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return "";
    }

    /** The shared string table (ECMA-376 Part 1, §18.4.9 sst), in index order. */
    List<String> sharedStrings(String part) throws IOException {
        return parse(part, r -> {
            List<String> out = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
                    out.add(richText(r));
                    if ((out.size() & 0xFFF) == 0) {
                        ctx.monitor().checkCancelled();
                    }
                }
            }
            return out;
        });
    }

    /** For each cell format (cellXfs index), whether its number format shows a date or time. */
    boolean[] dateStyles(String part) throws IOException {
        return parse(part, r -> {
            Map<Integer, String> custom = new HashMap<>();
            List<Integer> xfs = new ArrayList<>();
            boolean inCellXfs = false;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    if (n.equals("numFmt")) {
                        custom.put(integer(attr(r, "numFmtId")), attr(r, "formatCode"));
                    } else if (n.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (n.equals("xf") && inCellXfs) {
                        xfs.add(integer(attr(r, "numFmtId")));
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
            boolean[] out = new boolean[xfs.size()];
            for (int i = 0; i < out.length; i++) {
                int id = xfs.get(i);
                out[i] = custom.containsKey(id) ? isDateFormat(custom.get(id)) : isBuiltInDate(id);
            }
            return out;
        });
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Built-in number formats that show dates or times: 14-22 and 45-47 (ECMA-376 Part 1, §18.8.30),
     * and the East Asian date formats 27-36 and 50-58 that Excel implies for those locales.
     */
    static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
    }

    /**
     * Whether a custom format code shows a date or time: it has y, m, d, h or s outside quoted text,
     * escaped characters and [bracketed] colours or conditions ([h], [mm], [ss] elapsed times count).
     */
    static boolean isDateFormat(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            switch (ch) {
                case '"' -> {
                    int q = c.indexOf('"', i + 1);
                    i = q < 0 ? c.length() : q;
                }
                case '\\', '_', '*' -> i++;
                case '[' -> {
                    int q = c.indexOf(']', i + 1);
                    String inner = q < 0 ? "" : c.substring(i + 1, q);
                    if (inner.matches("h+|m+|s+")) {
                        return true;
                    }
                    i = q < 0 ? c.length() : q;
                }
                case 'y', 'm', 'd', 'h', 's' -> {
                    return true;
                }
                default -> {
                    // digits, separators, 0 # ? placeholders, E+ exponents: not a date
                }
            }
        }
        return false;
    }
}
