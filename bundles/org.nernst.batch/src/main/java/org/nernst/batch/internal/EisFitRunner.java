package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.analysis.eis.EisAnalyzer;
import org.nernst.analysis.eis.EisOptions;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.analysis.eis.Weighting;
import org.nernst.batch.AnalysisRunner;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.batch.RunOutput;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * Impedance spectra: the equivalent-circuit fit of the eis command (settings "circuit", "weighting",
 * "kk", and "drt" for the distribution of relaxation times, see {@link EisDrt}). When the fit fails,
 * the high-frequency intercept is still reported, with a warning.
 */
final class EisFitRunner implements AnalysisRunner {
    @Override
    public String id() {
        return "eis";
    }

    @Override
    public boolean accepts(Technique t, Measurement m) {
        return t == Technique.EIS && m.channel(Role.FREQUENCY).isPresent();
    }

    @Override
    public RunOutput run(Measurement m, ProjectSettings s) {
        EisOptions o = EisOptions.defaults().withCircuit(s.text("circuit").orElse(EisOptions.DEFAULT_CIRCUIT))
                .withWeighting(Weighting.parse(s.text("weighting").orElse("modulus")))
                .withKk(s.text("kk").map(Boolean::parseBoolean).orElse(false)).withRestarts(8, 1);
        List<String> notes = new ArrayList<>();
        List<Measurement> spectra = Spectrum.split(m);
        if (spectra.size() > 1) {
            notes.add("the file holds " + spectra.size() + " spectra: the batch fits the first (nernst eis fits the series)");
        }
        EisResult r;
        try {
            r = EisAnalyzer.analyze(spectra.isEmpty() ? m : spectra.get(0), o);
        } catch (NernstException e) {
            if (e.kind() == NernstException.Kind.USAGE) {
                throw e;
            }
            RunOutput hf = new EisInterceptRunner().run(m, s);
            Map<String, Object> doc = new LinkedHashMap<>(hf.json());
            List<Object> w = new ArrayList<>((List<?>) doc.get("warnings"));
            w.add(0, "circuit fit failed (" + e.getMessage() + "): only the high-frequency intercept is reported");
            doc.put("warnings", w);
            return new RunOutput(doc, hf.plot());
        }
        Map<String, Object> doc = new LinkedHashMap<>(r.toJson());
        if (!notes.isEmpty()) {
            List<Object> w = new ArrayList<>(notes);
            w.addAll((List<?>) doc.get("warnings"));
            doc.put("warnings", w);
        }
        List<Plot> drt = EisDrt.enabled(s) ? EisDrt.add(doc, spectra.isEmpty() ? m : spectra.get(0), s) : List.of();
        return new RunOutput(doc, Optional.of(nyquist(m, r)), drt);
    }

    private static Plot nyquist(Measurement m, EisResult r) {
        double[] im = r.data().im().clone();
        double[] fit = r.fitImag().clone();
        for (int i = 0; i < im.length; i++) {
            im[i] = -im[i];
            fit[i] = -fit[i];
        }
        return new Plot(m.metadata().sourceFile().orElse("EIS") + " (" + r.circuit() + ")", "Z' / \u03a9", "-Z'' / \u03a9",
                List.of(new Plot.Series("measured", r.data().re(), im), new Plot.Series("fit", r.fitReal(), fit)));
    }
}
