package org.nernst.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;

/**
 * Seeds for each reader: the sample files (corpus, vendor samples) that the reader's own probe
 * claims, so a new reader gets the files of its format without a list. A file goes first to the
 * readers that claim it above the generic level or that win it; others that merely accept it come
 * after. Smallest files first, one folder after the other (every dialect of the format), cut
 * (see {@link #seed}) so an execution stays short. A reader that claims no file gets generated
 * delimited tables in several dialects and the smallest file of every folder.
 */
public final class FuzzSeeds {
    /** Seeds and whether they are files of the reader's own format. */
    public record Assignment(List<ReaderFuzzer.Seed> seeds, boolean own) {
    }

    private record Candidate(Path file, long size, byte[] head) {
    }

    private FuzzSeeds() {
    }

    /** Regular files under the given folders (or the files themselves), sorted by path. */
    public static List<Path> files(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path r : roots) {
            if (Files.isRegularFile(r)) {
                out.add(r);
            } else if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(out::add);
                }
            }
        }
        out.sort(Comparator.comparing(Path::toString));
        return out;
    }

    public static Map<String, Assignment> assign(List<MeasurementReader> readers, List<Path> files, int maxSeeds, int maxBytes)
            throws IOException {
        List<Candidate> cands = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                cands.add(new Candidate(f, Files.size(f), in.readNBytes(ProbeInput.HEAD_BYTES)));
            }
        }
        int[][] score = new int[cands.size()][readers.size()];
        for (int c = 0; c < cands.size(); c++) {
            Candidate cd = cands.get(c);
            ProbeInput in = new ProbeInput(cd.file().getFileName().toString(), cd.size(), cd.head());
            for (int r = 0; r < readers.size(); r++) {
                score[c][r] = safeProbe(readers.get(r), in);
            }
        }
        Map<String, Assignment> out = new LinkedHashMap<>();
        for (int r = 0; r < readers.size(); r++) {
            List<Candidate> named = new ArrayList<>();
            List<Candidate> primary = new ArrayList<>();
            List<Candidate> secondary = new ArrayList<>();
            List<Candidate> namedSecondary = new ArrayList<>();
            List<String> exts = readers.get(r).info().extensions().stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
            for (int c = 0; c < cands.size(); c++) {
                int p = score[c][r];
                int best = Arrays.stream(score[c]).max().orElse(0);
                if (p > MeasurementReader.GENERIC || p > 0 && p == best) {
                    (exts.contains(extension(cands.get(c).file())) ? named : primary).add(cands.get(c));
                } else if (p > 0) {
                    (exts.contains(extension(cands.get(c).file())) ? namedSecondary : secondary).add(cands.get(c));
                }
            }
            // files with the reader's own extension first: the generic reader also accepts JSON and notes
            List<Candidate> chosen = spread(named, maxSeeds);
            if (chosen.size() < maxSeeds) {
                chosen.addAll(spread(namedSecondary, maxSeeds - chosen.size()));
            }
            if (chosen.size() < maxSeeds) {
                chosen.addAll(spread(primary, maxSeeds - chosen.size()));
            }
            boolean own = !chosen.isEmpty();
            if (chosen.size() < maxSeeds) {
                chosen.addAll(spread(secondary, maxSeeds - chosen.size()));
            }
            List<ReaderFuzzer.Seed> seeds = new ArrayList<>();
            for (Candidate c : chosen) {
                seeds.add(fitted(readers.get(r), c.file(), maxBytes));
            }
            if (seeds.isEmpty()) {
                seeds.addAll(generated());
                for (Candidate c : spread(cands, maxSeeds)) {
                    seeds.add(seed(c.file(), maxBytes));
                }
            }
            out.put(readers.get(r).info().id(), new Assignment(seeds, own));
        }
        return out;
    }

    /**
     * The seed as {@link #seed} cuts it, longer (doubling, up to 64 times {@code maxBytes}) while the
     * reader refuses the cut copy although it reads the whole file: a header longer than the cut
     * (a Novonix protocol block) would otherwise leave only the refusal path to fuzz.
     */
    static ReaderFuzzer.Seed fitted(MeasurementReader reader, Path f, int maxBytes) throws IOException {
        ReaderFuzzer.Seed s = seed(f, maxBytes);
        long size = Files.size(f);
        if (s.bytes().length >= size || !reads(reader, f)) {
            return s;
        }
        Path dir = Files.createTempDirectory("nernst-seed");
        try {
            Path t = dir.resolve(s.fileName());
            if (ZipFuzz.isZip(s.bytes())) { // a cut archive has no central directory: keep every entry, fewer rows
                byte[] small = ZipFuzz.shrinkSheets(Files.readAllBytes(f), maxBytes);
                Files.write(t, small);
                if (small.length > 0 && small.length <= 16 * maxBytes && reads(reader, t)) { // .ndax: its entries are not sheets
                    return new ReaderFuzzer.Seed(s.fileName(), small);
                }
            }
            for (int cap = s.bytes().length * 2; cap <= 64 * maxBytes; cap *= 2) {
                ReaderFuzzer.Seed longer;
                try (InputStream in = Files.newInputStream(f)) {
                    longer = new ReaderFuzzer.Seed(s.fileName(), in.readNBytes(cap));
                }
                Files.write(t, longer.bytes());
                if (reads(reader, t)) {
                    return longer;
                }
            }
            return s; // no readable head within the limit (a database needs its end): the short cut is faster
        } finally {
            Files.deleteIfExists(dir.resolve(s.fileName()));
            Files.deleteIfExists(dir);
        }
    }

    private static boolean reads(MeasurementReader reader, Path f) {
        try {
            return !reader.read(new org.nernst.io.api.ReadContext(f, org.nernst.core.Monitor.none())).isEmpty();
        } catch (Exception | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The file's first {@code maxBytes} (text: the header and enough rows), or for a binary file (a NUL
     * byte in its head: .mpr, .nda, zip, Access, UTF-16) up to 16 times that, since a cut binary is
     * refused at its first structure and would only exercise that check.
     */
    static ReaderFuzzer.Seed seed(Path f, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(maxBytes);
            boolean binary = false;
            for (byte b : head) {
                binary |= b == 0;
            }
            if (binary) {
                byte[] more = in.readNBytes(3 * maxBytes);
                head = Arrays.copyOf(head, head.length + more.length);
                System.arraycopy(more, 0, head, head.length - more.length, more.length);
            }
            return new ReaderFuzzer.Seed(f.getFileName().toString(), head);
        }
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Smallest first, taking one file per folder in turn so every folder (dialect) is represented. */
    private static List<Candidate> spread(List<Candidate> cands, int max) {
        Map<Path, List<Candidate>> byDir = new LinkedHashMap<>();
        cands.stream().sorted(Comparator.comparingLong(Candidate::size))
                .forEach(c -> byDir.computeIfAbsent(c.file().getParent(), k -> new ArrayList<>()).add(c));
        List<Candidate> out = new ArrayList<>();
        for (int round = 0; out.size() < max; round++) {
            boolean any = false;
            for (List<Candidate> l : byDir.values()) {
                if (round < l.size() && out.size() < max) {
                    out.add(l.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static int safeProbe(MeasurementReader r, ProbeInput in) {
        try {
            return r.probe(in);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Delimited tables as instruments write them: comma, tab, semicolon with decimal comma. */
    static List<ReaderFuzzer.Seed> generated() {
        List<ReaderFuzzer.Seed> out = new ArrayList<>();
        String[][] dialects = {{",", ".", "csv"}, {"\t", ".", "txt"}, {";", ",", "csv"}};
        for (String[] d : dialects) {
            StringBuilder b = new StringBuilder("time/s" + d[0] + "Ewe/V" + d[0] + "<I>/mA" + d[0] + "cycle number\r\n");
            for (int i = 0; i < 200; i++) {
                double e = 0.2 + 0.001 * i;
                b.append(String.format(Locale.ROOT, "%.3f%s%.6f%s%.6e%s%d\r\n", 0.1 * i, d[0], e, d[0], Math.sinh(10 * e) * 1e-3,
                        d[0], i / 100).replace(".", d[1]));
            }
            out.add(new ReaderFuzzer.Seed("generated-" + out.size() + "." + d[2], b.toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }
}
