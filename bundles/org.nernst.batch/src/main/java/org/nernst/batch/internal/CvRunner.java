package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nernst.analysis.cv.CvAnalyzer;
import org.nernst.analysis.cv.CvOptions;
import org.nernst.analysis.cv.CvResult;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.batch.AnalysisRunner;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.batch.RunOutput;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * Cyclic voltammograms: the peak analysis of the cv command (CvAnalyzer with the same corrections), so
 * a row equals {@code nernst cv FILE}. The summary columns are those of the last cycle (the stabilised
 * one) plus the number of cycles; the full per-cycle list stays in the result. CVs recorded for an
 * LSV analysis (rotating electrode, or a reaction token orr/oer/her or an rpm in the file name) are
 * left to the LSV runner, which takes their last positive-going sweep, as the lsv command does.
 */
final class CvRunner implements AnalysisRunner {
    private static final Pattern LSV_NAME = Pattern.compile("(?i)(?:^|[^a-z])(orr|oer|her)(?:[^a-z]|$)|\\d\\s*rpm");

    @Override
    public String id() {
        return "cv";
    }

    @Override
    public boolean accepts(Technique t, Measurement m) {
        if (t != Technique.CV || m.channel(Role.POTENTIAL).isEmpty() || m.channel(Role.CURRENT).isEmpty()) {
            return false;
        }
        boolean rotating = m.metadata().rotationRpm().isPresent() && m.metadata().rotationRpm().getAsDouble() > 0;
        return !rotating && !LSV_NAME.matcher(m.metadata().sourceFile().orElse("")).find();
    }

    @Override
    public RunOutput run(Measurement m, ProjectSettings s) {
        CvResult r = CvAnalyzer.analyze(List.of(m), CvOptions.defaults().withCorrections(corrections(s)));
        Map<String, Object> doc = new LinkedHashMap<>(r.toJson());
        Map<String, Object> summary = new LinkedHashMap<>();
        if (doc.get("cycles") instanceof List<?> cycles && !cycles.isEmpty()) {
            summary.put("n_cycles", cycles.size());
            if (cycles.get(cycles.size() - 1) instanceof Map<?, ?> last) {
                last.forEach((k, v) -> summary.put(String.valueOf(k), v));
            }
        }
        // summary scalars first (the table columns), then the cv command's document unchanged
        Map<String, Object> out = new LinkedHashMap<>(summary);
        doc.forEach(out::putIfAbsent);
        return new RunOutput(out, plot(r.curves(), m));
    }

    /** The corrections of the cv command's electrode options, from the project settings (no area is assumed). */
    static CorrectionOptions corrections(ProjectSettings s) {
        CorrectionOptions.Builder b = CorrectionOptions.builder();
        s.text("reference").ifPresent(b::reference);
        s.number("ph").ifPresent(b::ph);
        s.number("reference_potential").ifPresent(b::referencePotential);
        s.number("rhe_offset").ifPresent(b::rheOffset);
        s.number("area_cm2").ifPresent(b::areaCm2);
        s.number("ru_ohm").ifPresent(b::ruOhm);
        return b.build();
    }

    /** Current (mA) against potential, one series per cycle (the last four when there are more). */
    private static Optional<Plot> plot(Measurement curves, Measurement raw) {
        Optional<Channel> e = curves.channel(Role.POTENTIAL);
        Optional<Channel> i = curves.channel(Role.CURRENT);
        Optional<Channel> c = curves.channel(Role.CYCLE_INDEX);
        if (e.isEmpty() || i.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        double[] x = e.get().toArray();
        double[] y = i.get().toArray();
        double[] cyc = c.get().toArray();
        List<Double> ids = new ArrayList<>();
        for (double v : cyc) {
            if (!ids.contains(v)) {
                ids.add(v);
            }
        }
        List<Plot.Series> series = new ArrayList<>();
        for (double id : ids.subList(Math.max(0, ids.size() - 4), ids.size())) {
            int n = 0;
            for (double v : cyc) {
                n += v == id ? 1 : 0;
            }
            double[] sx = new double[n];
            double[] sy = new double[n];
            for (int k = 0, j = 0; k < cyc.length; k++) {
                if (cyc[k] == id) {
                    sx[j] = x[k];
                    sy[j++] = y[k] * 1e3;
                }
            }
            series.add(new Plot.Series(String.format(Locale.ROOT, "cycle %d", (long) id), sx, sy));
        }
        return Optional.of(new Plot(raw.metadata().sourceFile().orElse("CV"), e.get().name() + " / V", "I / mA", series));
    }
}
