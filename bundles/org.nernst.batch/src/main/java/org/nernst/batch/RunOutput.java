package org.nernst.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What a runner produced: the result document (with "settings" and "warnings") and its plot. */
public record RunOutput(Map<String, Object> json, Optional<Plot> plot) {
    public RunOutput {
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }
}
