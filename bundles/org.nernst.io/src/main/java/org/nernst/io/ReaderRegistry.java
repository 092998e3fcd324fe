package org.nernst.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;

/**
 * Picks the reader for a file by probe confidence and runs it behind a guard: a reader that
 * throws something unexpected, hangs or returns nothing is reported by name and bundle, and the
 * caller keeps running. Thread-safe; readers come and go at any time (plug-ins).
 */
public class ReaderRegistry implements Importer {

    /** A reader and where it came from. */
    public record Entry(MeasurementReader reader, FormatInfo info) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final long readTimeoutMillis;

    public ReaderRegistry() {
        this(Long.getLong("nernst.reader.timeout.s", 600) * 1000);
    }

    public ReaderRegistry(long readTimeoutMillis) {
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /** A registry with the readers built into this bundle (generic delimited text): for headless use without OSGi. */
    public static ReaderRegistry withBuiltInReaders() {
        ReaderRegistry r = new ReaderRegistry();
        r.add(new org.nernst.io.internal.csv.DelimitedTextReader(), "org.nernst.io", "");
        return r;
    }

    public void add(MeasurementReader reader, String bundle, String version) {
        entries.add(new Entry(reader, new FormatInfo(reader.info(), bundle, version)));
    }

    public void remove(MeasurementReader reader) {
        entries.removeIf(e -> e.reader() == reader);
    }

    @Override
    public List<FormatInfo> formats() {
        return entries.stream().map(Entry::info).sorted(Comparator.comparing(f -> f.reader().id())).toList();
    }

    @Override
    public ImportResult read(Path file, Optional<String> formatId, Monitor monitor) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ProbeInput probe = probeInput(file, name);
        Entry chosen = formatId.map(id -> byId(id, name)).orElseGet(() -> best(probe));
        return run(chosen, file, monitor);
    }

    @Override
    public Map<String, Integer> probe(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ProbeInput probe = probeInput(file, name);
        Map<String, Integer> scores = new LinkedHashMap<>();
        entries.stream().map(e -> Map.entry(e.info().reader().id(), safeProbe(e, probe)))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> scores.put(e.getKey(), e.getValue()));
        return scores;
    }

    private Entry byId(String id, String fileName) {
        return entries.stream().filter(e -> e.info().reader().id().equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> NernstException.usage("unknown format '" + id + "'; installed: "
                        + entries.stream().map(e -> e.info().reader().id()).sorted().collect(Collectors.joining(", "))));
    }

    private Entry best(ProbeInput probe) {
        Entry best = null;
        int bestScore = 0;
        for (Entry e : entries) {
            int s = safeProbe(e, probe);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        if (best == null) {
            throw NernstException.input("no installed reader recognises this file (size " + probe.size()
                    + " bytes, extension '" + probe.extension() + "'); `nernst formats` lists the readers",
                    Location.file(probe.fileName()));
        }
        return best;
    }

    private static int safeProbe(Entry e, ProbeInput probe) {
        try {
            return Math.max(0, Math.min(100, e.reader().probe(probe)));
        } catch (RuntimeException | LinkageError ex) {
            // a broken plug-in must not stop other readers from being tried
            return 0;
        }
    }

    private ImportResult run(Entry e, Path file, Monitor monitor) {
        ReadContext ctx = new ReadContext(file, monitor);
        FutureTask<List<Measurement>> task = new FutureTask<>(() -> e.reader().read(ctx));
        Thread t = Thread.ofPlatform().daemon().name("nernst-read-" + e.info().reader().id()).unstarted(task);
        t.start();
        List<Measurement> ms;
        try {
            ms = task.get(readTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException ex) {
            t.interrupt();
            throw NernstException.input("reader '" + e.info().reader().id() + "' (bundle " + e.info().bundle()
                    + ") did not finish within " + readTimeoutMillis / 1000 + " s", Location.file(ctx.fileName()));
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new Monitor.CancelledException();
        } catch (ExecutionException ex) {
            throw translate(ex.getCause(), e, ctx);
        }
        if (ms == null || ms.isEmpty()) {
            throw NernstException.input("reader '" + e.info().reader().id() + "' found no data in the file",
                    Location.file(ctx.fileName()));
        }
        List<Measurement> out = new ArrayList<>();
        for (Measurement m : ms) {
            out.add(complete(m, ctx.fileName()));
        }
        return new ImportResult(e.info(), out, ctx.diagnostics());
    }

    /** Fills what every measurement should carry: its file name and, if the reader did not say, a technique. */
    private static Measurement complete(Measurement m, String fileName) {
        var md = m.metadata();
        var b = md.toBuilder();
        boolean changed = false;
        if (md.sourceFile().isEmpty()) {
            b.sourceFile(fileName);
            changed = true;
        }
        if (md.technique() == Technique.UNKNOWN) {
            Technique t = Techniques.guess(m);
            if (t != Technique.UNKNOWN) {
                b.technique(t).put("technique.source", "guessed from the data");
                changed = true;
            }
        }
        return changed ? m.withMetadata(b.build()) : m;
    }

    private static RuntimeException translate(Throwable cause, Entry e, ReadContext ctx) {
        if (cause instanceof NernstException ne) {
            return ne;
        }
        if (cause instanceof Monitor.CancelledException ce) {
            return ce;
        }
        if (cause instanceof NoSuchFileException) {
            return NernstException.input("file not found", Location.file(ctx.fileName()));
        }
        if (cause instanceof IOException io) {
            return NernstException.input("cannot read the file: " + io.getMessage(), Location.file(ctx.fileName()));
        }
        // anything else is a bug in the reader: say whose, keep the platform up
        return NernstException.input("reader '" + e.info().reader().id() + "' (bundle " + e.info().bundle()
                + ") failed: " + cause, Location.file(ctx.fileName()));
    }

    private static ProbeInput probeInput(Path file, String name) {
        try {
            if (!Files.exists(file)) {
                throw NernstException.input("file not found", Location.file(file.toString()));
            }
            if (Files.isDirectory(file)) {
                throw NernstException.input("is a folder, not a file", Location.file(file.toString()));
            }
            long size = Files.size(file);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(ProbeInput.HEAD_BYTES);
            }
            return new ProbeInput(name, size, head);
        } catch (IOException ex) {
            throw NernstException.input("cannot read the file: " + ex.getMessage(), Location.file(name));
        }
    }

    /** Warnings as plain messages with their location, for JSON and tables. */
    public static List<String> messages(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::describe).toList();
    }
}
