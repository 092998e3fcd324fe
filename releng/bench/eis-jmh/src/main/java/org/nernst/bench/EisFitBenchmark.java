package org.nernst.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nernst.analysis.eis.EisAnalyzer;
import org.nernst.analysis.eis.EisBatch;
import org.nernst.analysis.eis.EisOptions;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.core.Monitor;
import org.nernst.core.Result;
import org.nernst.testing.generators.EisSpectra;
import org.nernst.testing.generators.EisSpectra.Kind;
import org.nernst.testing.generators.EisSpectra.Synthetic;
import org.nernst.testing.generators.ImpedanceModels.Diffusion;
import org.nernst.testing.generators.ImpedanceModels.Model;
import org.nernst.testing.generators.ImpedanceModels.Randles;
import org.nernst.testing.generators.SeriesWarburg;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The speed targets for the EIS fit: Randles+CPE+Wo on 57 points (0.01 Hz-100 kHz, 8 points
 * per decade, 1 % seeded noise from the testing generators), fitted from no user guess with the
 * default options, <= 2 ms per fit; and 1,000 spectra through {@link EisBatch} on 2 threads < 10 s.
 * Every spectrum is checked once in the set-up (parameters near the truth), so the benchmark times
 * fits that are right. Besides JMH's wall-clock score, each benchmark reports its CPU time per
 * operation as a secondary result ({@code cpuMsPerFit}: the fitting thread's CPU time;
 * {@code processCpuS}: the whole process, all threads, for the batch), because on a machine shared
 * with other builds the wall clock measures the queue for the cores as much as the fit. The warm-up
 * is long (30 s) for the same reason: under load the JIT compiler threads wait for a core too.
 * Run by releng/bench/eis-jmh.sh.
 */
public class EisFitBenchmark {
    static final double[] FREQ = EisSpectra.logFrequencies(1e5, 1e-2, 8);
    static final double NOISE = 0.01;

    /** The two ways of placing Wo: in series after the arc (the string) or inside the Randles branch. */
    static Model model(String circuit, double r1) {
        double q = EisSpectra.qFor(r1, 1e3, 0.85);
        return switch (circuit) {
            case "R0-p(R1,CPE1)-Wo1" -> new SeriesWarburg(10, r1, q, 0.85, 200, 1.0);
            case "R0-p(R1-Wo1,CPE1)" -> Randles.cpeWarburg(10, r1, q, 0.85, Diffusion.OPEN, 200, 1.0);
            default -> throw new IllegalArgumentException(circuit);
        };
    }

    @State(Scope.Benchmark)
    public static class One {
        @Param({"R0-p(R1,CPE1)-Wo1", "R0-p(R1-Wo1,CPE1)"})
        public String circuit;
        Spectrum spectrum;
        EisOptions options;

        @Setup(Level.Trial)
        public void setUp() {
            Model m = model(circuit, 100);
            spectrum = Spectrum.of(EisSpectra.spectrum(m, FREQ, NOISE, 42, false));
            options = EisOptions.defaults().withCircuit(circuit);
            check(EisAnalyzer.analyze(spectrum, options), m, 0.05);
        }
    }

