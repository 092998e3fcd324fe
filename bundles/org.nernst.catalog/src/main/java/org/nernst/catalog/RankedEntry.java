package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.nernst.catalog.internal.Json;

/**
 * One material in a comparison. {@code rank} (1 = best) counts only among entries measured in the
 * same electrolyte ({@code groupSize} of them); an entry whose electrolyte is unknown has no rank
 * and says so in {@code flags}.
 */
public record RankedEntry(OptionalInt rank, int groupSize, String id, Origin origin, String name, double value,
        OptionalDouble sd, int n, String unit, String electrolyte, String source, List<String> flags) {

    public RankedEntry {
        flags = List.copyOf(flags);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (rank.isPresent()) {
            m.put("rank", rank.getAsInt());
            m.put("of", groupSize);
        }
        m.put("id", id);
        m.put("kind", origin.label());
        m.put("name", name);
        m.put("value", value);
        Json.put(m, "sd", sd);
        m.put("n", n);
        m.put("unit", unit);
        m.put("electrolyte", electrolyte.isEmpty() ? "unknown" : electrolyte);
        m.put("source", source);
        m.put("flags", flags);
        return m;
    }
}
