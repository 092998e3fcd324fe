package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import org.nernst.analysis.rde.RrdeAnalyzer;
import org.nernst.analysis.rde.RrdeOptions;
import org.nernst.analysis.rde.RrdeResult;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rrde", description = "Rotating ring-disk: electron number and H2O2 yield per potential and averaged.")
public class RrdeCommand extends AnalysisCommand {
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "one file with disk and ring current channels")
    Path file;

    @Option(names = "--disk", paramLabel = "FILE", description = "disk record (with --ring)")
    Path disk;

    @Option(names = "--ring", paramLabel = "FILE", description = "ring record (with --disk), aligned in time")
    Path ring;

    @Option(names = "--collection", paramLabel = "N", required = true, description = "collection efficiency N of the ring-disk electrode")
    double collection;

    @Option(names = "--range", paramLabel = "LO,HI", split = ",", description = "averaging range in V (default where |I_disk| >= 20 %% of its maximum)")
    double[] range;

    @Option(names = "--step", paramLabel = "V", description = "spacing of the reported points (default 0.05 V)")
    Double step;

    @Mixin
    ElectrodeArgs electrode = new ElectrodeArgs();

    @Override
    protected Analysis analyze() {
        RrdeOptions o = RrdeOptions.defaults(collection);
        if (range != null) {
            if (range.length != 2) {
                throw NernstException.usage("--range takes LO,HI");
            }
            o = o.withRange(range[0], range[1]);
        }
        if (step != null) {
            o = o.withGridStep(step);
        }
        var corrections = electrode.toOptions(this::measurement);
        RrdeResult r;
        if (file != null && disk == null && ring == null) {
            r = RrdeAnalyzer.analyze(measurement(file), o, corrections);
        } else if (file == null && disk != null && ring != null) {
            r = RrdeAnalyzer.analyze(measurement(disk), measurement(ring), o, corrections);
        } else {
            throw NernstException.usage("give either one FILE with disk and ring channels, or --disk FILE --ring FILE");
        }
        return new Analysis(r.toJson(), r.curves());
    }

    Measurement measurement(Path f) {
        Measurement m = read(f).first();
        if (m.metadata().sourceFile().isEmpty()) {
            m = m.withMetadata(m.metadata().toBuilder().sourceFile(f.getFileName().toString()).build());
        }
        return m;
    }
}
