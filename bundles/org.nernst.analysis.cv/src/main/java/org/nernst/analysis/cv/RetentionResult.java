package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.model.Measurement;

/** Retention (CA) or potential change and drift (CP), record duration, and an optional tolerance step. */
public record RetentionResult(boolean chronopotentiometry, OptionalDouble retentionPct, OptionalDouble deltaEMv,
        OptionalDouble driftMvPerH, double durationH, Optional<Step> step, Map<String, Object> settings,
        List<String> warnings, Measurement curves) {

    /** A tolerance step: mean |I| before and after the injection, relative change in %. */
    public record Step(double atS, String source, double beforeMa, double afterMa, double changePct) {
    }

    public RetentionResult {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", chronopotentiometry ? "cp" : "ca");
        retentionPct.ifPresent(v -> m.put("retention_pct", v));
        deltaEMv.ifPresent(v -> m.put("delta_e_mV", v));
        driftMvPerH.ifPresent(v -> m.put("drift_mV_per_h", v));
        m.put("duration_h", durationH);
        step.ifPresent(s -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("inject_time_s", s.atS());
            x.put("inject_time_source", s.source());
            x.put("current_before_mA", s.beforeMa());
            x.put("current_after_mA", s.afterMa());
            x.put("change_pct", s.changePct());
            m.put("tolerance", x);
        });
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }
}
