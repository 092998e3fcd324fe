import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nernst.core.Monitor;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ReadContext;
import org.nernst.io.biologic.mpr.internal.MprReader;

/**
 * EC-Lab .mpr decode benchmark (issue #5), run by releng/bench/mpr-bench.sh.
 *
 * <p>{@code bench seconds file...}: after a JIT warm-up over all files (8 s of process CPU time), each file is decoded again and
 * again for {@code seconds}; prints one tab-separated line per file: name, bytes, rows, columns, process
 * CPU seconds per decode, bytes allocated by one decode (this thread, com.sun.management.ThreadMXBean),
 * decoded column bytes (rows x columns x 8), the heap the result keeps after a full GC, wall seconds per
 * decode, CPU seconds of the decoding thread alone (without the GC's and other JVM threads).
 *
 * <p>{@code enlarge src out copies}: writes a larger .mpr whose data module holds the rows of
 * {@code src} {@code copies} times, with the row count and the module length updated: the container
 * stays consistent, so every reader can check it (the script checks both readers get copies x rows).
 */
public class MprBench {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("enlarge")) {
            enlarge(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        double seconds = Double.parseDouble(args[1]);
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        MeasurementReader reader = new MprReader();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // warm-up by CPU time, not wall time: on a loaded machine 3 s of wall time can leave the JIT
        // compilers mid-way, and the first files measured would pay for the compilation
        long warmEnd = os.getProcessCpuTime() + 8_000_000_000L;
        for (int pass = 0; pass < 3 || os.getProcessCpuTime() < warmEnd; pass++) {
            for (Path f : files) {
                try {
                    decode(reader, f);
                } catch (RuntimeException e) {
                    // reported below, file by file
                }
            }
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        // process CPU time (all threads: GC and JIT included), as Python's time.process_time(): on a
        // shared machine wall time mostly measures the other processes
        for (Path f : files) {
            String name = f.getFileName().toString();
            try {
                long bytes = Files.size(f);
                long a0 = threads.getThreadAllocatedBytes(tid);
                Measurement m = decode(reader, f);
                long alloc = threads.getThreadAllocatedBytes(tid) - a0;
                long decoded = 0;
                for (Channel c : m.channels()) {
                    decoded += 8L * c.size();
                }
                long retained = retained(reader, f);
                long c0 = os.getProcessCpuTime();
                long tc0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long end = t0 + (long) (seconds * 1e9);
                int n = 0;
                do {
                    decode(reader, f);
                    n++;
                } while (System.nanoTime() < end || n < 3);
                double wall = (System.nanoTime() - t0) / 1e9 / n;
                double cpu = (os.getProcessCpuTime() - c0) / 1e9 / n;
                double own = (threads.getCurrentThreadCpuTime() - tc0) / 1e9 / n;
                System.out.printf("N\t%s\t%d\t%d\t%d\t%.9f\t%d\t%d\t%d\t%.9f\t%.9f%n", name, bytes, m.rows(), m.channels().size(),
                        cpu, alloc, decoded, retained, wall, own);
            } catch (RuntimeException e) {
                System.out.printf("N\t%s\tfailed: %s%n", name, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
    }

    static Measurement decode(MeasurementReader reader, Path f) throws java.io.IOException {
        return reader.read(new ReadContext(f, Monitor.none())).get(0);
    }

    /** Heap still used by a decoded file after a full GC (the file itself is mapped, not on the heap). */
    static long retained(MeasurementReader reader, Path f) throws java.io.IOException {
        var mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = mem.getHeapMemoryUsage().getUsed();
        Measurement m = decode(reader, f);
        System.gc();
        long after = mem.getHeapMemoryUsage().getUsed();
        if (m.rows() < 0) {
            throw new IllegalStateException(); // keeps m reachable until here
        }
        return after - before;
    }

    static void enlarge(Path src, Path out, int copies) throws Exception {
        byte[] b = Files.readAllBytes(src);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 52;
        while (pos < b.length) {
            int h = pos + 6;
            String name = new String(b, h, 10, StandardCharsets.ISO_8859_1).replace('\0', ' ').strip();
            // the two module header layouts (EC-Lab < 11.50: 51 bytes; >= 11.50: 59 bytes), told apart
            // by which one ends the module at the next "MODULE" or at the end of the file
            boolean newLayout = endsAtModule(b, h + 59 + Integer.toUnsignedLong(buf.getInt(h + 39)));
            int lenAt = newLayout ? h + 39 : h + 35;
            int start = h + (newLayout ? 59 : 51);
            int len = buf.getInt(lenAt);
            long version = Integer.toUnsignedLong(buf.getInt(newLayout ? h + 47 : h + 39));
            if (name.equals("VMP data")) {
                int dataAt = version == 2 ? 0x195 : version == 3 ? 0x196 : 0x3EF;
                int rows = buf.getInt(start);
                int rowBytes = len - dataAt;
                long newLen = dataAt + (long) rowBytes * copies;
                if (newLen > Integer.MAX_VALUE - 1024) {
                    throw new IllegalArgumentException("too many copies");
                }
                ByteBuffer o = ByteBuffer.allocate((int) (b.length + (long) rowBytes * (copies - 1))).order(ByteOrder.LITTLE_ENDIAN);
                o.put(b, 0, start + dataAt);
                o.putInt(lenAt, (int) newLen);
                o.putInt(start, rows * copies);
                for (int c = 0; c < copies; c++) {
                    o.put(b, start + dataAt, rowBytes);
                }
                o.put(b, start + len, b.length - start - len);
                Files.write(out, o.array());
                System.out.println(rows * (long) copies);
                return;
            }
            pos = start + len;
        }
        throw new IllegalArgumentException("no data module in " + src);
    }

    private static boolean endsAtModule(byte[] b, long end) {
        return end == b.length || end + 6 <= b.length && new String(b, (int) end, 6, StandardCharsets.ISO_8859_1).equals("MODULE");
    }
}
