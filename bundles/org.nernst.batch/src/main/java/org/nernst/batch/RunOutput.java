package org.nernst.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a runner produced: the result document (with "settings" and "warnings") and its plot, plus
 * optional further plots drawn below it in the same image (e.g. the DRT under a Nyquist plot).
 */
public record RunOutput(Map<String, Object> json, Optional<Plot> plot, List<Plot> morePlots) {
    public RunOutput {
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
        morePlots = List.copyOf(morePlots);
    }

    public RunOutput(Map<String, Object> json, Optional<Plot> plot) {
        this(json, plot, List.of());
    }
}
