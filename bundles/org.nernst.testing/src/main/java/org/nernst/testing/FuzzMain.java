package org.nernst.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/**
 * The on-demand fuzz run (releng/bench/fuzz.sh): finds every DS reader in the given bundles or
 * class folders, picks its seeds from the sample folders by probe, and fuzzes each reader for
 * {@code --execs} executions (or {@code --seconds}). Prints execs/s per reader and a Markdown table;
 * exits 1 when any reader had a finding (inputs and stack traces in {@code --crash-dir}).
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        // libraries log every damaged structure they meet (Jackcess: thousands of lines a second)
        java.util.logging.LogManager.getLogManager().reset();
        List<Path> scan = new ArrayList<>();
        List<Path> seedRoots = new ArrayList<>();
        List<String> only = new ArrayList<>();
        long execs = 1_000_000;
        double seconds = 0;
        int threads = 2;
        long seed = 1;
        double hang = 10;
        int maxBytes = 4096;
        int maxSeeds = 16;
        Path crashDir = Path.of("fuzz-findings");
        Path work = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        Path replay = null;
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--scan" -> scan.add(Path.of(args[++i]));
                case "--seeds" -> seedRoots.add(Path.of(args[++i]));
                case "--reader" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--execs" -> execs = Long.parseLong(args[++i].replace("_", ""));
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--hang" -> hang = Double.parseDouble(args[++i]);
                case "--max-seed-bytes" -> maxBytes = Integer.parseInt(args[++i]);
                case "--max-seeds" -> maxSeeds = Integer.parseInt(args[++i]);
                case "--crash-dir" -> crashDir = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--replay" -> replay = Path.of(args[++i]);
                case "--list" -> list = true;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        List<MeasurementReader> readers = ReaderDiscovery.find(scan, FuzzMain.class.getClassLoader());
        if (!only.isEmpty()) {
            readers = readers.stream().filter(r -> only.contains(r.info().id())).toList();
        }
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("no reader found in " + scan + (only.isEmpty() ? "" : " with id " + only));
        }
        if (replay != null) {
            for (MeasurementReader r : readers) {
                replay(r, replay);
            }
            return;
        }
        Map<String, FuzzSeeds.Assignment> seeds = FuzzSeeds.assign(readers, FuzzSeeds.files(seedRoots), maxSeeds, maxBytes);
        System.out.printf("%d readers: %s%n", readers.size(), readers.stream().map(r -> r.info().id()).toList());
        if (list) {
            seeds.forEach((id, a) -> System.out.printf("%-22s %2d seeds%s: %s%n", id, a.seeds().size(), a.own() ? "" : " (none of its own)",
                    a.seeds().stream().map(s -> s.fileName() + "[" + s.bytes().length + "]").toList()));
            return;
        }
        Path runDir = Files.createTempDirectory(work, "nernst-fuzz-");
        List<ReaderFuzzer.Stats> all = new ArrayList<>();
        for (MeasurementReader r : readers) {
            FuzzSeeds.Assignment a = seeds.get(r.info().id());
            System.out.printf("== %s: %d seeds%s, up to %,d execs%s, %d threads%n", r.info().id(), a.seeds().size(),
                    a.own() ? "" : " (none of its own format)", execs, seconds > 0 ? " / " + seconds + " s" : "", threads);
            int longest = a.seeds().stream().mapToInt(x -> x.bytes().length).max().orElse(0);
            ReaderFuzzer.Config cfg = new ReaderFuzzer.Config(execs, seconds, threads, seed, hang, Math.max(32 * maxBytes, 2 * longest),
                    runDir, crashDir);
            ReaderFuzzer.Stats s = ReaderFuzzer.run(r, a.seeds(), cfg, System.out::println);
            all.add(s);
            System.out.printf("  %s: %,d execs in %.0f s = %,.0f execs/s; %,d results, %,d input errors, %,d I/O errors, %d findings%s%n",
                    s.reader(), s.execs(), s.seconds(), s.execsPerSecond(), s.results(), s.inputErrors(), s.ioErrors(),
                    s.findings().size(), s.hung() ? " (HANG)" : "");
            s.ioErrorKinds().forEach((k, n) -> System.out.printf("  I/O error x%,d: %s%n", n, k));
            for (ReaderFuzzer.Finding f : s.findings()) {
                System.out.printf("  FINDING %s x%d (first at iteration %d): %s%n    saved: %s%n", f.kind(), f.count(), f.iteration(),
                        f.signature(), f.saved());
            }
        }
        deleteTree(runDir);
        System.out.println();
        System.out.println("| reader | seeds | executions | execs/s | results | input errors | I/O errors | findings |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (ReaderFuzzer.Stats s : all) {
            System.out.printf("| %s | %d%s | %,d | %,.0f | %,d | %,d | %,d | %d%s |%n", s.reader(), s.seeds(),
                    seeds.get(s.reader()).own() ? "" : "*", s.execs(), s.execsPerSecond(), s.results(), s.inputErrors(),
                    s.ioErrors(), s.findings().size(), s.hung() ? " (hang)" : "");
        }
        boolean bad = all.stream().anyMatch(s -> !s.findings().isEmpty());
        System.out.println(bad ? "FINDINGS: see " + crashDir.toAbsolutePath() : "no findings");
        System.exit(bad ? 1 : 0);
    }

    private static void replay(MeasurementReader r, Path file) throws IOException {
        byte[] in = Files.readAllBytes(file);
        int p = r.probe(new ProbeInput(file.getFileName().toString(), in.length, Arrays.copyOf(in, Math.min(in.length, ProbeInput.HEAD_BYTES))));
        System.out.println(r.info().id() + " probe " + p);
        try {
            int n = r.read(new ReadContext(file, Monitor.none())).size();
            System.out.println(r.info().id() + " read: " + n + " measurement(s)");
        } catch (NernstException e) {
            System.out.println(r.info().id() + " input error: " + e.getMessage() + " " + e.location());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
