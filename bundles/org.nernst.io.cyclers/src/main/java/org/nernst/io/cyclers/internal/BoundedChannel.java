package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A read-only file channel that refuses to deliver more than a budget of bytes. Jackcess follows
 * page chains as the file says; a damaged .res whose table-definition chain loops made it read (and
 * grow a buffer) forever. Reading a database normally touches each page a few times, so a budget of
 * several times the file size ends such a loop with an IOException, never a working file. Loops that
 * need no reads (an overflow row pointing into its own page) are caught by {@link OverflowRows}
 * when the page is read.
 */
final class BoundedChannel extends FileChannel {
    private final FileChannel in;
    private final long budget;
    private final OverflowRows rows;
    private long delivered;

    private BoundedChannel(FileChannel in, long budget) throws IOException {
        this.in = in;
        this.budget = budget;
        this.rows = OverflowRows.of(in);
    }

    /** Opens {@code file}; reads stop after {@code factor} times its size plus {@code slack} bytes. */
    static BoundedChannel open(Path file, long factor, long slack) throws IOException {
        FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new BoundedChannel(c, c.size() * factor + slack);
        } catch (IOException e) {
            c.close();
            throw e;
        }
    }

    private int count(int n) throws IOException {
        if (n > 0) {
            delivered += n;
            if (delivered > budget) {
                throw new IOException("the database structure loops (read " + delivered + " bytes of a " + in.size() + "-byte file)");
            }
        }
        return n;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return count(in.read(dst));
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long n = in.read(dsts, offset, length);
        count((int) Math.min(Integer.MAX_VALUE, n));
        return n;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int from = dst.position();
        int n = count(in.read(dst, position));
        int page = rows.pageSize();
        if (n == page && position % page == 0) {
            rows.pageRead(position / page, dst.duplicate().position(from).limit(from + n).slice());
        }
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public long position() throws IOException {
        return in.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        in.position(newPosition);
        return this;
    }

    @Override
    public long size() throws IOException {
        return in.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public void force(boolean metaData) throws IOException {
        // read-only: nothing to write back
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        throw new IOException("not supported");
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
        throw new IOException("read-only");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        throw new IOException("not supported");
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        throw new IOException("not supported");
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return null;
    }

    @Override
    protected void implCloseChannel() throws IOException {
        in.close();
    }
}
