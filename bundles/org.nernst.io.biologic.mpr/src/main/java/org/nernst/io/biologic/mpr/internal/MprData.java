package org.nernst.io.biologic.mpr.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nernst.core.Monitor;
import org.nernst.io.api.ReadContext;
import org.nernst.io.biologic.mpr.internal.MprColumns.Type;

/**
 * Decodes the "VMP data" module: row count (u4 at 0), column count (at 4), the column ids (u2 each,
 * from byte 5 in module versions 2/3, from byte 6 in version 11) and then fixed-width little-endian
 * rows starting at 0x195 (v2), 0x196 (v3) or 0x3EF (v11). All flag columns share one byte.
 *
 * <p>The module length is checked against rows x row width, so a wrong id table can never shift
 * columns silently: unknown ids are sized from the module length, skipped and reported; if that is
 * ambiguous only the columns with certain offsets are kept.
 */
final class MprData {

    /** A decoded column in the file's own unit, with the EC-Lab id it came from. */
    record RawColumn(Type type, double[] values) {
    }

    /** @param endOfRun rows whose flag byte has the end-of-run bit */
    record Decoded(int rows, int[] ids, List<RawColumn> columns, boolean[] endOfRun) {
    }

    private MprData() {
    }

    static Decoded decode(ByteBuffer buf, MprFile.Module m, ReadContext ctx) {
        int base = m.start();
        int version = (int) m.version();
        int idsAt;
        int dataAt;
        switch (version) {
            case 2 -> {
                idsAt = 5;
                dataAt = 0x195;
            }
            case 3 -> {
                idsAt = 5;
                dataAt = 0x196;
            }
            default -> {
                if (version < 10) {
                    throw ctx.failAtOffset("data module version " + version + " is not supported (known: 2, 3, 11)", m.header());
                }
                idsAt = 6;
                dataAt = 0x3EF;
                if (version != 11) {
                    ctx.warn("data module version " + version + " is newer than the versions checked (2, 3, 11): read"
                            + " with the 11 layout; its size checks passed");
                }
            }
        }
        if (m.length() < dataAt) {
            throw ctx.failAtOffset("the data module is shorter (" + m.length() + " bytes) than its own header", m.header());
        }
        long rowsL = Integer.toUnsignedLong(buf.getInt(base));
        int ncols = version >= 10 ? buf.getShort(base + 4) & 0xFFFF : buf.get(base + 4) & 0xFF;
        if (idsAt + 2L * ncols > dataAt) {
            throw ctx.failAtOffset("the data module declares " + ncols + " columns, more than its header can hold", base + 4);
        }
        int[] ids = new int[ncols];
        for (int i = 0; i < ncols; i++) {
            ids[i] = buf.getShort(base + idsAt + 2 * i) & 0xFFFF;
        }
        long payload = m.length() - dataAt;
        // Layout: a list of slots, each either a known type, the shared flag byte, or an unknown id.
        List<Integer> unknown = new ArrayList<>();
        int width = 0;
        int flagPos = -1;
        int firstFlag = -1;
        int firstUnknown = -1;
        int lastUnknown = -1;
        int[] offset = new int[ncols];
        for (int i = 0; i < ncols; i++) {
            Optional<Type> t = MprColumns.of(ids[i]);
            if (t.isEmpty()) {
                unknown.add(ids[i]);
                lastUnknown = i;
                if (firstUnknown < 0) {
                    firstUnknown = i;
                }
                offset[i] = -1;
                continue;
            }
            if (t.get().isFlag()) {
                if (flagPos < 0) {
                    flagPos = width;
                    firstFlag = i;
                    width += 1;
                }
                offset[i] = flagPos;
                continue;
            }
            offset[i] = width;
            width += t.get().kind().bytes;
        }
        if (rowsL > 0 && payload % rowsL != 0) {
            throw ctx.failAtOffset("the data module holds " + payload + " bytes of rows, not a whole number of "
                    + rowsL + " rows: the file is corrupted", base);
        }
        long rowWidth = rowsL == 0 ? width : payload / rowsL;
        if (rowsL > 0 && rowWidth > Integer.MAX_VALUE / 2 || rowsL > Integer.MAX_VALUE) {
            throw ctx.failAtOffset("implausible row count " + rowsL + " in the data module", base);
        }
        int rows = (int) rowsL;
        boolean[] keep = new boolean[ncols];
        if (unknown.isEmpty()) {
            if (rows > 0 && rowWidth != width) {
                throw ctx.failAtOffset("the column table (" + describe(ids) + ") gives rows of " + width + " bytes but the"
                        + " data module holds rows of " + rowWidth + " bytes: refusing to guess", base + idsAt);
            }
            java.util.Arrays.fill(keep, true);
        } else {
            if (rows > 0 && rowWidth <= width) {
                throw ctx.failAtOffset("the data module rows (" + rowWidth + " bytes) leave no room for the unknown column"
                        + " ids " + unknown + " besides the known ones (" + width + " bytes): refusing to guess", base + idsAt);
            }
            int[] fixed = layoutAroundUnknown(ids, offset, firstUnknown, lastUnknown, (int) rowWidth, rows,
                    firstFlag >= 0 && firstFlag < firstUnknown);
            for (int i = 0; i < ncols; i++) {
                keep[i] = fixed[i] >= 0;
                offset[i] = fixed[i];
            }
            List<String> dropped = new ArrayList<>();
            for (int i = firstUnknown; i <= lastUnknown; i++) {
                if (!keep[i] && MprColumns.of(ids[i]).isPresent()) {
                    dropped.add(MprColumns.of(ids[i]).get().header());
                }
            }
            ctx.warn("unknown EC-Lab column id" + (unknown.size() > 1 ? "s " : " ") + unknown + " ("
                    + (rows > 0 ? (rowWidth - width) + " bytes per row" : "no rows") + ") skipped"
                    + (dropped.isEmpty() ? "; every other column was read" : "; also skipped, because their position"
                            + " is uncertain: " + dropped));
        }
        if (rows > 0 && (long) dataAt + rowWidth * rows > m.length()) {
            throw ctx.failAtOffset("the data module is shorter than its " + rows + " rows", base);
        }
        return read(buf, base + dataAt, (int) rowWidth, rows, ids, offset, keep, ctx.monitor());
    }

