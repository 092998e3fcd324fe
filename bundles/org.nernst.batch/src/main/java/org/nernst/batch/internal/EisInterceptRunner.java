package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.analysis.lsv.corrections.HighFrequencyIntercept;
import org.nernst.batch.AnalysisRunner;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.batch.RunOutput;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * Impedance spectra: the high-frequency intercept (the series resistance used for iR correction)
 * and a Nyquist plot: what is still reported when the equivalent-circuit fit fails, and the
 * analysis of spectra the fit runner does not take.
 */
final class EisInterceptRunner implements AnalysisRunner {
    @Override
    public String id() {
        return "eis-intercept";
    }

    @Override
    public boolean accepts(Technique t, Measurement m) {
        return t == Technique.EIS && m.channel(Role.Z_REAL).isPresent() && m.channel(Role.Z_IMAG).isPresent();
    }

    @Override
    public RunOutput run(Measurement m, ProjectSettings s) {
        List<Diagnostic> w = new ArrayList<>();
        double ru = HighFrequencyIntercept.ruOhm(m, w);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("hf_intercept_ohm", ru);
        doc.put("n_points", m.rows());
        doc.put("settings", Map.of("method", "high-frequency intercept of the Nyquist plot"));
        doc.put("warnings", w.stream().map(Diagnostic::message).toList());
        return new RunOutput(doc, nyquist(m));
    }

    static Optional<Plot> nyquist(Measurement m) {
        Optional<Channel> re = m.channel(Role.Z_REAL);
        Optional<Channel> im = m.channel(Role.Z_IMAG);
        if (re.isEmpty() || im.isEmpty()) {
            return Optional.empty();
        }
        double[] y = im.get().toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] = -y[i];
        }
        return Optional.of(new Plot(m.metadata().sourceFile().orElse("EIS"), "Z' / \u03a9", "-Z'' / \u03a9",
                List.of(new Plot.Series("spectrum", re.get().toArray(), y))));
    }
}
