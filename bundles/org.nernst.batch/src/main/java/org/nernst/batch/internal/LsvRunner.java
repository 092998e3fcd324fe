package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.analysis.lsv.LsvAnalyzer;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.LsvResult;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.batch.AnalysisRunner;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.batch.RunOutput;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/**
 * LSV/Tafel metrics (the lsv command) for sweeps. The reaction comes from the settings, else a token
 * in the file name (orr, oer, her), else the shape of the curve ({@link ReactionGuess}), with a warning.
 */
final class LsvRunner implements AnalysisRunner {
    private static final Pattern TOKEN = Pattern.compile("(?i)(?:^|[^a-z])(orr|oer|her)(?:[^a-z]|$)");

    @Override
    public String id() {
        return "lsv";
    }

    @Override
    public boolean accepts(Technique t, Measurement m) {
        // CV goes here until a CV analysis is installed: its last positive-going sweep, as the lsv command does
        return (t == Technique.LSV || t == Technique.CV) && m.channel(Role.POTENTIAL).isPresent();
    }

    @Override
    public RunOutput run(Measurement m, ProjectSettings s) {
        List<String> notes = new ArrayList<>();
        Reaction r = reaction(m, s, notes);
        Electrode el = Electrode.of(s, m);
        LsvOptions o = LsvOptions.of(r, el.corrections()).withActivity(0.9, s.number("loading_mg_cm2"), OptionalDouble.empty());
        LsvResult res = LsvAnalyzer.analyze(m, o);
        Map<String, Object> doc = new java.util.LinkedHashMap<>(res.toJson());
        List<Object> w = new ArrayList<>((List<?>) doc.get("warnings"));
        w.addAll(0, notes);
        doc.put("warnings", w);
        if (el.areaMissing()) {
            // E at 10 mA cm^-2 has no meaning without an area; the rest is reported on currents
            doc = Electrode.asCurrents(doc, r == Reaction.ORR ? List.of("mass_activity", "specific_activity")
                    : List.of("e_at_10", "eta10_V", "e_at_j", "j0_mA_cm2"));
        }
        return new RunOutput(doc, plot(res.curves(), m, el.areaMissing()));
    }

    private static Reaction reaction(Measurement m, ProjectSettings s, List<String> notes) {
        Optional<String> set = s.text("reaction");
        if (set.isPresent()) {
            return Reaction.parse(set.get()).orElseThrow(
                    () -> NernstException.usage("setting 'reaction' must be orr, oer or her (got " + set.get() + ")"));
        }
        String name = m.metadata().sourceFile().orElse("");
        Matcher k = TOKEN.matcher(name);
        if (k.find()) {
            return Reaction.parse(k.group(1).toLowerCase(Locale.ROOT)).orElseThrow();
        }
        Reaction g = ReactionGuess.guess(m).orElseThrow(() -> NernstException.analysis(
                "cannot tell the reaction of this sweep: set \"reaction\" (orr, oer, her) in nernst.json or name the file *_orr_*"));
        notes.add("reaction " + g.id() + " guessed from the shape of the curve (set \"reaction\" in nernst.json to choose)");
        return g;
    }

    private static Optional<Plot> plot(Measurement curves, Measurement raw, boolean currents) {
        Optional<Channel> e = curves.channel(Role.POTENTIAL);
        Optional<Channel> j = curves.channel(Role.CURRENT_DENSITY);
        if (e.isEmpty() || j.isEmpty()) {
            return Optional.empty();
        }
        double[] y = j.get().toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] *= 1e3;
        }
        String scale = e.get().name();
        return Optional.of(new Plot(raw.metadata().sourceFile().orElse("LSV"), scale + " / V",
                currents ? "I / mA" : "j / mA cm\u207b\u00b2", List.of(new Plot.Series("corrected sweep", e.get().toArray(), y))));
    }
}
