package org.nernst.io.neware.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nernst.io.api.ReadContext;

/**
 * Reads the entries of a zip container (.ndax) into memory, refusing hostile archives: entry names
 * that climb out of the archive or are absolute, too many entries, entries or totals that inflate
 * beyond fixed limits, and entries whose compression ratio is that of a zip bomb. The limits are
 * enforced on the bytes actually inflated, not on the sizes the archive claims. Nothing is written
 * to disk.
 */
final class SafeZip {

    record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio) {
    }

    /** Real .ndax files: about 10 entries, up to a few hundred MB, ratios up to ~100 (zero-padded pages). */
    static final Limits NDAX = new Limits(256, 1L << 30, 3L << 30, 400);

    /** Entries below this size are never judged by their ratio: small zero pages compress enormously. */
    private static final long RATIO_FLOOR = 1 << 20;

    private SafeZip() {
    }

    static Map<String, byte[]> read(Path file, long fileSize, Limits limits, java.util.function.Predicate<String> wanted,
            ReadContext ctx) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int count = 0;
            long total = 0;
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                if (++count > limits.maxEntries()) {
                    throw ctx.fail("the archive has more than " + limits.maxEntries() + " entries: refused");
                }
                String name = e.getName();
                if (hostile(name)) {
                    throw ctx.fail("the archive contains an entry named '" + name
                            + "' that points outside the archive: refused");
                }
                if (e.isDirectory() || !wanted.test(name)) {
                    continue;
                }
                byte[] data = inflate(zip, e, limits, limits.maxTotalBytes() - total, ctx);
                total += data.length;
                out.put(name, data);
            }
        } catch (ZipException e) {
            // the central directory sits at the end: a cut or damaged archive fails here
            throw ctx.failAtOffset("not a readable zip archive (" + e.getMessage() + "): the file is cut or damaged",
                    fileSize);
        }
        return out;
    }

    static boolean hostile(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.contains("../") || n.equals("..") || n.endsWith("/..") || n.contains(":")
                || n.indexOf('\0') >= 0;
    }

    private static byte[] inflate(ZipFile zip, ZipEntry e, Limits limits, long budget, ReadContext ctx) throws IOException {
        long cap = Math.min(limits.maxEntryBytes(), budget);
        long compressed = Math.max(1, e.getCompressedSize());
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(
                (int) Math.min(Math.max(e.getSize(), 8192), 1 << 24));
        byte[] chunk = new byte[1 << 16];
        long n = 0;
        try (InputStream in = zip.getInputStream(e)) {
            for (int r; (r = in.read(chunk)) > 0;) {
                n += r;
                if (n > cap) {
                    throw ctx.fail("archive entry '" + e.getName() + "' inflates beyond " + cap
                            + " bytes: refused (zip bomb or not a cycler file)");
                }
                if (n > RATIO_FLOOR && n / (double) compressed > limits.maxRatio()) {
                    throw ctx.fail("archive entry '" + e.getName() + "' inflates more than " + (int) limits.maxRatio()
                            + " times its stored size: refused as a zip bomb");
                }
                buf.write(chunk, 0, r);
                ctx.monitor().checkCancelled();
            }
        } catch (ZipException ex) {
            throw ctx.fail("archive entry '" + e.getName() + "' is damaged: " + ex.getMessage());
        }
        return buf.toByteArray();
    }
}
