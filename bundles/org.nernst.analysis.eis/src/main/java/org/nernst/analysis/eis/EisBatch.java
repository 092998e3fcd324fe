package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.Result;
import org.nernst.core.model.Measurement;

/**
 * A series of spectra (one file with many, or many files) fitted with the same options. The series
 * is cut into one contiguous chunk per thread; inside a chunk each fit starts from the previous
 * result (spectra of a series change gradually, so the previous optimum is the best guess), and
 * from the spectrum's own guess only when that fit is worse than the data allow. A failed fit is an
 * error result for that spectrum only.
 */
public final class EisBatch {
    private EisBatch() {
    }

    public static List<Result<EisResult>> fit(List<Measurement> spectra, EisOptions options, int threads, Monitor monitor) {
        List<Spectrum> s = new ArrayList<>();
        for (Measurement m : spectra) {
            s.add(Spectrum.of(m));
        }
        return fitSpectra(s, options, threads, monitor);
    }

    public static List<Result<EisResult>> fitSpectra(List<Spectrum> spectra, EisOptions options, int threads, Monitor monitor) {
        int n = spectra.size();
        int t = Math.max(1, Math.min(threads, n));
        monitor.begin("EIS fits", n);
        List<Result<EisResult>> out = new ArrayList<>(java.util.Collections.nCopies(n, null));
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "eis-batch");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < t; c++) {
                int from = (int) ((long) n * c / t);
                int to = (int) ((long) n * (c + 1) / t);
                futures.add(pool.submit(() -> chunk(spectra, from, to, options, monitor, out)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Monitor.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            monitor.done();
        }
        return out;
    }

    private static void chunk(List<Spectrum> spectra, int from, int to, EisOptions o, Monitor monitor, List<Result<EisResult>> out) {
        Optional<double[]> seed = Optional.empty();
        for (int i = from; i < to; i++) {
            monitor.checkCancelled();
            Result<EisResult> r;
            try {
                EisResult e = EisAnalyzer.analyze(spectra.get(i), o, seed);
                seed = Optional.of(e.values());
                r = Result.ok(e, e.warnings().stream().map(Diagnostic::warning).toList());
            } catch (NernstException e) {
                if (e.kind() == NernstException.Kind.USAGE) {
                    throw e; // a bad circuit or option fails every spectrum alike: say it once
                }
                r = Result.failure(Diagnostic.error("spectrum " + (i + 1) + ": " + e.getMessage(), Location.NONE), List.of());
            }
            synchronized (out) {
                out.set(i, r);
            }
            monitor.worked(1);
        }
    }
}
