package org.nernst.io.neware.internal;

import java.nio.ByteBuffer;
import org.nernst.core.model.Metadata;
import org.nernst.io.api.ReadContext;

/**
 * .nda version 130. BTS 8/9: 88-byte records from byte 1024, each data record starting with the
 * same six bytes as the first one, auxiliary records with 00 00 00 00 65, and a 0x81 record at the
 * end (its absence means the file was cut). BTS 9.1: records start 0x55 and their length is the
 * distance to the next record's first two bytes; capacity and energy are signed (negative = discharge).
 * Stored capacities and energies are in mA·s and mW·s.
 */
final class Nda130 {
    private Nda130() {
    }

    private static final int START = 1024;

    static void read(ByteBuffer b, NewareTable t, Metadata.Builder md, ReadContext ctx) {
        int size = b.limit();
        if (size < START + 8) {
            throw ctx.failAtOffset("the file ends before its first record", size);
        }
        if ((b.get(START) & 0xFF) == 0x55) {
            bts91(b, t, md, ctx);
            return;
        }
        md.put("BTS", "8/9");
        int rec = 88;
        byte[] id = new byte[6];
        b.get(START, id);
        boolean ended = false;
        int p = START;
        for (; p + rec <= size; p += rec) {
            if (NdaReader.startsWith(b, p, id)) {
                int q = p + 4;
                long index = Integer.toUnsignedLong(b.getInt(q + 12));
                int status = b.get(q + 6) & 0xFF;
                int stepIndex = b.get(q + 5) & 0xFF;
                t.add(new NewareTable.Row(index, 0, stepIndex, stepIndex, status, b.getLong(q + 24) / 1e6,
                        b.getFloat(q + 32), b.getFloat(q + 36), b.getFloat(q + 48) / 3600, b.getFloat(q + 56) / 3600,
                        b.getFloat(q + 52) / 3600, b.getFloat(q + 60) / 3600, b.getLong(q + 64) / 1e6));
            } else if (b.getInt(p) == 0 && (b.get(p + 4) & 0xFF) == 0x65) {
                int q = p + 4;
                t.temperature(b.get(q + 1) & 0xFF, Integer.toUnsignedLong(b.getInt(q + 2)), b.getShort(q + 34) / 10.0);
            } else if ((b.get(p) & 0xFF) == 0x81) {
                ended = true;
                break;
            }
        }
        if (!ended) {
            throw ctx.failAtOffset("the file has no end record: it was cut after " + t.size() + " records", Math.min(p, size));
        }
    }

    private static void bts91(ByteBuffer b, NewareTable t, Metadata.Builder md, ReadContext ctx) {
        int size = b.limit();
        md.put("BTS", "9.1");
        byte[] two = {b.get(START), b.get(START + 1)};
        int next = NdaReader.indexOf(b, two, START + 2, size);
        int rec = next < 0 ? size - START : next - START;
        if (rec < 52) {
            throw ctx.failAtOffset("cannot size the BTS 9.1 records (" + rec + " bytes)", START);
        }
        if ((size - START) % rec != 0) {
            int cut = START + (size - START) / rec * rec;
            throw ctx.failAtOffset("the file ends inside a record: it was cut or is damaged", cut);
        }
        for (int p = START; p + rec <= size; p += rec) {
            if ((b.get(p) & 0xFF) != 0x55) {
                continue;
            }
            long index = Integer.toUnsignedLong(b.getInt(p + 8));
            double cap = b.getFloat(p + 28) / 3600;
            double energy = b.getFloat(p + 32) / 3600;
            t.add(new NewareTable.Row(index, b.getInt(p + 36) + 1, b.get(p + 2) & 0xFF, b.get(p + 2) & 0xFF,
                    b.get(p + 3) & 0xFF, Integer.toUnsignedLong(b.getInt(p + 12)) + 1e-9 * Integer.toUnsignedLong(b.getInt(p + 16)),
                    b.getFloat(p + 24), b.getFloat(p + 20), Math.max(cap, 0), Math.abs(Math.min(cap, 0)),
                    Math.max(energy, 0), Math.abs(Math.min(energy, 0)),
                    Integer.toUnsignedLong(b.getInt(p + 44)) + 1e-9 * Integer.toUnsignedLong(b.getInt(p + 48))));
            if (rec == 56) {
                t.temperature(1, index, b.getFloat(p + 52));
            }
        }
    }
}
