package org.nernst.io.neware.internal;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.nernst.core.model.Metadata;
import org.nernst.io.api.ReadContext;

/**
 * .nda version 29: a header, then 86-byte records. Data records start 0x55 0x00 and end with four
 * zero bytes; 0x65 records carry auxiliary channels. Currents and capacities are integers scaled by
 * the channel's current range (the range code is in each record).
 */
final class Nda29 {
    private Nda29() {
    }

    private static final int RECORD = 86;
    private static final byte[] START = {0, 0, 0, 0, 0x55, 0};

    /** Scale of the integer current (to mA) per current-range code, from NewareNDA's table. */
    static double multiplier(int range) {
        int a = Math.abs(range);
        if (range == -100000000) {
            return 10;
        }
        if (range == 0) {
            return 0;
        }
        if (range < 0) {
            return a >= 1000 ? 1e-2 : a >= 100 ? 1e-3 : a >= 10 ? 1e-4 : 1e-5;
        }
        return a >= 1000 ? 1e-1 : a >= 100 ? 1e-2 : a >= 10 ? 1e-3 : 1e-4;
    }

    private static boolean knownRange(int r) {
        int[] known = {-100000000, -200000, -100000, -60000, -50000, -40000, -30000, -20000, -12000, -10000, -6000,
            -5000, -3000, -2000, -1000, -500, -100, -50, -25, -20, -10, -5, -2, -1, 0, 1, 2, 5, 10, 20, 25, 50, 100, 200,
            250, 500, 1000, 6000, 10000, 12000, 20000, 30000, 40000, 50000, 60000, 100000, 200000};
        for (int k : known) {
            if (k == r) {
                return true;
            }
        }
        return false;
    }

    static void read(ByteBuffer b, NewareTable t, Metadata.Builder md, ReadContext ctx) {
        int size = b.limit();
        // the first data record: after the zero-padded header, followed by another record, with a status
        int at = NdaReader.indexOf(b, START, 0, size);
        while (at >= 0 && !(at + 4 + RECORD < size && (b.get(at + 4 + RECORD) & 0xFF) == 0x55 && b.get(at + 4 + 12) != 0)) {
            at = NdaReader.indexOf(b, START, at + 4, size);
        }
        if (at < 0) {
            throw ctx.failAtOffset("no data records found (the file may be cut in its header)", size);
        }
        int start = at + 4;
        if ((size - start) % RECORD != 0) {
            int cut = start + (size - start) / RECORD * RECORD;
            throw ctx.failAtOffset("the file ends inside a record (" + (size - cut) + " of " + RECORD
                    + " bytes): it was cut or is damaged", cut);
        }
        if (start >= 152 + 4) {
            md.put("active mass (mg)", Double.toString(Integer.toUnsignedLong(b.getInt(152)) / 1000.0));
        }
        for (int p = start; p + RECORD <= size; p += RECORD) {
            boolean tail = b.getInt(p + 82) == 0;
            int kind = b.get(p) & 0xFF;
            if (kind == 0x55 && b.get(p + 1) == 0 && tail) {
                data(b, p, t, ctx);
            } else if (kind == 0x65 && tail) {
                long index = Integer.toUnsignedLong(b.getInt(p + 2));
                t.temperature(b.get(p + 1) & 0xFF, index, b.getShort(p + 34) / 10.0);
            }
        }
    }

    private static void data(ByteBuffer b, int p, NewareTable t, ReadContext ctx) {
        long index = Integer.toUnsignedLong(b.getInt(p + 2));
        int status = b.get(p + 12) & 0xFF;
        if (index == 0 || status == 0) {
            return;
        }
        int range = b.getInt(p + 78);
        if (!knownRange(range)) {
            throw ctx.failAtOffset("record " + index + " has an unknown current range code " + range
                    + ": its current cannot be scaled", p + 78);
        }
        double m = multiplier(range);
        LocalDateTime when;
        try {
            when = LocalDateTime.of(b.getShort(p + 70) & 0xFFFF, b.get(p + 72), b.get(p + 73), b.get(p + 74),
                    b.get(p + 75), b.get(p + 76));
        } catch (DateTimeException e) {
            throw ctx.failAtOffset("record " + index + " has an invalid date: " + e.getMessage(), p + 70);
        }
        t.add(new NewareTable.Row(index, b.getInt(p + 6) + 1, b.getShort(p + 10) & 0xFFFF,
                Integer.toUnsignedLong(b.getInt(p + 10)), status, b.getLong(p + 14) / 1000.0, b.getInt(p + 22) / 10000.0,
                b.getInt(p + 26) * m, b.getLong(p + 38) * m / 3600, b.getLong(p + 46) * m / 3600,
                b.getLong(p + 54) * m / 3600, b.getLong(p + 62) * m / 3600, NdaReader.epochSeconds(when)));
    }
}
