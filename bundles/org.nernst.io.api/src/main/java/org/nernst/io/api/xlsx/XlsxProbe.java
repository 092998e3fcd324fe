package org.nernst.io.api.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.nernst.io.api.ProbeInput;

/**
 * Cheap looks into a zip from the first bytes a probe gets: the local file headers in the head
 * name the entries stored there, and the start of a deflated entry can be inflated without the
 * rest. Excel, LibreOffice and the instrument exporters write the workbook, its relationships and
 * the styles first, so the head usually shows the sheet names and the start of the first sheet;
 * shared strings come last and are usually not in the head.
 */
public final class XlsxProbe {
    private static final int LOCAL = 0x04034b50;

    private XlsxProbe() {
    }

    /** True when the head is a zip whose entries include a SpreadsheetML workbook part (xl/...). */
    public static boolean isWorkbook(ProbeInput in) {
        if (!in.startsWith(new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        boolean[] xl = new boolean[1];
        walk(in.head(), n -> {
            xl[0] |= n.startsWith("xl/");
            return false;
        }, 0);
        return xl[0];
    }

    /**
     * The start (up to {@code maxChars}, UTF-8) of every wanted entry whose data begins in the head,
     * inflated as far as the head allows; entries stored after the head are absent.
     */
    public static Map<String, String> peek(ProbeInput in, Predicate<String> wanted, int maxChars) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(in.head(), wanted, maxChars, out);
        return out;
    }

    private static void walk(byte[] h, Predicate<String> wanted, int maxChars) {
        walk(h, wanted, maxChars, new LinkedHashMap<>());
    }

    private static void walk(byte[] h, Predicate<String> wanted, int maxChars, Map<String, String> out) {
        int p = 0;
        for (int entries = 0; entries < 1000 && p <= h.length - 30 && le32(h, p) == LOCAL; entries++) {
            int flags = le16(h, p + 6);
            int method = le16(h, p + 8);
            long csize = le32(h, p + 18) & 0xFFFFFFFFL;
            long data = (long) p + 30 + le16(h, p + 26) + le16(h, p + 28);
            if (data > h.length) {
                return;
            }
            String name = new String(h, p + 30, le16(h, p + 26), StandardCharsets.UTF_8);
            boolean descriptor = (flags & 8) != 0;
            int[] consumed = {-1};
            if (wanted.test(name) || descriptor) {
                String text = inflate(h, (int) data, method, descriptor ? -1 : csize, maxChars, consumed);
                if (wanted.test(name) && text != null) {
                    out.put(name, text);
                }
            }
            long next;
            if (!descriptor) {
                next = data + csize;
            } else if (consumed[0] >= 0) {
                // sizes follow the data in a descriptor (signature optional, then crc, sizes)
                next = data + consumed[0];
                next += next <= h.length - 4 && le32(h, (int) next) == 0x08074b50 ? 16 : 12;
            } else {
                return;
            }
            if (next > h.length - 30) {
                return;
            }
            p = (int) next;
        }
    }

    /** Inflates the head's part of an entry; {@code consumed[0]} = compressed bytes of the whole entry when its end is in the head. */
    private static String inflate(byte[] h, int data, int method, long csize, int maxChars, int[] consumed) {
        int avail = (int) Math.min(h.length - data, csize < 0 ? Integer.MAX_VALUE : csize);
        if (method == 0) {
            consumed[0] = csize < 0 ? -1 : (int) csize;
            return new String(h, data, Math.min(avail, Math.max(0, maxChars)), StandardCharsets.UTF_8);
        }
        if (method != 8) {
            return null;
        }
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(h, data, avail);
            byte[] buf = new byte[Math.max(maxChars, 0) + 16];
            int n = 0;
            byte[] sink = new byte[8192];
            // keep inflating (into a sink) past maxChars only to find where an entry with a descriptor ends
            while (!inf.finished() && !inf.needsInput()) {
                int r = n < maxChars ? inf.inflate(buf, n, buf.length - n) : inf.inflate(sink);
                if (r == 0) {
                    break;
                }
                n += n < maxChars ? r : 0;
                if (n >= maxChars && csize >= 0) {
                    break;
                }
            }
            if (inf.finished()) {
                consumed[0] = avail - inf.getRemaining();
            }
            return new String(buf, 0, Math.min(n, maxChars), StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
    }

    private static int le16(byte[] b, int p) {
        return b[p] & 0xFF | (b[p + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int p) {
        return le16(b, p) | le16(b, p + 2) << 16;
    }
}