    /** 64 seeded random Randles+CPE+Wo draws (parameters over decades), cycled: the typical fit, not one lucky one. */
    @State(Scope.Thread)
    public static class Draws {
        final List<Spectrum> spectra = new ArrayList<>();
        final EisOptions options = EisOptions.defaults().withCircuit("R0-p(R1-Wo1,CPE1)");
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            for (int s = 0; s < 64; s++) {
                Synthetic syn = EisSpectra.random(Kind.RANDLES_CPE_WO, 5000 + s, 1e5, 1e-2, 8, NOISE);
                spectra.add(Spectrum.of(syn.spectrum()));
            }
            if (spectra.get(0).size() != 57) {
                throw new IllegalStateException("expected 57 points, got " + spectra.get(0).size());
            }
        }
    }

    /**
     * 1,000 spectra: "series" is a measurement series (Rct drifting from 100 to 300 Ohm, new noise
     * each), where each fit starts from the previous result; "random" is 1,000 unrelated random draws,
     * where the previous result is no help.
     */
    @State(Scope.Benchmark)
    public static class Batch {
        @Param({"series", "random"})
        public String kind;
        @Param({"2"})
        public int threads;
        List<Spectrum> spectra;
        EisOptions options;

        @Setup(Level.Trial)
        public void setUp() {
            spectra = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                if (kind.equals("series")) {
                    spectra.add(Spectrum.of(EisSpectra.spectrum(model("R0-p(R1,CPE1)-Wo1", 100 * Math.pow(3, i / 999.0)), FREQ, NOISE,
                            7000 + i, false)));
                } else {
                    spectra.add(Spectrum.of(EisSpectra.random(Kind.RANDLES_CPE_WO, 9000 + i, 1e5, 1e-2, 8, NOISE).spectrum()));
                }
            }
            options = EisOptions.defaults().withCircuit(kind.equals("series") ? "R0-p(R1,CPE1)-Wo1" : "R0-p(R1-Wo1,CPE1)");
        }
    }

    /** CPU time of the benchmark thread per fit, averaged over each iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cpu {
        static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        public double cpuMsPerFit;
        private long nanos;
        private long fits;

        @Setup(Level.Iteration)
        public void reset() {
            nanos = 0;
            fits = 0;
            cpuMsPerFit = 0;
        }

        void add(long ns) {
            nanos += ns;
            fits++;
            cpuMsPerFit = nanos / 1e6 / fits;
        }
    }

    /** CPU time of the whole process (all threads) per batch. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class ProcessCpu {
        public double processCpuS;
        private long nanos;
        private long batches;

        @Setup(Level.Iteration)
        public void reset() {
            nanos = 0;
            batches = 0;
            processCpuS = 0;
        }

        static long now() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }

        void add(long ns) {
            nanos += ns;
            batches++;
            processCpuS = nanos / 1e9 / batches;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 10, time = 2)
    @Fork(1)
    public EisResult fitOne(One s, Cpu cpu) {
        long t0 = Cpu.THREADS.getCurrentThreadCpuTime();
        EisResult r = EisAnalyzer.analyze(s.spectrum, s.options);
        cpu.add(Cpu.THREADS.getCurrentThreadCpuTime() - t0);
        return r;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 10, time = 2)
    @Fork(1)
    public EisResult fitRandomDraws(Draws d, Cpu cpu) {
        Spectrum s = d.spectra.get(d.next++ & 63);
        long t0 = Cpu.THREADS.getCurrentThreadCpuTime();
        EisResult r = EisAnalyzer.analyze(s, d.options);
        cpu.add(Cpu.THREADS.getCurrentThreadCpuTime() - t0);
        return r;
    }

    /** Average time with 1 s iterations: each iteration is one batch (a batch takes longer than that). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public List<Result<EisResult>> batch1000(Batch b, ProcessCpu cpu) {
        long t0 = ProcessCpu.now();
        List<Result<EisResult>> r = EisBatch.fitSpectra(b.spectra, b.options, b.threads, Monitor.none());
        cpu.add(ProcessCpu.now() - t0);
        long failed = r.stream().filter(x -> !x.isOk()).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " of 1000 fits failed");
        }
        return r;
    }

    /** A benchmark of a wrong fit would be worthless: the set-up fit must land near the truth. */
    static void check(EisResult r, Model m, double tol) {
        m.truth().forEach((k, v) -> {
            double got = r.value(k).orElse(Double.NaN);
            if (!(Math.abs(got / v - 1) <= tol)) {
                throw new IllegalStateException(m.circuit() + ": " + k + " = " + got + ", truth " + v);
            }
        });
    }
}
