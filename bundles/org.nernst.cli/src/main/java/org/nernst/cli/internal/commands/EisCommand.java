package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.analysis.eis.EisAnalyzer;
import org.nernst.analysis.eis.EisBatch;
import org.nernst.analysis.eis.EisOptions;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.analysis.eis.Weighting;
import org.nernst.cli.AnalysisCommand;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.Result;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eis", description = "Equivalent-circuit fit (no initial guess needed), charge-transfer resistance, Lin-KK validity.")
public class EisCommand extends AnalysisCommand {
    @Parameters(paramLabel = "FILE", description = "impedance spectrum (any supported format); several spectra in one file are fitted as a series")
    Path file;

    @Option(names = "--circuit", paramLabel = "STR", description = "circuit in impedance.py notation (default ${DEFAULT-VALUE})")
    String circuit = EisOptions.DEFAULT_CIRCUIT;

    @Option(names = "--weighting", paramLabel = "W", description = "unit, proportional or modulus (default ${DEFAULT-VALUE})")
    String weighting = "modulus";

    @Option(names = "--kk", description = "run the Lin-KK validity test")
    boolean kk;

    @Option(names = "--rct", paramLabel = "NAME", description = "resistor to report as rct_ohm (default: the one in parallel with the first C/CPE)")
    String rct;

    @Option(names = "--fix", paramLabel = "NAME=V", split = ",", description = "hold parameters at values, e.g. R0=12.5,CPE1_1=0.9")
    Map<String, Double> fixed = new LinkedHashMap<>();

    @Option(names = "--initial", paramLabel = "NAME=V", split = ",", description = "optional starting values, e.g. R1=100")
    Map<String, Double> initial = new LinkedHashMap<>();

    @Option(names = "--drop-inductive", description = "remove points with Im Z > 0 before fitting")
    boolean dropInductive;

    @Option(names = "--f-min", paramLabel = "HZ", description = "ignore points below this frequency")
    Double fMin;

    @Option(names = "--f-max", paramLabel = "HZ", description = "ignore points above this frequency")
    Double fMax;

    @Option(names = "--restarts", paramLabel = "N", description = "seeded restarts when the first fit is worse than the data allow (default ${DEFAULT-VALUE})")
    int restarts = 8;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the restarts (default ${DEFAULT-VALUE})")
    long seed = 1;

    @picocli.CommandLine.Mixin
    DrtArgs drt = new DrtArgs();

    @Override
    protected Analysis analyze() {
        EisOptions o = EisOptions.defaults().withCircuit(circuit).withWeighting(Weighting.parse(weighting)).withKk(kk)
                .withFixed(fixed).withInitial(initial).withDropInductive(dropInductive).withRestarts(restarts, seed)
                .withFrequencyRange(fMin == null ? OptionalDouble.empty() : OptionalDouble.of(fMin),
                        fMax == null ? OptionalDouble.empty() : OptionalDouble.of(fMax));
        if (rct != null) {
            o = o.withRct(rct);
        }
        Measurement m = read(file).first();
        List<Measurement> spectra = Spectrum.split(m);
        if (spectra.size() == 1) {
            EisResult r = EisAnalyzer.analyze(m, o);
            if (drt.enabled) {
                Measurement[] c = {r.curves()};
                Map<String, Object> j = drt.addTo(r.toJson(), m, drt.options(weighting), c);
                return new Analysis(j, c[0]);
            }
            return new Analysis(r.toJson(), r.curves());
        }
        List<Result<EisResult>> results = EisBatch.fit(spectra, o, Runtime.getRuntime().availableProcessors(), Monitor.none());
        List<Object> list = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < results.size(); i++) {
            Result<EisResult> r = results.get(i);
            if (r.isOk()) {
                Map<String, Object> one = r.value().orElseThrow().toJson();
                list.add(drt.enabled ? drt.addTo(one, spectra.get(i), drt.options(weighting), null) : one);
            } else {
                failed++;
                list.add(Map.of("error", Map.of("message", r.error().orElseThrow().message())));
            }
        }
        if (failed == results.size()) {
            throw NernstException.analysis("no spectrum of " + file.getFileName() + " could be fitted");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n_spectra", results.size());
        json.put("spectra", list);
        json.put("settings", o.toJson());
        json.put("warnings", failed == 0 ? List.of() : List.of(failed + " of " + results.size() + " spectra could not be fitted"));
        Measurement curves = results.get(results.size() - 1).value().map(EisResult::curves).orElse(null);
        return new Analysis(json, curves);
    }
}
