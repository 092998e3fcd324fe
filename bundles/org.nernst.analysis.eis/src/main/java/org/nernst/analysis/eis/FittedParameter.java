package org.nernst.analysis.eis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** One fitted (or fixed) parameter with its one-sigma standard error when the fit determines it. */
public record FittedParameter(String name, double value, OptionalDouble stderr, String unit, boolean fixed) {

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("stderr", stderr.isPresent() ? stderr.getAsDouble() : null);
        m.put("unit", unit);
        if (fixed) {
            m.put("fixed", true);
        }
        return m;
    }
}
