package org.nernst.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.nernst.analysis.cycling.CycleOptions;
import org.nernst.analysis.cycling.CyclingSummary;
import org.nernst.analysis.cycling.CyclingSummaryAnalyzer;
import org.nernst.analysis.cycling.DischargeAnalyzer;
import org.nernst.analysis.cycling.DischargeOptions;
import org.nernst.analysis.cycling.DischargeResult;
import org.nernst.analysis.cycling.PolarizationAnalyzer;
import org.nernst.analysis.cycling.PolarizationOptions;
import org.nernst.analysis.cycling.PolarizationResult;
import org.nernst.analysis.cycling.ZnAirCycleAnalyzer;
import org.nernst.analysis.cycling.ZnAirCycleResult;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;
import org.nernst.io.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Zn-air battery commands ({@code zab cycle|polarization|discharge}, cli.md) and the general battery
 * cycling summary ({@code cycling summary}). Thin: options in, analysis bundle out.
 */
@Command(name = "zab", description = "Zn-air battery metrics: cycling gap and efficiency, polarization and power, discharge capacity.",
        subcommands = {ZabCommand.Cycle.class, ZabCommand.Polarization.class, ZabCommand.Discharge.class})
public class ZabCommand {

    /** The measurement to analyse: the first one recorded with a fitting technique, else the first. */
    static Measurement pick(ImportResult r, Set<Technique> preferred, Path file) {
        if (r.measurements().isEmpty()) {
            throw NernstException.input("no measurement in the file", Location.file(file.toString()));
        }
        return r.measurements().stream().filter(m -> preferred.contains(m.metadata().technique())).findFirst()
                .orElse(r.first());
    }

    static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    static CycleOptions cycleOptions(Double maxGap, Double minRte, Double restMilliA, boolean noSteps, Double massG) {
        return new CycleOptions(opt(maxGap), opt(minRte), restMilliA == null ? OptionalDouble.empty() : OptionalDouble.of(restMilliA / 1000),
                !noSteps, opt(massG));
    }

    @Command(name = "cycle", description = "Galvanostatic Zn-air cycling: per-cycle charge/discharge voltage, gap, round-trip efficiency.")
    public static class Cycle extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--max-gap", paramLabel = "V", description = "cycle life ends at the first cycle whose gap exceeds this")
        Double maxGap;

        @Option(names = "--min-rte", paramLabel = "PCT", description = "cycle life ends at the first cycle whose voltage efficiency falls below this")
        Double minRte;

        @Option(names = "--rest-current", paramLabel = "MA", description = "|I| (mA) at or below which a point is a rest; default 1 %% of the typical current")
        Double restCurrent;

        @Option(names = "--no-steps", description = "ignore the cycler's step columns; split by the current's sign only")
        boolean noSteps;

        @Override
        protected Analysis analyze() {
            Measurement m = pick(read(file), Set.of(Technique.GCPL, Technique.CP), file);
            ZnAirCycleResult r = ZnAirCycleAnalyzer.analyze(m, cycleOptions(maxGap, minRte, restCurrent, noSteps, null));
            r.warnings().forEach(w -> ctx().err().println("warning: " + w.message()));
            return new Analysis(r.toJson(), r.curves());
        }
    }

    @Command(name = "polarization", description = "Discharge polarization: OCV, power density curve, peak power and its current density.")
    public static class Polarization extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--area", paramLabel = "CM2", description = "electrode area; default: the file's, with a warning")
        Double area;

        @Option(names = "--peak-window", paramLabel = "FRACTION", description = "fit the voltage where the power is at least this fraction of its maximum (default 0.9)")
        Double peakWindow;

        @Override
        protected Analysis analyze() {
            Measurement m = pick(read(file), Set.of(Technique.POLARIZATION, Technique.LSV), file);
            PolarizationOptions o = PolarizationOptions.defaults();
            if (area != null) {
                o = o.withArea(area);
            }
            if (peakWindow != null) {
                if (!(peakWindow > 0 && peakWindow < 1)) {
                    throw NernstException.usage("--peak-window must lie between 0 and 1, got " + peakWindow);
                }
                o = o.withPeakWindow(peakWindow);
            }
            PolarizationResult r = PolarizationAnalyzer.analyze(m, o);
            r.warnings().forEach(w -> ctx().err().println("warning: " + w.message()));
            return new Analysis(r.toJson(), r.curves());
        }
    }

    @Command(name = "discharge", description = "Discharge capacity and energy per gram of zinc consumed, mean voltage.")
    public static class Discharge extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--zinc-mass", paramLabel = "G", description = "mass of zinc consumed (g)")
        Double zincMass;

        @Option(names = "--cutoff", paramLabel = "V", description = "count the discharge only down to this voltage")
        Double cutoff;

        @Option(names = "--rest-current", paramLabel = "MA", description = "|I| (mA) at or below which a point is a rest")
        Double restCurrent;

        @Override
        protected Analysis analyze() {
            if (zincMass != null && !(zincMass > 0)) {
                throw NernstException.usage("--zinc-mass must be positive, got " + zincMass);
            }
            Measurement m = pick(read(file), Set.of(Technique.CP, Technique.GCPL), file);
            DischargeOptions o = new DischargeOptions(opt(zincMass), opt(cutoff),
                    restCurrent == null ? OptionalDouble.empty() : OptionalDouble.of(restCurrent / 1000));
            DischargeResult r = DischargeAnalyzer.analyze(m, o);
            r.warnings().forEach(w -> ctx().err().println("warning: " + w.message()));
            return new Analysis(r.toJson(), r.curves());
        }
    }

    /** {@code cycling summary FILE [--csv OUT]}: the per-cycle table battery researchers expect. */
    @Command(name = "cycling", description = "Battery cycling (any chemistry).", subcommands = {ZabCommand.Summary.class})
    public static class Cycling {
    }

    @Command(name = "summary", description = "Per-cycle charge/discharge capacity, coulombic and energy efficiency; optional CSV.")
    public static class Summary extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--csv", paramLabel = "OUT", description = "write the summary table as CSV")
        Path csv;

        @Option(names = "--mass", paramLabel = "G", description = "active mass (g) for specific capacities")
        Double mass;

        @Option(names = "--rest-current", paramLabel = "MA", description = "|I| (mA) at or below which a point is a rest")
        Double restCurrent;

        @Option(names = "--no-steps", description = "ignore the cycler's step and cycle columns")
        boolean noSteps;

        @Override
        protected Analysis analyze() throws Exception {
            Measurement m = pick(read(file), Set.of(Technique.GCPL, Technique.CP), file);
            CyclingSummary s = CyclingSummaryAnalyzer.analyze(m, cycleOptions(null, null, restCurrent, noSteps, mass));
            s.warnings().forEach(w -> ctx().err().println("warning: " + w.message()));
            if (csv != null) {
                Files.writeString(csv, s.toCsv());
            }
            Map<String, Object> doc = s.toJson();
            return new Analysis(doc, s.curves());
        }
    }
}
