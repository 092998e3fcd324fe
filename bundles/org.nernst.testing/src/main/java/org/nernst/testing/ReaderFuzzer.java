package org.nernst.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/**
 * Seeded mutation fuzzing of one reader, on several threads, with a watchdog. Every execution
 * probes and reads one mutated seed ({@link FuzzMutator}). Allowed outcomes: a result, a
 * {@link NernstException}, or an {@link IOException} (the SPI declares it; the registry reports it
 * as an input error). Anything else (a RuntimeException, StackOverflowError, OutOfMemoryError, a
 * probe outside [0, 100], an execution longer than the hang limit) is a finding: its input is
 * saved with the stack trace and the iteration that reproduces it. Execution {@code i} is a pure
 * function of (seed, reader id, i), independent of the thread that ran it.
 */
public final class ReaderFuzzer {
    /** A corpus or sample file (possibly cut to its head) under its original file name. */
    public record Seed(String fileName, byte[] bytes) {
    }

    public record Config(long maxExecs, double maxSeconds, int threads, long seed, double hangSeconds, int maxInputBytes,
            Path workDir, Path crashDir) {
    }

    public record Finding(String kind, String signature, long iteration, long count, Path saved, String trace) {
    }

    /** {@code ioErrorKinds}: each I/O exception type and message start, with its count (allowed, but worth a look). */
    public record Stats(String reader, int seeds, long execs, long results, long inputErrors, long ioErrors, double seconds,
            List<Finding> findings, boolean hung, Map<String, Long> ioErrorKinds) {
        public double execsPerSecond() {
            return seconds > 0 ? execs / seconds : 0;
        }
    }

    private static final int SAVED_PER_SIGNATURE = 3;

    private final MeasurementReader reader;
    private final String id;
    private final List<Seed> seeds;
    private final List<byte[]> seedBytes;
    private final Config cfg;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong execs = new AtomicLong();
    private final AtomicLong results = new AtomicLong();
    private final AtomicLong inputErrors = new AtomicLong();
    private final AtomicLong ioErrors = new AtomicLong();
    private final Map<String, Long> ioErrorKinds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private volatile boolean stop;
    private volatile boolean hung;

    private ReaderFuzzer(MeasurementReader reader, List<Seed> seeds, Config cfg) {
        this.reader = reader;
        this.id = reader.info().id();
        this.seeds = List.copyOf(seeds);
        this.seedBytes = seeds.stream().map(Seed::bytes).toList();
        this.cfg = cfg;
    }

