package org.nernst.io.biologic.mpr.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nernst.io.api.ReadContext;

/**
 * The container layer of an EC-Lab .mpr file: a 52-byte magic, then modules, each "MODULE" + header +
 * payload. Two header layouts exist: up to EC-Lab 11.4x (short name 10, long name 25, length u4,
 * version u4, date 8 = 51 bytes) and from 11.50 (an extra maximum-length u4 before the length and a
 * second version u4 after it = 59 bytes). The layout is recognised by which one makes the module end
 * exactly at the next "MODULE" or at the end of the file; a file where neither does is refused with
 * the byte offset of the module.
 */
final class MprFile {

    static final byte[] MAGIC = "BIO-LOGIC MODULAR FILE".getBytes(StandardCharsets.US_ASCII);
    static final int MAGIC_LENGTH = 52;
    private static final byte[] MODULE = "MODULE".getBytes(StandardCharsets.US_ASCII);
    private static final int OLD_HEADER = 51;
    private static final int NEW_HEADER = 59;

    /**
     * One module.
     *
     * @param name      short name, trimmed ("VMP Set", "VMP data", "VMP LOG", "VMP loop", "VMP ExtDev")
     * @param version   module version (for "VMP data": 2, 3 or 11 in the corpus)
     * @param newLayout true for the 11.50+ header
     * @param start     absolute offset of the payload
     * @param length    payload length in bytes
     * @param header    absolute offset of the "MODULE" keyword (for messages)
     */
    record Module(String name, long version, boolean newLayout, int start, int length, int header) {
    }

    private MprFile() {
    }

    static boolean hasMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static List<Module> modules(ByteBuffer buf, ReadContext ctx) {
        int size = buf.limit();
        byte[] head = new byte[Math.min(MAGIC_LENGTH, size)];
        buf.get(0, head);
        if (size < MAGIC_LENGTH || !hasMagic(head)) {
            throw ctx.failAtOffset("not an EC-Lab binary file: it does not start with 'BIO-LOGIC MODULAR FILE'", 0);
        }
        List<Module> out = new ArrayList<>();
        int pos = MAGIC_LENGTH;
        while (pos < size) {
            if (!matches(buf, pos, MODULE)) {
                throw ctx.failAtOffset("expected the keyword MODULE of the next module; the file is corrupted"
                        + " or was cut", pos);
            }
            Module m = header(buf, pos, size, ctx);
            out.add(m);
            pos = m.start() + m.length();
        }
        if (out.isEmpty()) {
            throw ctx.failAtOffset("the file has no modules after its header (cut after the first "
                    + MAGIC_LENGTH + " bytes?)", size);
        }
        return out;
    }

    private static Module header(ByteBuffer buf, int pos, int size, ReadContext ctx) {
        int h = pos + MODULE.length;
        if (h + OLD_HEADER > size) {
            throw ctx.failAtOffset("the file ends inside a module header", size);
        }
        String name = ascii(buf, h, 10).strip();
        if (h + NEW_HEADER <= size) {
            long len = Integer.toUnsignedLong(buf.getInt(h + 39));
            long end = h + NEW_HEADER + len;
            if (end == size || end < size && matches(buf, (int) end, MODULE)) {
                return new Module(name, Integer.toUnsignedLong(buf.getInt(h + 47)), true, h + NEW_HEADER, (int) len, pos);
            }
        }
        long len = Integer.toUnsignedLong(buf.getInt(h + 35));
        long end = h + OLD_HEADER + len;
        if (end == size || end < size && matches(buf, (int) end, MODULE)) {
            return new Module(name, Integer.toUnsignedLong(buf.getInt(h + 39)), false, h + OLD_HEADER, (int) len, pos);
        }
        throw ctx.failAtOffset("module '" + name + "' declares a length that does not end at the next module or at"
                + " the end of the file (" + size + " bytes): the file is cut or corrupted", pos);
    }

    private static boolean matches(ByteBuffer buf, int pos, byte[] what) {
        if (pos < 0 || pos + what.length > buf.limit()) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (buf.get(pos + i) != what[i]) {
                return false;
            }
        }
        return true;
    }

    static String ascii(ByteBuffer buf, int pos, int n) {
        byte[] b = new byte[n];
        buf.get(pos, b);
        return new String(b, StandardCharsets.ISO_8859_1).replace('\0', ' ');
    }

    /** A Pascal string (length byte, then windows-1252 text) inside [from, limit); empty if it does not fit. */
    static String pascal(ByteBuffer buf, int pos, int limit) {
        if (pos < 0 || pos >= limit) {
            return "";
        }
        int n = buf.get(pos) & 0xFF;
        if (pos + 1 + n > limit) {
            return "";
        }
        byte[] b = new byte[n];
        buf.get(pos + 1, b);
        return new String(b, java.nio.charset.Charset.forName("windows-1252")).strip();
    }
}
