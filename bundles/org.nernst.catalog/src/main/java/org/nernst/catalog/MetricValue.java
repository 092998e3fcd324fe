package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.catalog.internal.Json;

/**
 * One stored value of one metric, on the catalog's canonical unit: a number, or a range
 * ({@code min}..{@code max}) such as a bond-length span. {@code given} is the value as entered.
 * Own values carry their {@link Provenance}; literature values their {@code source}.
 */
public record MetricValue(long id, String reaction, String metric, OptionalDouble value, OptionalDouble min,
        OptionalDouble max, String unit, String given, String electrolyte, OptionalDouble loadingMgCm2,
        OptionalDouble rpm, OptionalDouble ph, String conditions, String electrode, String source, String note,
        Optional<Provenance> provenance) {

    /** The number rankings use: the value, else the middle of the range. */
    public OptionalDouble representative() {
        if (value.isPresent()) {
            return value;
        }
        return min.isPresent() && max.isPresent() ? OptionalDouble.of((min.getAsDouble() + max.getAsDouble()) / 2)
                : OptionalDouble.empty();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric_id", id);
        m.put("reaction", reaction);
        m.put("metric", metric);
        Json.put(m, "value", value);
        Json.put(m, "min", min);
        Json.put(m, "max", max);
        m.put("unit", unit);
        m.put("given", given);
        Json.putText(m, "electrolyte", electrolyte);
        Json.put(m, "loading_mg_cm2", loadingMgCm2);
        Json.put(m, "rpm", rpm);
        Json.put(m, "ph", ph);
        Json.putText(m, "conditions", conditions);
        Json.putText(m, "electrode", electrode);
        m.put("source", source);
        Json.putText(m, "note", note);
        provenance.ifPresent(p -> m.put("provenance", p.toJson()));
        return m;
    }
}
