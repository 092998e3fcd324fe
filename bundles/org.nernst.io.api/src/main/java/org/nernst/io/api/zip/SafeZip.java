package org.nernst.io.api.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nernst.io.api.ReadContext;

/**
 * A zip container (Neware .ndax, Office Open XML .xlsx, ...) opened for reading, refusing hostile
 * archives: entry names that climb out of the archive or are absolute, too many entries, entries
 * or totals that inflate beyond fixed limits, and entries whose compression ratio is that of a zip
 * bomb. The limits are enforced on the bytes actually inflated, not on the sizes the archive
 * claims. Nothing is written to disk. Every refusal is a located {@code NernstException} (input).
 *
 * <p>Not thread-safe; one archive per read.
 */
public final class SafeZip implements AutoCloseable {

    /**
     * What an archive may hold.
     *
     * @param maxEntries    entries in the central directory (all of them, wanted or not)
     * @param maxEntryBytes inflated bytes of one entry
     * @param maxTotalBytes inflated bytes of all entries read
     * @param maxRatio      inflated / stored size above which an entry (beyond 1 MiB) is a zip bomb
     */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {
    }

    /** Entries below this size are never judged by their ratio: small zero pages compress enormously. */
    private static final long RATIO_FLOOR = 1 << 20;

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final Limits limits;
    private final ReadContext ctx;
    private long total;

    private SafeZip(ZipFile zip, Map<String, ZipEntry> entries, Limits limits, ReadContext ctx) {
        this.zip = zip;
        this.entries = entries;
        this.limits = limits;
        this.ctx = ctx;
    }

    /**
     * Opens the archive and checks its directory: entry count and names. A cut or damaged archive
     * (the central directory sits at the end) is an error located at the file's end.
     */
    public static SafeZip open(Path file, Limits limits, ReadContext ctx) throws IOException {
        long size = java.nio.file.Files.size(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException | java.io.EOFException e) { // EOFException: a central directory cut inside an entry (fuzz)
            throw ctx.failAtOffset("not a readable zip archive (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "): the file is cut or damaged", size);
        }
        try {
            Map<String, ZipEntry> map = new LinkedHashMap<>();
            int count = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (++count > limits.maxEntries()) {
                    throw ctx.fail("the archive has more than " + limits.maxEntries() + " entries: refused");
                }
                String name = e.getName();
                if (hostile(name)) {
                    throw ctx.fail("the archive contains an entry named '" + name + "' that points outside the archive: refused");
                }
                if (!e.isDirectory()) {
                    map.putIfAbsent(name, e);
                }
            }
            return new SafeZip(zip, map, limits, ctx);
        } catch (RuntimeException | Error e) {
            zip.close();
            throw e;
        }
    }

    /**
     * Reads the wanted entries into memory (for small archives and formats that need whole entries).
     * Entry order is the archive's.
     */
    public static Map<String, byte[]> read(Path file, Limits limits, Predicate<String> wanted, ReadContext ctx) throws IOException {
        try (SafeZip z = open(file, limits, ctx)) {
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (String name : z.names()) {
                if (wanted.test(name)) {
                    out.put(name, z.bytes(name).orElseThrow());
                }
            }
            return out;
        }
    }

    /** True for an entry name that is absolute or climbs out of the archive ("../", "C:", "/", NUL). */
    public static boolean hostile(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.contains("../") || n.equals("..") || n.endsWith("/..") || n.contains(":")
                || n.indexOf('\0') >= 0;
    }

    /** The file entries' names, in archive order. */
    public List<String> names() {
        return List.copyOf(entries.keySet());
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /**
     * A stream over one entry's inflated bytes that enforces the limits as it goes (throws the
     * NernstException from {@code read}); empty when there is no such entry. Close it after use.
     */
    public Optional<InputStream> stream(String name) throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) {
            return Optional.empty();
        }
        InputStream in;
        try {
            in = zip.getInputStream(e);
        } catch (ZipException ex) {
            throw damaged(name, ex);
        }
        return Optional.of(new Guard(in, e));
    }

    /** One entry's inflated bytes (limits enforced); empty when there is no such entry. */
    public Optional<byte[]> bytes(String name) throws IOException {
        Optional<InputStream> s = stream(name);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        ZipEntry e = entries.get(name);
        ByteArrayOutputStream buf = new ByteArrayOutputStream((int) Math.min(Math.max(e.getSize(), 8192), 1 << 24));
        try (InputStream in = s.get()) {
            in.transferTo(buf);
        }
        return Optional.of(buf.toByteArray());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private RuntimeException damaged(String name, IOException ex) {
        return ctx.fail("archive entry '" + name + "' is damaged: " + ex.getMessage());
    }

    /** Counts inflated bytes against the entry and total budgets and the ratio limit; checks cancellation. */
    private final class Guard extends InputStream {
        private final InputStream in;
        private final ZipEntry entry;
        private final long cap;
        private final long compressed;
        private long n;

        Guard(InputStream in, ZipEntry entry) {
            this.in = in;
            this.entry = entry;
            this.cap = Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
            this.compressed = Math.max(1, entry.getCompressedSize());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r;
            try {
                r = in.read(b, off, len);
            } catch (ZipException | java.io.EOFException ex) {
                throw damaged(entry.getName(), ex);
            }
            if (r > 0) {
                n += r;
                total += r;
                if (n > cap) {
                    throw ctx.fail("archive entry '" + entry.getName() + "' inflates beyond " + cap
                            + " bytes: refused (zip bomb or not a file of this format)");
                }
                if (n > RATIO_FLOOR && n / (double) compressed > limits.maxRatio()) {
                    throw ctx.fail("archive entry '" + entry.getName() + "' inflates more than " + (int) limits.maxRatio()
                            + " times its stored size: refused as a zip bomb");
                }
                ctx.monitor().checkCancelled();
            }
            return r;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
