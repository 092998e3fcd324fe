package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.LsvAnalyzer;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.LsvResult;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.HighFrequencyIntercept;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lsv", description = "LSV/Tafel metrics: ORR onset, E1/2, jL, kinetic Tafel, activities; OER/HER E at 10 mA cm^-2, eta10, Tafel, j0.")
public class LsvCommand extends AnalysisCommand {
    @Parameters(paramLabel = "FILE", description = "LSV or CV file (any supported format)")
    Path file;

    @Option(names = "--reaction", required = true, paramLabel = "orr|oer|her")
    String reaction;

    @Option(names = "--eis", paramLabel = "FILE", description = "take Ru from the high-frequency intercept of this impedance file")
    Path eis;

    @Option(names = "--loading", paramLabel = "MG_CM2", description = "catalyst loading for the ORR mass activity")
    Double loading;

    @Option(names = "--ecsa", paramLabel = "CM2", description = "electrochemically active area for the ORR specific activity")
    Double ecsa;

    @Option(names = "--activity-potential", paramLabel = "V", description = "potential of the ORR activities, V vs RHE (default 0.9)")
    double activityPotential = 0.9;

    @Option(names = "--onset-threshold", paramLabel = "MA_CM2", description = "onset threshold on |j| (default 0.1)")
    double onsetThreshold = 0.1;

    @Option(names = "--onset-method", paramLabel = "threshold|tangent")
    String onsetMethod = "threshold";

    @Option(names = "--tafel-range", paramLabel = "LO,HI", description = "Tafel window (V, on the result's scale) instead of the automatic one")
    String tafelRange;

    @Option(names = "--tafel-decades", paramLabel = "N", description = "span of the automatic Tafel window (default 1)")
    double tafelDecades = 1.0;

    @Option(names = "--kinetic-fraction", paramLabel = "F", description = "ORR Tafel only where |j| <= F |jL| (default 0.8)")
    double kineticFraction = 0.8;

    @Option(names = "--plateau-window", paramLabel = "LO,HI", description = "ORR limiting-current window (default: the 0.1 V most negative)")
    String plateauWindow;

    @Option(names = "--at-j", paramLabel = "LIST", split = ",", description = "more current densities (mA cm^-2, magnitudes) for E at j (OER/HER)")
    List<Double> atJ = new ArrayList<>();

    @Mixin
    ElectrodeArgs electrode = new ElectrodeArgs();

    @Option(names = "--average-sweeps", description = "capacitive correction: mean of both sweeps of the CV cycle")
    boolean averageSweeps;

    @Option(names = "--smooth", paramLabel = "WINDOW[,ORDER]", description = "Savitzky-Golay smoothing (odd window in points, order default 2)")
    String smooth;

    @Option(names = "--resample-step", paramLabel = "V", description = "potential grid step (default: the file's median step)")
    Double resampleStep;

    @Override
    protected Analysis analyze() {
        Reaction r = Reaction.parse(reaction).orElseThrow(() -> NernstException.usage("--reaction must be orr, oer or her (got " + reaction + ")"));
        if (electrode.ru != null && eis != null) {
            throw NernstException.usage("give either --ru or --eis, not both");
        }
        CorrectionOptions.Builder c = electrode.toBuilder(f -> read(f).first());
        Optional.ofNullable(resampleStep).ifPresent(c::resampleStepV);
        List<String> notes = new ArrayList<>();
        if (eis != null) {
            List<Diagnostic> w = new ArrayList<>();
            double fromEis = HighFrequencyIntercept.ruOhm(read(eis).first(), w);
            w.forEach(d -> notes.add(d.message()));
            notes.add(String.format(java.util.Locale.ROOT, "Ru = %.4g Ohm from the high-frequency intercept of %s", fromEis, eis.getFileName()));
            c.ruOhm(fromEis);
        }
        c.averageSweeps(averageSweeps);
        if (smooth != null) {
            double[] s = numbers("--smooth", smooth, 1, 2);
            c.smoothing((int) s[0], s.length > 1 ? (int) s[1] : 2);
        }
        LsvOptions o = LsvOptions.of(r, c.build())
                .withOnset(onsetThreshold, parseOnset(onsetMethod))
                .withPlateau(0.1, Optional.ofNullable(plateauWindow).map(s -> window("--plateau-window", s)))
                .withTafel(Optional.ofNullable(tafelRange).map(s -> window("--tafel-range", s)), tafelDecades, kineticFraction)
                .withActivity(activityPotential, opt(loading), opt(ecsa))
                .withCurrentDensities(atJ);
        LsvResult res = LsvAnalyzer.analyze(read(file).first(), o);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.putAll(res.toJson());
        if (!notes.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object> w = new ArrayList<>((List<Object>) json.get("warnings"));
            w.addAll(0, notes);
            json.put("warnings", w);
        }
        if (eis != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) json.get("settings"));
            s.put("ru_source", eis.toString());
            json.put("settings", s);
        }
        if (this.json) {
            // the document carries the warnings; stderr shows them to a human watching a script
            ((List<?>) json.get("warnings")).forEach(w -> ctx().err().println("warning: " + w));
        }
        return new Analysis(json, res.curves());
    }

    private static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private static LsvOptions.OnsetMethod parseOnset(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "threshold" -> LsvOptions.OnsetMethod.THRESHOLD;
            case "tangent" -> LsvOptions.OnsetMethod.TANGENT;
            default -> throw NernstException.usage("--onset-method must be threshold or tangent");
        };
    }

    private static LsvOptions.Window window(String option, String s) {
        double[] v = numbers(option, s, 2, 2);
        if (!(v[0] < v[1])) {
            throw NernstException.usage(option + " needs LO,HI with LO < HI (got " + s + ")");
        }
        return new LsvOptions.Window(v[0], v[1]);
    }

    private static double[] numbers(String option, String s, int min, int max) {
        String[] parts = s.split(",");
        if (parts.length < min || parts.length > max) {
            throw NernstException.usage(option + " expects " + (min == max ? min : min + " to " + max) + " comma-separated numbers (got " + s + ")");
        }
        double[] v = new double[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                v[k] = Double.parseDouble(parts[k].strip());
            } catch (NumberFormatException e) {
                throw NernstException.usage(option + ": not a number: " + parts[k]);
            }
        }
        return v;
    }
}
