package org.nernst.cli.internal.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.nernst.analysis.cv.CdlAnalyzer;
import org.nernst.analysis.cv.CdlResult;
import org.nernst.analysis.cv.SpecificCapacitance;
import org.nernst.analysis.cv.StrippingAnalyzer;
import org.nernst.analysis.cv.StrippingResult;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ecsa cdl|hupd|co}: electrochemically active surface area (cli.md). */
@Command(name = "ecsa", description = "Electrochemically active surface area: double-layer capacitance, H-UPD or CO stripping.",
        subcommands = {EcsaCommand.Cdl.class, EcsaCommand.Hupd.class, EcsaCommand.Co.class})
public class EcsaCommand {

    /** The measurement with its file name recorded (scan rates may be in the name). */
    static Measurement named(Measurement m, Path f) {
        if (m.metadata().sourceFile().isEmpty()) {
            return m.withMetadata(m.metadata().toBuilder().sourceFile(f.getFileName().toString()).build());
        }
        return m;
    }

    /**
     * Specific activity = |j_geo| × A_geo / ECSA (current per real surface), with j from an {@code lsv --json} result
     * (default its kinetic current jk_mA_cm2 at the activity potential) and A_geo from its settings.
     */
    static Map<String, Object> withActivity(Map<String, Object> json, Path lsvResult, String field) {
        if (lsvResult == null) {
            return json;
        }
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(lsvResult.toFile());
        } catch (IOException e) {
            throw NernstException.input("cannot read the LSV result: " + e.getMessage(), Location.file(lsvResult.toString()));
        }
        JsonNode j = n.get(field);
        JsonNode a = n.path("settings").path("area_cm2");
        if (j == null || !j.isNumber() || !a.isNumber()) {
            throw NernstException.input("the LSV result needs a numeric '" + field + "' and settings.area_cm2",
                    Location.file(lsvResult.toString()));
        }
        Map<String, Object> out = new LinkedHashMap<>(json);
        double ecsa = ((Number) json.get("ecsa_cm2")).doubleValue();
        out.put("specific_activity_mA_cm2", Math.abs(j.asDouble()) * a.asDouble() / ecsa);
        @SuppressWarnings("unchecked")
        Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) json.get("settings"));
        s.put("lsv_result", lsvResult.toString());
        s.put("lsv_field", field);
        out.put("settings", s);
        return out;
    }

    static Optional<double[]> window(String option, String s) {
        if (s == null) {
            return Optional.empty();
        }
        String[] p = s.split(",");
        try {
            if (p.length == 2) {
                double lo = Double.parseDouble(p[0].strip());
                double hi = Double.parseDouble(p[1].strip());
                if (lo < hi) {
                    return Optional.of(new double[] {lo, hi});
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw NernstException.usage(option + " needs LO,HI with LO < HI (got " + s + ")");
    }

    @Command(name = "cdl", description = "Double-layer capacitance from a scan-rate series of CVs in a non-faradaic window, and ECSA = Cdl/Cs.")
    public static class Cdl extends AnalysisCommand {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "one CV per scan rate (>= 3)")
        List<Path> files;

        @Option(names = "--window", paramLabel = "LO,HI", description = "non-faradaic window in V (default: the middle 50 %% of the scanned range)")
        String window;

        @Option(names = "--cs", paramLabel = "MF_CM2", description = "specific capacitance in mF cm^-2")
        Double cs;

        @Option(names = "--electrolyte", paramLabel = "NAME", description = "alkaline|acid or an electrolyte name: Cs 0.040 / 0.035 mF cm^-2 (McCrory et al. 2013)")
        String electrolyte;

        @Option(names = "--rates", paramLabel = "LIST", split = ",", description = "scan rates in mV/s in file order")
        List<Double> rates = new ArrayList<>();

        @Option(names = "--lsv-result", paramLabel = "RESULT.json", description = "an `lsv --json` result: adds the specific activity |j| A_geo / ECSA")
        Path lsvResult;

        @Option(names = "--lsv-field", paramLabel = "NAME", description = "current-density field of the LSV result (default jk_mA_cm2)")
        String lsvField = "jk_mA_cm2";

        @Mixin
        ElectrodeArgs electrode = new ElectrodeArgs();

        @Override
        protected Analysis analyze() {
            if (cs != null && electrolyte != null) {
                throw NernstException.usage("give either --cs or --electrolyte, not both");
            }
            OptionalDouble c = OptionalDouble.empty();
            String source = "";
            if (cs != null) {
                if (!(cs > 0)) {
                    throw NernstException.usage("--cs must be positive (got " + cs + ")");
                }
                c = OptionalDouble.of(cs);
                source = "option";
            } else if (electrolyte != null) {
                SpecificCapacitance s = SpecificCapacitance.parse(electrolyte).orElseThrow(() -> NernstException.usage(
                        "--electrolyte: alkaline, acid, or a name containing KOH, NaOH, HClO4, H2SO4, HCl (got " + electrolyte + ")"));
                c = OptionalDouble.of(s.mfCm2());
                source = s.name().toLowerCase(java.util.Locale.ROOT) + ", " + SpecificCapacitance.SOURCE;
            }
            List<Measurement> ms = new ArrayList<>();
            for (Path f : files) {
                ms.add(named(read(f).first(), f));
            }
            CdlAnalyzer.Options o = new CdlAnalyzer.Options(electrode.toOptions(f -> read(f).first()), window("--window", window), c,
                    source, rates.stream().map(r -> r / 1000).toList(), CvCommand.opt(electrode.area));
            CdlResult r = CdlAnalyzer.analyze(ms, o);
            r.warnings().forEach(w -> ctx().err().println("warning: " + w));
            if (lsvResult != null && r.ecsaCm2().isEmpty()) {
                throw NernstException.usage("the specific activity needs the ECSA: give --cs or --electrolyte");
            }
            return new Analysis(withActivity(r.toJson(), lsvResult, lsvField), r.curves());
        }
    }

    /** Options shared by the two stripping commands. */
    abstract static class Stripping extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--window", paramLabel = "LO,HI", description = "integration window in V")
        String window;

        @Option(names = "--rate", paramLabel = "MV_S", description = "scan rate in mV/s (default: metadata, file name, data)")
        Double rate;

        @Option(names = "--lsv-result", paramLabel = "RESULT.json", description = "an `lsv --json` result: adds the specific activity |j| A_geo / ECSA")
        Path lsvResult;

        @Option(names = "--lsv-field", paramLabel = "NAME", description = "current-density field of the LSV result (default jk_mA_cm2)")
        String lsvField = "jk_mA_cm2";

        @Mixin
        ElectrodeArgs electrode = new ElectrodeArgs();

        StrippingAnalyzer.Options options(Optional<double[]> dl) {
            return new StrippingAnalyzer.Options(electrode.toOptions(f -> read(f).first()), window("--window", window), dl,
                    rate == null ? OptionalDouble.empty() : OptionalDouble.of(rate / 1000),
                    electrode.cycle == null ? OptionalInt.empty() : OptionalInt.of(electrode.cycle), CvCommand.opt(electrode.area));
        }

        Analysis done(StrippingResult r) {
            r.warnings().forEach(w -> ctx().err().println("warning: " + w));
            return new Analysis(withActivity(r.toJson(), lsvResult, lsvField), r.curves());
        }
    }

    @Command(name = "hupd", description = "Pt surface area from the H-UPD desorption charge above the double-layer current (210 µC cm^-2).")
    public static class Hupd extends Stripping {
        @Option(names = "--dl-window", paramLabel = "LO,HI", description = "double-layer window of the baseline (default 0.40,0.50 V vs RHE)")
        String dlWindow;

        @Override
        protected Analysis analyze() {
            return done(StrippingAnalyzer.hupd(named(read(file).first(), file), options(window("--dl-window", dlWindow))));
        }
    }

    @Command(name = "co", description = "Pt surface area from the CO stripping charge above a baseline CV (420 µC cm^-2).")
    public static class Co extends Stripping {
        @Option(names = "--baseline", paramLabel = "FILE", description = "CV after stripping (default: the second cycle of FILE)")
        Path baseline;

        @Override
        protected Analysis analyze() {
            Optional<Measurement> b = baseline == null ? Optional.empty() : Optional.of(named(read(baseline).first(), baseline));
            return done(StrippingAnalyzer.co(named(read(file).first(), file), b, options(Optional.empty())));
        }
    }
}
