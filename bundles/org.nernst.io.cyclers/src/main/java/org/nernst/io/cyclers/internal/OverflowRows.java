package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks the overflow-row pointers of each Jet data page as it is read. A row whose data moved
 * elsewhere holds a 4-byte pointer (row number, 3-byte page number) and Jackcess follows such
 * pointers until it meets a plain row; a damaged pointer that leads back into its own chain made it
 * spin in memory, where no read budget can see it (a fuzz finding). The chains are followed here
 * exactly as Jackcess follows them (TableImpl.positionAtRowData), and a loop ends in an IOException.
 */
final class OverflowRows {
    private static final int DATA_PAGE = 0x01;
    private static final int DELETED = 0x8000;
    private static final int OVERFLOW = 0x4000;
    private static final int OFFSET_MASK = 0x1FFF;

    /** A damaged pointer, with the file offset of the row entry that starts the bad chain. */
    static final class Damage extends IOException {
        private static final long serialVersionUID = 1L;
        final long offset;

        Damage(String message, long offset) {
            super(message);
            this.offset = offset;
        }
    }

    private final FileChannel in;
    private final int pageSize;
    private final int rowStart;
    private final int rowCount;
    private final BitSet checked = new BitSet();

    private OverflowRows(FileChannel in, int pageSize, int rowStart, int rowCount) {
        this.in = in;
        this.pageSize = pageSize;
        this.rowStart = rowStart;
        this.rowCount = rowCount;
    }

    /** The page layout by the version byte of the header: Jet 3 has 2 KB pages, Jet 4 and later 4 KB. */
    static OverflowRows of(FileChannel in) throws IOException {
        ByteBuffer v = ByteBuffer.allocate(1);
        in.read(v, 20);
        boolean jet3 = v.position() == 1 && v.get(0) == 0;
        return jet3 ? new OverflowRows(in, 2048, 10, 8) : new OverflowRows(in, 4096, 14, 12);
    }

    int pageSize() {
        return pageSize;
    }

    /** Called with every whole page read; checks each data page once. */
    void pageRead(long page, ByteBuffer content) throws IOException {
        if (page <= 0 || page > Integer.MAX_VALUE || checked.get((int) page) || (content.get(0) & 0xFF) != DATA_PAGE) {
            return;
        }
        checked.set((int) page);
        ByteBuffer p = content.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int rows = Math.min(p.getShort(rowCount) & 0xFFFF, (pageSize - rowStart) / 2);
        for (int r = 0; r < rows; r++) {
            int start = p.getShort(rowStart + 2 * r) & 0xFFFF;
            // Jackcess skips deleted rows and follows only the overflow ones
            if ((start & DELETED) == 0 && (start & OVERFLOW) != 0) {
                follow(page, r, p);
            }
        }
    }

    private void follow(long page, int row, ByteBuffer first) throws IOException {
        Set<Long> seen = new HashSet<>();
        ByteBuffer p = first;
        long at = page;
        int r = row;
        while (seen.add(at << 8 | r)) {
            int start = p.getShort(rowStart + 2 * r) & 0xFFFF;
            if ((start & OVERFLOW) == 0) {
                return;
            }
            int from = start & OFFSET_MASK;
            int end = r == 0 ? pageSize : p.getShort(rowStart + 2 * (r - 1)) & OFFSET_MASK;
            if (end - from < 4 || from + 4 > pageSize) {
                return; // Jackcess refuses this pointer itself
            }
            int nextRow = p.get(from) & 0xFF;
            long nextPage = (p.get(from + 1) & 0xFF) | (p.get(from + 2) & 0xFF) << 8 | (p.get(from + 3) & 0xFF) << 16;
            if (nextPage >= in.size() / pageSize) {
                return; // past the end: Jackcess refuses the page number
            }
            if (nextPage == 0) {
                throw new Damage("the overflow-row pointer of page " + at + " row " + r + " points into the database header: a damaged"
                        + " database", entry(page, row));
            }
            if (nextPage != at) {
                p = ByteBuffer.allocate(pageSize).order(ByteOrder.LITTLE_ENDIAN);
                in.read(p, nextPage * pageSize);
                if (p.position() != pageSize) {
                    return;
                }
            }
            at = nextPage;
            r = nextRow;
        }
        throw new Damage("the overflow-row chain of page " + page + " row " + row + " loops (at page " + at + " row " + r
                + "): a damaged database", entry(page, row));
    }

    private long entry(long page, int row) {
        return page * pageSize + rowStart + 2L * row;
    }
}
