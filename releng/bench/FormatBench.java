import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/**
 * Import throughput per format (issue #4): every corpus file goes to the reader whose probe is most
 * confident (as the registry picks), then each reader reads its files over and over, after a warm-up,
 * for a fixed time. Small files are read many times so that the timing is stable. For text formats a
 * larger file is also made from the largest corpus file by repeating its last block of data rows; it
 * is used only if the reader reads exactly the expected number of rows from it (else it is reported as
 * not valid for that format). Run by releng/bench/format-bench.sh.
 *
 * <p>Times are of {@code reader.read(ctx)} alone, on this thread: the registry's probe and guard thread
 * (about 0.1 ms a file) are not included.
 */
public class FormatBench {

    record Sample(Path file, long bytes, long rows) {
    }

    /** Rates per second of process CPU time (all threads: GC and JIT included), and MB/s of wall time. */
    record Rate(double mbPerS, double rowsPerS, double wallMbPerS) {
    }

    record Large(Sample sample, String how) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        double synthMb = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        List<MeasurementReader> readers = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            readers.add((MeasurementReader) Class.forName(args[i]).getDeclaredConstructor().newInstance());
        }
        Map<String, List<Sample>> byReader = new TreeMap<>();
        Map<String, MeasurementReader> readerById = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        for (Path f : corpusFiles(corpus)) {
            MeasurementReader r = pick(readers, f);
            if (r == null) {
                failed.add(corpus.relativize(f) + " (no reader claims it)");
                continue;
            }
            try {
                long rows = rows(r.read(new ReadContext(f, Monitor.none())));
                byReader.computeIfAbsent(r.info().id(), k -> new ArrayList<>()).add(new Sample(f, Files.size(f), rows));
                readerById.put(r.info().id(), r);
            } catch (RuntimeException | IOException e) {
                failed.add(corpus.relativize(f) + " (" + r.info().id() + ": " + firstLine(e) + ")");
            }
        }
        System.out.printf("| reader | corpus files | corpus MB | rows | MB/s | rows/s | (wall MB/s) | large file (how made) | MB | rows | MB/s | rows/s | (wall MB/s) |%n");
        System.out.printf("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|%n");
        List<String> notes = new ArrayList<>();
        for (var e : byReader.entrySet()) {
            MeasurementReader r = readerById.get(e.getKey());
            List<Sample> files = e.getValue();
            long bytes = files.stream().mapToLong(Sample::bytes).sum();
            long rows = files.stream().mapToLong(Sample::rows).sum();
            Rate small = measure(r, files, seconds);
            String large = "| – | | | | | ";
            Sample biggest = files.stream().max((a, b) -> Long.compare(a.bytes(), b.bytes())).orElseThrow();
            if (synthMb > 0 && isText(biggest.file())) {
                try {
                    Large l = replicate(r, biggest, work.resolve(e.getKey() + "-large" + extension(biggest.file())), synthMb);
                    Sample s = l.sample();
                    Rate big = measure(r, List.of(s), seconds);
                    large = String.format("| %s | %.1f | %d | %.1f | %.0f | (%.1f) ", l.how(), s.bytes() / 1e6, s.rows(),
                            big.mbPerS(), big.rowsPerS(), big.wallMbPerS());
                    Files.deleteIfExists(s.file());
                } catch (RuntimeException | IOException ex) {
                    notes.add(e.getKey() + ": no large file (" + firstLine(ex) + ")");
                    large = "| not valid, see notes | | | | | ";
                }
            }
            System.out.printf("| %s | %d | %.2f | %d | %.1f | %.0f | (%.1f) %s|%n", e.getKey(), files.size(), bytes / 1e6, rows,
                    small.mbPerS(), small.rowsPerS(), small.wallMbPerS(), large);
        }
        for (String n : notes) {
            System.out.println("note: " + n);
        }
        for (String f : failed) {
            System.out.println("not measured: " + f);
        }
    }

    static List<Path> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !corpus.relativize(p).toString().startsWith("reference-values"))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.equals("PROVENANCE.md") && !n.contains(".reference.") && !n.endsWith(".license")
                                && !n.endsWith(".json") && !n.endsWith(".md");
                    })
                    .sorted().toList();
        }
    }

    /** The reader the registry would pick: highest probe score above zero, first on ties. */
    static MeasurementReader pick(List<MeasurementReader> readers, Path f) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(f)) {
            head = in.readNBytes(ProbeInput.HEAD_BYTES);
        }
        ProbeInput p = new ProbeInput(f.getFileName().toString(), Files.size(f), head);
        MeasurementReader best = null;
        int score = 0;
        for (MeasurementReader r : readers) {
            int s;
            try {
                s = r.probe(p);
            } catch (RuntimeException ex) {
                s = 0;
            }
            if (s > score) {
                best = r;
                score = s;
            }
        }
        return best;
    }

    static long rows(List<Measurement> ms) {
        long n = 0;
        for (Measurement m : ms) {
            n += m.rows();
        }
        return n;
    }

    /** Warm-up (the same time in process CPU seconds, at least 2 passes), then whole passes over the files until the time is up. */
    static Rate measure(MeasurementReader r, List<Sample> files, double seconds) throws IOException {
        long bytes = files.stream().mapToLong(Sample::bytes).sum();
        long rows = files.stream().mapToLong(Sample::rows).sum();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        // by CPU time: on a loaded machine a wall-time warm-up can end before the JIT compilers are done
        long warmEnd = os.getProcessCpuTime() + (long) (seconds * 1e9);
        for (int i = 0; i < 2 || os.getProcessCpuTime() < warmEnd; i++) {
            pass(r, files);
        }
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        int passes = 0;
        long sink = 0;
        do {
            sink += pass(r, files);
            passes++;
        } while (System.nanoTime() < end || passes < 3);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        if (sink != rows * passes) {
            throw new IllegalStateException(r.info().id() + ": rows changed between reads");
        }
        return new Rate(bytes * passes / 1e6 / cpu, rows * passes / cpu, bytes * passes / 1e6 / s);
    }

    static long pass(MeasurementReader r, List<Sample> files) throws IOException {
        long n = 0;
        for (Sample f : files) {
            n += rows(r.read(new ReadContext(f.file(), Monitor.none())));
        }
        return n;
    }

    static boolean isText(Path f) throws IOException {
        byte[] b = Files.readAllBytes(f);
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        return true;
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot);
    }

    /**
     * Repeats the last block of data rows of {@code src} in place until the file has about {@code mb}
     * MB, and checks that the reader reads exactly the added rows more. Lines are kept byte for byte
     * (ISO-8859-1 round trip), so encodings and line ends stay as the instrument wrote them.
     */
    static Large replicate(MeasurementReader r, Sample src, Path out, double mb) throws IOException {
        String text = new String(Files.readAllBytes(src.file()), StandardCharsets.ISO_8859_1);
        List<int[]> lines = new ArrayList<>();
        for (int at = 0; at < text.length();) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(new int[] {at, end});
            at = end;
        }
        // blocks of consecutive data rows; the last one first, then the largest (files with several tables)
        List<int[]> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isDataLine(text, lines.get(i))) {
                int j = i;
                while (j + 1 < lines.size() && isDataLine(text, lines.get(j + 1))) {
                    j++;
                }
                blocks.add(new int[] {i, j});
                i = j;
            }
        }
        if (blocks.isEmpty()) {
            throw new IllegalStateException("no data rows found in " + src.file().getFileName());
        }
        int[] lastBlock = blocks.get(blocks.size() - 1);
        int[] largest = blocks.stream().max((a, b) -> Integer.compare(a[1] - a[0], b[1] - b[0])).orElseThrow();
        try {
            return replicate(r, src, out, mb, text, lines, lastBlock);
        } catch (RuntimeException e) {
            if (largest == lastBlock) {
                throw e;
            }
            return replicate(r, src, out, mb, text, lines, largest);
        }
    }

    static Large replicate(MeasurementReader r, Sample src, Path out, double mb, String text, List<int[]> lines, int[] blk)
            throws IOException {
        int first = blk[0];
        int last = blk[1];
        int blockLines = last - first + 1;
        int from = lines.get(first)[0];
        int to = lines.get(last)[1];
        String block = text.substring(from, to);
        if (!block.endsWith("\n")) {
            block = block + (text.contains("\r\n") ? "\r\n" : "\n");
        }
        long copies = Math.max(1, (long) ((mb * 1e6 - text.length()) / block.length()));
        StringBuilder b = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, text.length() + copies * block.length()));
        b.append(text, 0, to);
        if (!text.substring(from, to).endsWith("\n")) {
            b.append(block, block.length() - (text.contains("\r\n") ? 2 : 1), block.length());
        }
        for (long c = 0; c < copies; c++) {
            b.append(block);
        }
        b.append(text, to, text.length());
        Files.write(out, b.toString().getBytes(StandardCharsets.ISO_8859_1));
        long rows = rows(r.read(new ReadContext(out, Monitor.none())));
        long expected = src.rows() + copies * blockLines;
        if (rows != expected) {
            throw new IllegalStateException("repeating " + blockLines + " rows x" + copies + " gave " + rows
                    + " rows, expected " + expected);
        }
        return new Large(new Sample(out, Files.size(out), rows), src.file().getFileName() + ": its last " + blockLines
                + " rows x" + (copies + 1));
    }

    /** A data row: at least two fields and the first one is a number (decimal point or comma). */
    static boolean isDataLine(String text, int[] line) {
        String s = text.substring(line[0], line[1]).strip();
        if (s.isEmpty()) {
            return false;
        }
        String[] f = s.split("[\\t,; ]+|(?<=\")[,;]");
        if (f.length < 2) {
            String[] semi = s.split(";");
            if (semi.length < 2) {
                return false;
            }
            f = semi;
        }
        String first = f[0].replace("\"", "").replace(',', '.');
        try {
            Double.parseDouble(first);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