    /**
     * Offsets when unknown ids sit in [first, last]: columns before them keep their offsets, columns
     * after them are placed from the end of the row; anything between two unknown ids is uncertain (-1).
     */
    private static int[] layoutAroundUnknown(int[] ids, int[] offset, int first, int last, int rowWidth,
            int rows, boolean flagByteInPrefix) {
        int[] out = offset.clone();
        int tail = 0;
        boolean flagAfter = false;
        for (int i = ids.length - 1; i > last; i--) {
            Type t = MprColumns.of(ids[i]).orElseThrow();
            if (t.isFlag()) {
                flagAfter |= !flagByteInPrefix;
            } else {
                tail += t.kind().bytes;
                out[i] = rowWidth - tail;
            }
        }
        for (int i = first; i <= last; i++) {
            out[i] = -1;
        }
        if (flagAfter || rows == 0) {
            // a flag byte placed after the unknown block, or nothing to size by: keep only the certain prefix
            for (int i = last + 1; i < ids.length; i++) {
                out[i] = -1;
            }
        }
        return out;
    }

    /**
     * Rows per block: the columns are filled block by block so that the block's bytes (a few hundred
     * KB at most) stay in the CPU cache while every column takes its values from them; column by column
     * over a whole large file read it from memory once per column (measured 5x slower at 20 MB).
     */
    private static final int BLOCK_ROWS = 2048;

    private static Decoded read(ByteBuffer buf, int start, int rowWidth, int rows, int[] ids, int[] offset, boolean[] keep,
            Monitor monitor) {
        List<RawColumn> cols = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (int c = 0; c < ids.length; c++) {
            if (keep[c]) {
                Type t = MprColumns.of(ids[c]).orElseThrow();
                cols.add(new RawColumn(t, new double[rows]));
                types.add(t);
                offsets.add(offset[c]);
            }
        }
        boolean[] end = new boolean[rows];
        int at = flagOffsetFor(ids, offset, keep);
        for (int r0 = 0; r0 < rows; r0 += BLOCK_ROWS) {
            int r1 = Math.min(rows, r0 + BLOCK_ROWS);
            for (int c = 0; c < cols.size(); c++) {
                fill(buf, start + offsets.get(c) + r0 * rowWidth, rowWidth, types.get(c), cols.get(c).values(), r0, r1);
            }
            if (at >= 0) {
                for (int r = r0, p = start + at + r0 * rowWidth; r < r1; r++, p += rowWidth) {
                    end[r] = (buf.get(p) & MprColumns.END_OF_RUN_BIT) != 0;
                }
            }
            monitor.checkCancelled();
        }
        return new Decoded(rows, ids, cols, end);
    }

    /** Rows [from, to) of one column; {@code p} is the column's byte in row {@code from}. */
    private static void fill(ByteBuffer buf, int p, int rowWidth, Type t, double[] v, int from, int to) {
        switch (t.kind()) {
            case FLAG -> {
                int shift = Integer.numberOfTrailingZeros(t.mask());
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = (buf.get(p) & t.mask()) >>> shift;
                }
            }
            case F4 -> {
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = buf.getFloat(p);
                }
            }
            case F8 -> {
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = buf.getDouble(p);
                }
            }
            case U1 -> {
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = buf.get(p) & 0xFF;
                }
            }
            case U2 -> {
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = buf.getShort(p) & 0xFFFF;
                }
            }
            case U4 -> {
                for (int r = from; r < to; r++, p += rowWidth) {
                    v[r] = Integer.toUnsignedLong(buf.getInt(p));
                }
            }
            default -> throw new IllegalStateException(t.kind().toString());
        }
    }

    private static int flagOffsetFor(int[] ids, int[] offset, boolean[] keep) {
        for (int c = 0; c < ids.length; c++) {
            if (keep[c] && offset[c] >= 0 && MprColumns.of(ids[c]).map(Type::isFlag).orElse(false)) {
                return offset[c];
            }
        }
        return -1;
    }

    static String describe(int[] ids) {
        StringBuilder b = new StringBuilder("ids");
        for (int id : ids) {
            b.append(' ').append(id);
        }
        return b.toString();
    }
}