    /** Runs until {@code maxExecs} executions or {@code maxSeconds}, whichever comes first; {@code progress} gets a line every ~10 s. */
    public static Stats run(MeasurementReader reader, List<Seed> seeds, Config cfg, Consumer<String> progress)
            throws IOException, InterruptedException {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds for " + reader.info().id());
        }
        return new ReaderFuzzer(reader, seeds, cfg).go(progress);
    }

    /** The input of execution {@code iteration}: what a saved finding holds, regenerated. */
    public static byte[] input(String readerId, List<Seed> seeds, long runSeed, long iteration, int maxInputBytes) {
        SplittableRandom rnd = random(runSeed, readerId, iteration);
        Seed s = seeds.get(rnd.nextInt(seeds.size()));
        return FuzzMutator.mutate(s.bytes(), seeds.stream().map(Seed::bytes).toList(), rnd, maxInputBytes);
    }

    private static SplittableRandom random(long runSeed, String readerId, long iteration) {
        return new SplittableRandom(runSeed * 0x9E3779B97F4A7C15L + readerId.hashCode() * 0xBF58476D1CE4E5B9L + iteration);
    }

    /** What one worker is doing, for the watchdog. */
    private static final class Slot implements Monitor {
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile long startNanos;
        volatile long iteration;
        volatile byte[] input;
        volatile String name;
        Thread thread;

        @Override
        public void begin(String task, long totalWork) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private Stats go(Consumer<String> progress) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        long deadline = cfg.maxSeconds() > 0 ? t0 + (long) (cfg.maxSeconds() * 1e9) : Long.MAX_VALUE;
        List<Slot> slots = new ArrayList<>();
        for (int k = 0; k < cfg.threads(); k++) {
            Slot slot = new Slot();
            Path dir = Files.createDirectories(cfg.workDir().resolve(id + "-" + k));
            slot.thread = Thread.ofPlatform().daemon().name("fuzz-" + id + "-" + k).unstarted(() -> work(slot, dir, deadline));
            slots.add(slot);
        }
        slots.forEach(s -> s.thread.start());
        long hangNanos = (long) (cfg.hangSeconds() * 1e9);
        long lastReport = t0;
        while (slots.stream().anyMatch(s -> s.thread.isAlive())) {
            Thread.sleep(100);
            long now = System.nanoTime();
            for (Slot s : slots) {
                long st = s.startNanos;
                if (st != 0 && now - st > hangNanos && !s.cancelled.get()) {
                    hung = true;
                    stop = true;
                    record("hang", "no result after " + cfg.hangSeconds() + " s", s.iteration, s.name, s.input,
                            "hang: " + stackOf(s.thread));
                    s.cancelled.set(true);
                    s.thread.interrupt();
                }
            }
            if (hung && slots.stream().allMatch(s -> !s.thread.isAlive() || s.cancelled.get())) {
                break; // a hung thread may never return; it is a daemon and the run reports it
            }
            if (now - lastReport > 10_000_000_000L) {
                lastReport = now;
                double sec = (now - t0) / 1e9;
                progress.accept(String.format("  %s: %,d execs, %.0f/s, %d findings", id, execs.get(), execs.get() / sec, findingCount()));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        synchronized (findings) {
            return new Stats(id, seeds.size(), execs.get(), results.get(), inputErrors.get(), ioErrors.get(), seconds,
                    List.copyOf(findings.values()), hung, new java.util.TreeMap<>(ioErrorKinds));
        }
    }

    private int findingCount() {
        synchronized (findings) {
            return findings.size();
        }
    }

    private void work(Slot slot, Path dir, long deadline) {
        while (!stop && !slot.cancelled.get()) {
            long i = next.getAndIncrement();
            if (i >= cfg.maxExecs() || System.nanoTime() > deadline) {
                return;
            }
            SplittableRandom rnd = random(cfg.seed(), id, i);
            Seed s = seeds.get(rnd.nextInt(seeds.size()));
            byte[] in = FuzzMutator.mutate(s.bytes(), seedBytes, rnd, cfg.maxInputBytes());
            Path file = dir.resolve(s.fileName());
            try {
                Files.write(file, in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot write the fuzz input " + file, e);
            }
            slot.input = in;
            slot.name = s.fileName();
            slot.iteration = i;
            slot.startNanos = System.nanoTime();
            execute(slot, file, in, i);
            slot.startNanos = 0;
            execs.incrementAndGet();
        }
    }

    private void execute(Slot slot, Path file, byte[] in, long i) {
        try {
            ProbeInput probe = new ProbeInput(file.getFileName().toString(), in.length,
                    Arrays.copyOf(in, Math.min(in.length, ProbeInput.HEAD_BYTES)));
            int p = reader.probe(probe);
            if (p < 0 || p > 100) {
                record("probe-range", "probe returned " + p, i, slot.name, in, "probe returned " + p);
            }
            List<Measurement> ms = reader.read(new ReadContext(file, slot));
            if (ms != null) {
                ms.forEach(m -> m.rows());
            }
            results.incrementAndGet();
        } catch (NernstException e) {
            inputErrors.incrementAndGet();
        } catch (IOException e) {
            ioErrors.incrementAndGet();
            String msg = String.valueOf(e.getMessage()).replaceAll("[0-9]+", "#");
            ioErrorKinds.merge(signature(e) + ": " + (msg.length() > 80 ? msg.substring(0, 80) : msg), 1L, Long::sum);
        } catch (Monitor.CancelledException e) {
            if (!slot.cancelled.get()) {
                record("crash", signature(e), i, slot.name, in, trace(e));
            }
        } catch (Throwable t) { // NOPMD: everything else is what the fuzzer looks for (incl. StackOverflowError, OOM)
            if (!slot.cancelled.get()) {
                record(t instanceof Error ? "error" : "crash", signature(t), i, slot.name, in, trace(t));
            }
        }
    }

    private void record(String kind, String signature, long iteration, String name, byte[] input, String trace) {
        synchronized (findings) {
            Finding f = findings.get(signature);
            long count = f == null ? 1 : f.count() + 1;
            Path saved = f == null ? null : f.saved();
            if (count <= SAVED_PER_SIGNATURE && input != null) {
                Path p = save(signature, iteration, name, input, trace);
                saved = saved == null ? p : saved; // the finding names its first input
            }
            findings.put(signature, new Finding(kind, signature, f == null ? iteration : f.iteration(), count, saved,
                    f == null ? trace : f.trace()));
        }
    }

    private Path save(String signature, long iteration, String name, byte[] input, String trace) {
        try {
            Path dir = Files.createDirectories(cfg.crashDir().resolve(id));
            String base = String.format("%08x-i%d-", signature.hashCode(), iteration);
            Path f = dir.resolve(base + name);
            Files.write(f, input);
            String how = "reader " + id + ", run seed " + cfg.seed() + ", iteration " + iteration + ", input " + f.getFileName()
                    + " (" + input.length + " bytes)\nreplay: releng/bench/fuzz.sh --reader " + id + " --replay " + f + "\n\n";
            Files.writeString(dir.resolve(base + name + ".txt"), how + trace, StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            return null;
        }
    }

    /** Exception type and the first frame in project code (else the top frame): one finding per bug, not per input. */
    static String signature(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        StackTraceElement at = st.length == 0 ? null : st[0];
        for (StackTraceElement e : st) {
            if (e.getClassName().startsWith("org.nernst.") && !e.getClassName().startsWith("org.nernst.testing.")) {
                at = e;
                break;
            }
        }
        return t.getClass().getName() + (at == null ? "" : " at " + at);
    }

    static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 20_000 ? s.substring(0, 20_000) + "\n..." : s;
    }

    private static String stackOf(Thread t) {
        StringBuilder b = new StringBuilder();
        for (StackTraceElement e : t.getStackTrace()) {
            b.append("\tat ").append(e).append('\n');
        }
        return b.toString();
    }
}
