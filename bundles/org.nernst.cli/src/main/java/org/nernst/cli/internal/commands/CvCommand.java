package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.nernst.analysis.cv.CvAnalyzer;
import org.nernst.analysis.cv.CvOptions;
import org.nernst.analysis.cv.CvResult;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cv", description = "Cyclic voltammogram peaks per cycle (baseline-corrected), ΔEp, E1/2, charges; "
        + "with several files at different scan rates, the Randles–Ševčík diffusion coefficient.")
public class CvCommand extends AnalysisCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "CV file(s); several files form a scan-rate series")
    List<Path> files;

    @Option(names = "--rates", paramLabel = "LIST", split = ",", description = "scan rates in mV/s in file order (default: metadata, file name, data)")
    List<Double> rates = new ArrayList<>();

    @Option(names = "--n", paramLabel = "N", description = "electrons of the couple (default 1)")
    double electrons = 1;

    @Option(names = "--conc", paramLabel = "MOL_CM3", description = "bulk concentration for the diffusion coefficient")
    Double conc;

    @Option(names = "--baseline-fraction", paramLabel = "F", description = "share of each sweep for the linear baseline (default 0.1)")
    double baselineFraction = 0.1;

    @Mixin
    ElectrodeArgs electrode = new ElectrodeArgs();

    @Override
    protected Analysis analyze() {
        List<Measurement> ms = new ArrayList<>();
        for (Path f : files) {
            ms.add(EcsaCommand.named(read(f).first(), f));
        }
        CvOptions o = CvOptions.defaults().withCorrections(electrode.toOptions(f -> read(f).first()))
                .withDiffusion(electrons, opt(conc), opt(electrode.area))
                .withScanRates(rates.stream().map(r -> r / 1000).toList()).withBaselineFraction(baselineFraction);
        CvResult r = CvAnalyzer.analyze(ms, o);
        r.warnings().forEach(w -> ctx().err().println("warning: " + w));
        return new Analysis(r.toJson(), r.curves());
    }

    static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
