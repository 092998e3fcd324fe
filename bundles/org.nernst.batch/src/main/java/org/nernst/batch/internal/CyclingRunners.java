package org.nernst.batch.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.cycling.CycleOptions;
import org.nernst.analysis.cycling.DischargeAnalyzer;
import org.nernst.analysis.cycling.DischargeOptions;
import org.nernst.analysis.cycling.PolarizationAnalyzer;
import org.nernst.analysis.cycling.PolarizationOptions;
import org.nernst.analysis.cycling.ZnAirCycleAnalyzer;
import org.nernst.batch.AnalysisRunner;
import org.nernst.batch.Plot;
import org.nernst.batch.ProjectSettings;
import org.nernst.batch.RunOutput;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;

/** The Zn-air commands (zab cycle, polarization, discharge) as batch runners. */
final class CyclingRunners {
    private CyclingRunners() {
    }

    static Optional<Channel> voltage(Measurement m) {
        return m.channel(Role.CELL_VOLTAGE).or(() -> m.channel(Role.POTENTIAL));
    }

    static final class ZabCycle implements AnalysisRunner {
        @Override
        public String id() {
            return "zab-cycle";
        }

        @Override
        public boolean accepts(Technique t, Measurement m) {
            return t == Technique.GCPL && voltage(m).isPresent();
        }

        @Override
        public RunOutput run(Measurement m, ProjectSettings s) {
            var r = ZnAirCycleAnalyzer.analyze(m, CycleOptions.defaults());
            Optional<Plot> p = m.channel(Role.TIME).flatMap(t -> voltage(m).map(v -> {
                double[] h = t.toArray();
                for (int i = 0; i < h.length; i++) {
                    h[i] /= 3600;
                }
                return new Plot(m.metadata().sourceFile().orElse("cycling"), "t / h", "E cell / V",
                        List.of(new Plot.Series("voltage", h, v.toArray())));
            }));
            return new RunOutput(r.toJson(), p);
        }
    }

    static final class Polarization implements AnalysisRunner {
        @Override
        public String id() {
            return "zab-polarization";
        }

        @Override
        public boolean accepts(Technique t, Measurement m) {
            return t == Technique.POLARIZATION;
        }

        @Override
        public RunOutput run(Measurement m, ProjectSettings s) {
            OptionalDouble area = s.number("area_cm2");
            boolean missing = area.isEmpty() && m.metadata().electrodeAreaCm2().isEmpty();
            PolarizationOptions o = PolarizationOptions.defaults();
            if (area.isPresent()) {
                o = o.withArea(area.getAsDouble());
            } else if (missing) {
                o = o.withArea(1.0);
            }
            var r = PolarizationAnalyzer.analyze(m, o);
            Map<String, Object> doc = missing ? Electrode.asCurrents(r.toJson(), List.of()) : r.toJson();
            Measurement c = r.curves();
            Optional<Plot> p = c.channel(Role.CURRENT_DENSITY).flatMap(j -> c.channel(Role.CELL_VOLTAGE).map(v -> {
                double[] x = j.toArray();
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.abs(x[i]) * 1e3;
                }
                return new Plot(m.metadata().sourceFile().orElse("polarization"), missing ? "|I| / mA" : "|j| / mA cm\u207b\u00b2",
                        "E cell / V", List.of(new Plot.Series("discharge polarization", x, v.toArray())));
            }));
            return new RunOutput(doc, p);
        }
    }

    static final class Discharge implements AnalysisRunner {
        @Override
        public String id() {
            return "zab-discharge";
        }

        @Override
        public boolean accepts(Technique t, Measurement m) {
            return t == Technique.CP && voltage(m).isPresent() && m.channel(Role.CURRENT).isPresent();
        }

        @Override
        public RunOutput run(Measurement m, ProjectSettings s) {
            var r = DischargeAnalyzer.analyze(m, new DischargeOptions(s.number("zinc_mass_g"), OptionalDouble.empty(),
                    OptionalDouble.empty()));
            Measurement c = r.curves();
            Optional<Plot> p = c.channel(Role.CAPACITY).flatMap(q -> c.channel(Role.CELL_VOLTAGE).map(v -> {
                double[] x = q.toArray();
                for (int i = 0; i < x.length; i++) {
                    x[i] *= 1e3;
                }
                return new Plot(m.metadata().sourceFile().orElse("discharge"), "Q / mAh", "E cell / V",
                        List.of(new Plot.Series("discharge", x, v.toArray())));
            }));
            return new RunOutput(r.toJson(), p);
        }
    }
}
