package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nernst.analysis.rde.Electrolyte;
import org.nernst.analysis.rde.KlAnalyzer;
import org.nernst.analysis.rde.KlOptions;
import org.nernst.analysis.rde.KlResult;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "kl", description = "Koutecky-Levich analysis of LSVs at several rotation rates: n and j_k per potential.")
public class KlCommand extends AnalysisCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "one sweep per rotation rate (any supported format)")
    List<Path> files;

    @Option(names = "--rpm", paramLabel = "LIST", split = ",", description = "rotation rates in file order (default: metadata or file name)")
    List<Double> rpm = new ArrayList<>();

    @Option(names = "--electrolyte", paramLabel = "NAME", description = "0.1M-KOH, 0.1M-HClO4, 0.5M-H2SO4, 1M-KOH")
    String electrolyte;

    @Option(names = "--c0", paramLabel = "MOL_CM3", description = "O2 concentration (with --d0 --nu instead of --electrolyte)")
    Double c0;

    @Option(names = "--d0", paramLabel = "CM2_S", description = "O2 diffusion coefficient")
    Double d0;

    @Option(names = "--nu", paramLabel = "CM2_S", description = "kinematic viscosity")
    Double nu;

    @Option(names = "--at", paramLabel = "E1,E2", split = ",", description = "potentials (V, RHE when known); default a grid over the mixed-control region")
    List<Double> at = new ArrayList<>();

    @Option(names = "--grid-step", paramLabel = "V", description = "spacing of the default grid (default 0.01 V)")
    Double gridStep;

    @Mixin
    ElectrodeArgs electrode = new ElectrodeArgs();

    @Override
    protected Analysis analyze() {
        KlOptions o = KlOptions.defaults(electrolyte()).withRpm(rpm).withAt(at);
        if (gridStep != null) {
            o = o.withGridStep(gridStep);
        }
        var corrections = electrode.toOptions(this::measurement);
        List<Measurement> ms = new ArrayList<>();
        for (Path f : files) {
            ms.add(measurement(f));
        }
        KlResult r = KlAnalyzer.analyze(ms, o, corrections);
        return new Analysis(r.toJson(), r.curves());
    }

    private Electrolyte electrolyte() {
        boolean custom = c0 != null || d0 != null || nu != null;
        if (electrolyte != null && custom) {
            throw NernstException.usage("give either --electrolyte or --c0 --d0 --nu, not both");
        }
        if (electrolyte != null) {
            return Electrolyte.require(electrolyte);
        }
        if (c0 == null || d0 == null || nu == null) {
            throw NernstException.usage("kl needs --electrolyte NAME (0.1M-KOH, 0.1M-HClO4, 0.5M-H2SO4, 1M-KOH) or all of --c0 --d0 --nu");
        }
        return Electrolyte.custom(c0, d0, nu);
    }

    /** The file's first measurement, named after the file (the rotation rate may be in the name). */
    Measurement measurement(Path f) {
        Measurement m = read(f).first();
        if (m.metadata().sourceFile().isEmpty()) {
            m = m.withMetadata(m.metadata().toBuilder().sourceFile(f.getFileName().toString()).build());
        }
        return m;
    }
}
