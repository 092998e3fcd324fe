package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.nernst.analysis.cv.AdtAnalyzer;
import org.nernst.analysis.cv.AdtResult;
import org.nernst.analysis.cv.RetentionAnalyzer;
import org.nernst.analysis.cv.RetentionResult;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stability adt|retention} (cli.md). */
@Command(name = "stability", description = "Durability: shifts after an accelerated durability test, CA/CP retention, tolerance steps.",
        subcommands = {StabilityCommand.Adt.class, StabilityCommand.Retention.class})
public class StabilityCommand {

    @Command(name = "adt", description = "ΔE1/2 (orr) or Δη10 (oer/her) = after - before, from two LSVs analysed alike.")
    public static class Adt extends AnalysisCommand {
        @Option(names = "--before", required = true, paramLabel = "FILE")
        Path before;

        @Option(names = "--after", required = true, paramLabel = "FILE")
        Path after;

        @Option(names = "--reaction", required = true, paramLabel = "orr|oer|her")
        String reaction;

        @Option(names = "--cycles", paramLabel = "N", description = "number of ADT cycles between the two curves")
        Integer cycles;

        @Mixin
        ElectrodeArgs electrode = new ElectrodeArgs();

        @Override
        protected Analysis analyze() {
            Reaction r = Reaction.parse(reaction).orElseThrow(() -> NernstException.usage("--reaction must be orr, oer or her (got " + reaction + ")"));
            if (cycles != null && cycles < 0) {
                throw NernstException.usage("--cycles must be >= 0");
            }
            LsvOptions o = LsvOptions.of(r, electrode.toOptions(f -> read(f).first()));
            Measurement b = EcsaCommand.named(read(before).first(), before);
            Measurement a = EcsaCommand.named(read(after).first(), after);
            AdtResult res = AdtAnalyzer.analyze(b, a, o, cycles == null ? OptionalInt.empty() : OptionalInt.of(cycles));
            res.warnings().forEach(w -> ctx().err().println("warning: " + w));
            return new Analysis(res.toJson(), res.curves());
        }
    }

    @Command(name = "retention", description = "Chronoamperometric retention (%% of initial |j|) or chronopotentiometric ΔE and drift; optional tolerance step.")
    public static class Retention extends AnalysisCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--window", paramLabel = "FROM,TO", description = "analysed span in s (default: after the first 60 s to the end)")
        String window;

        @Option(names = "--skip", paramLabel = "S", description = "charging transient left out at the start (default 60 s)")
        double skip = 60;

        @Option(names = "--average", paramLabel = "FRACTION", description = "averaging window as a share of the span (default 0.01)")
        double average = 0.01;

        @Option(names = "--inject-at", paramLabel = "S", description = "tolerance test: time of the methanol/CO injection")
        Double injectAt;

        @Option(names = "--detect-step", description = "tolerance test: find the injection as the largest step of the current")
        boolean detect;

        @Option(names = "--step-window", paramLabel = "S", description = "averaging window before/after the injection (default 30 s)")
        double stepWindow = 30;

        @Option(names = "--settle", paramLabel = "S", description = "time after the injection left out (default 30 s)")
        double settle = 30;

        @Override
        protected Analysis analyze() {
            if (!(average > 0 && average < 0.5)) {
                throw NernstException.usage("--average must lie between 0 and 0.5");
            }
            RetentionAnalyzer.Options o = new RetentionAnalyzer.Options(skip, average, EcsaCommand.window("--window", window),
                    injectAt == null ? OptionalDouble.empty() : OptionalDouble.of(injectAt), detect, stepWindow, settle);
            Measurement m = ZabCommand.pick(read(file), Set.of(Technique.CA, Technique.CP), file);
            RetentionResult r = RetentionAnalyzer.analyze(m, o);
            r.warnings().forEach(w -> ctx().err().println("warning: " + w));
            return new Analysis(r.toJson(), r.curves());
        }
    }
}
