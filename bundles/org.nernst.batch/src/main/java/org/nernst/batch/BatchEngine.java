package org.nernst.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.nernst.batch.internal.KlGroups;
import org.nernst.batch.internal.PlotRenderer;
import org.nernst.batch.internal.Runners;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;
import org.nernst.io.ImportResult;
import org.nernst.io.Importer;
import org.nernst.io.Techniques;

/**
 * Runs every file of a folder through import, technique detection and the fitting analysis, in
 * parallel on a pool sized to the cores; a file that fails is an entry with its error and the batch
 * goes on. Afterwards rotation series of ORR sweeps are grouped for Koutecky-Levich. Cancellable
 * through the monitor.
 */
public final class BatchEngine {
    private final Importer importer;
    private final List<AnalysisRunner> runners;

    public BatchEngine(Importer importer, List<AnalysisRunner> runners) {
        this.importer = importer;
        this.runners = List.copyOf(runners);
    }

    /** The runners of the analyses on the platform (technique -> analysis). */
    public static List<AnalysisRunner> standardRunners() {
        return Runners.standard();
    }

    /** The files a batch reads: regular, not hidden, not the project file, sorted by path. */
    public static List<Path> inputs(Path dir, Optional<Path> exclude) {
        if (!Files.isDirectory(dir)) {
            throw NernstException.usage("not a folder: " + dir);
        }
        Path ex = exclude.map(p -> p.toAbsolutePath().normalize()).orElse(null);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> ex == null || !p.toAbsolutePath().normalize().startsWith(ex))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(p -> !ProjectSettings.FILE_NAMES.contains(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw NernstException.input("cannot list the folder: " + e.getMessage(), Location.file(dir.toString()));
        }
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public BatchReport run(Path dir, BatchOptions o, Optional<Path> exclude, Monitor monitor) {
        long wall0 = System.nanoTime();
        ProjectSettings settings = ProjectSettings.load(dir).overriddenBy(o.settings());
        List<Path> files = inputs(dir, exclude);
        Timers t = new Timers();
        Map<String, Measurement> orr = new ConcurrentHashMap<>();
        monitor.begin("batch " + dir.getFileName(), files.size());
        ExecutorService pool = Executors.newFixedThreadPool(o.threads(), r -> {
            Thread th = new Thread(r, "nernst-batch");
            th.setDaemon(true);
            return th;
        });
        List<FileEntry> entries = new ArrayList<>();
        try {
            List<Future<FileEntry>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    monitor.checkCancelled();
                    FileEntry e = process(dir, f, settings, o, t, orr);
                    monitor.worked(1);
                    return e;
                }));
            }
            for (Future<FileEntry> fu : futures) {
                entries.add(await(fu, monitor));
            }
        } finally {
            pool.shutdownNow();
            monitor.done();
        }
        long a0 = System.nanoTime();
        List<FileEntry> groups = KlGroups.run(entries, orr, settings);
        t.analysis.add(System.nanoTime() - a0);
        StageTimes times = new StageTimes(t.importN.sum() / 1e9, t.analysis.sum() / 1e9, t.plots.sum() / 1e9, 0,
                (System.nanoTime() - wall0) / 1e9, o.threads());
        return new BatchReport(dir.toString(), settings.source(), settings.values(), entries, groups, times);
    }

    private static FileEntry await(Future<FileEntry> f, Monitor monitor) {
        while (true) {
            if (monitor.isCancelled()) {
                throw new Monitor.CancelledException();
            }
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // poll the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Monitor.CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Monitor.CancelledException ce) {
                    throw ce;
                }
                throw new IllegalStateException("batch worker failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static final class Timers {
        final LongAdder importN = new LongAdder();
        final LongAdder analysis = new LongAdder();
        final LongAdder plots = new LongAdder();
    }

    private FileEntry process(Path dir, Path f, ProjectSettings folder, BatchOptions o, Timers t, Map<String, Measurement> orr) {
        String rel = dir.relativize(f).toString();
        ProjectSettings s = folder.forFile(f.getFileName().toString());
        long t0 = System.nanoTime();
        Optional<String> sha = Optional.empty();
        ImportResult r;
        try {
            sha = Optional.of(sha256(f));
            r = importer.read(f, o.formatId(), Monitor.none());
        } catch (NernstException e) {
            return failed(rel, Optional.empty(), "unknown", "none", sha, e, List.of());
        } finally {
            t.importN.add(System.nanoTime() - t0);
        }
        List<String> importWarnings = r.diagnostics().stream().map(Diagnostic::describe).toList();
        Optional<String> format = Optional.of(r.format().reader().id());
        Measurement m = r.measurements().stream().filter(x -> runnerFor(technique(x), x).isPresent()).findFirst().orElse(r.first());
        Technique tech = technique(m);
        Optional<AnalysisRunner> runner = runnerFor(tech, m);
        if (runner.isEmpty()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("rows", m.rows());
            res.put("columns", m.channels().stream().map(c -> c.name() + " (" + c.unit() + ")").toList());
            res.put("settings", Map.of());
            res.put("warnings", List.of("no analysis is installed for technique " + tech + ": imported only"));
            return new FileEntry(rel, List.of(), format, tech.name(), "none", sha, Optional.of(res), Optional.empty(),
                    importWarnings, Optional.empty());
        }
        long a0 = System.nanoTime();
        RunOutput out;
        try {
            out = runner.get().run(m, s);
        } catch (NernstException e) {
            return failed(rel, format, tech.name(), runner.get().id(), sha, e, importWarnings);
        } catch (RuntimeException e) {
            // a bug in one analysis must not stop the batch: report it on this file
            return failed(rel, format, tech.name(), runner.get().id(), sha,
                    NernstException.analysis("internal error in analysis " + runner.get().id() + ": " + e), importWarnings);
        } finally {
            t.analysis.add(System.nanoTime() - a0);
        }
        if ("lsv".equals(runner.get().id()) && "orr".equals(out.json().get("reaction"))) {
            orr.put(rel, m);
        }
        Optional<byte[]> png = Optional.empty();
        if (o.plots() && out.plot().isPresent()) {
            long p0 = System.nanoTime();
            List<Plot> all = new ArrayList<>(List.of(out.plot().get()));
            all.addAll(out.morePlots());
            png = Optional.of(all.size() == 1 ? PlotRenderer.png(all.get(0), 640, 400) : PlotRenderer.stacked(all, 640, 400));
            t.plots.add(System.nanoTime() - p0);
        }
        return new FileEntry(rel, List.of(), format, tech.name(), runner.get().id(), sha, Optional.of(out.json()),
                Optional.empty(), importWarnings, png);
    }

    private static Technique technique(Measurement m) {
        Technique t = m.metadata().technique();
        return t == Technique.UNKNOWN ? Techniques.guess(m) : t;
    }

    private Optional<AnalysisRunner> runnerFor(Technique t, Measurement m) {
        return runners.stream().filter(r -> r.accepts(t, m)).findFirst();
    }

    static FileEntry failed(String file, Optional<String> format, String technique, String analysis, Optional<String> sha,
            NernstException e, List<String> importWarnings) {
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("message", e.getMessage());
        err.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        e.location().line().ifPresent(l -> err.put("line", l));
        e.location().column().ifPresent(c -> err.put("column", c));
        e.location().offset().ifPresent(c -> err.put("offset", c));
        return new FileEntry(file, List.of(), format, technique, analysis, sha, Optional.empty(), Optional.of(err),
                importWarnings, Optional.empty());
    }

    static String sha256(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw NernstException.input("cannot read the file: " + e.getMessage(), Location.file(f.toString()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
