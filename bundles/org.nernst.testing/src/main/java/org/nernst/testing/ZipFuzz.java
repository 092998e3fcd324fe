package org.nernst.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Structure-aware fuzzing of zip containers (.xlsx, .ndax): a flipped bit in deflated data only
 * fails the CRC check, so byte mutations of the archive exercise the unzip guard and never the
 * parser behind it. Here one entry is unpacked, mutated like any other input and packed again (or
 * an entry is dropped or renamed), so the XML and binary parsers inside get the damage. Seeds larger
 * than the fuzz cut are made small by keeping only the first rows of each worksheet.
 */
final class ZipFuzz {
    private record Entry(String name, byte[] bytes) {
    }

    /** Seeds are few and live for the whole run; their unpacked entries are cached by identity. */
    private static final Map<byte[], List<Entry>> UNPACKED = Collections.synchronizedMap(new IdentityHashMap<>());

    private ZipFuzz() {
    }

    static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /** One input: an entry of {@code zip} mutated by {@link FuzzMutator}, or an entry dropped or renamed. */
    static byte[] mutate(byte[] zip, List<byte[]> others, SplittableRandom rnd, int maxLength) {
        List<Entry> entries = UNPACKED.computeIfAbsent(zip, ZipFuzz::unpackQuietly);
        if (entries.isEmpty()) {
            return FuzzMutator.stack(zip, others, rnd, maxLength);
        }
        List<Entry> out = new ArrayList<>(entries);
        int k = rnd.nextInt(out.size());
        Entry e = out.get(k);
        int what = rnd.nextInt(10);
        if (what == 0) {
            out.remove(k);
        } else if (what == 1) {
            String[] names = {"../" + e.name(), e.name().toUpperCase(java.util.Locale.ROOT), e.name() + "x", "/" + e.name()};
            out.set(k, new Entry(names[rnd.nextInt(names.length)], e.bytes()));
        } else {
            out.set(k, new Entry(e.name(), FuzzMutator.stack(e.bytes(), List.of(e.bytes()), rnd, Math.max(maxLength, e.bytes().length * 2))));
        }
        byte[] packed = pack(out, false);
        return packed.length > maxLength ? java.util.Arrays.copyOf(packed, maxLength) : packed;
    }

    /**
     * {@code zip} with every worksheet longer than {@code maxEntryBytes} cut after its last whole
     * row within that size (the sheet's closing markup kept), other entries as they are; empty when
     * {@code zip} is not a readable archive.
     */
    static byte[] shrinkSheets(byte[] zip, int maxEntryBytes) {
        List<Entry> entries = unpackQuietly(zip);
        if (entries.isEmpty()) {
            return new byte[0];
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.bytes().length > maxEntryBytes && e.name().endsWith(".xml") ? new Entry(e.name(), firstRows(e.bytes(), maxEntryBytes)) : e);
        }
        return pack(out, true); // deflated like the vendor's file: the raw-byte mutations reach the inflater
    }

    private static byte[] firstRows(byte[] xml, int max) {
        String s = new String(xml, StandardCharsets.UTF_8);
        int end = s.indexOf("</sheetData>");
        if (end < 0) {
            return xml;
        }
        int cut = s.lastIndexOf("</row>", Math.min(end, max));
        if (cut < 0) {
            return xml;
        }
        return (s.substring(0, cut + "</row>".length()) + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Entry> unpackQuietly(byte[] zip) {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                out.add(new Entry(z.getName(), in.readNBytes(16 << 20)));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            return List.of(); // a cut or damaged seed: mutated as plain bytes
        }
    }

    private static byte[] pack(List<Entry> entries, boolean deflate) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Entry e : entries) {
                if (seen.add(e.name())) { // ZipOutputStream refuses duplicate names
                    // mutants are stored, not deflated: re-deflating every entry per execution cost most of the time
                    ZipEntry ze = new ZipEntry(e.name());
                    ze.setMethod(deflate ? ZipEntry.DEFLATED : ZipEntry.STORED);
                    ze.setSize(e.bytes().length);
                    if (!deflate) {
                        ze.setCompressedSize(e.bytes().length);
                    }
                    CRC32 crc = new CRC32();
                    crc.update(e.bytes());
                    ze.setCrc(crc.getValue());
                    z.putNextEntry(ze);
                    z.write(e.bytes());
                    z.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
