package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Own samples ranked among the literature for one reaction and metric, best first within each electrolyte. */
public record Ranking(String reaction, String metric, String unit, Direction direction, List<RankedEntry> entries,
        List<String> warnings) {

    public Ranking {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    public List<RankedEntry> own() {
        return entries.stream().filter(e -> e.origin() == Origin.OWN).toList();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reaction", reaction);
        m.put("metric", metric);
        m.put("unit", unit);
        m.put("better", direction.label());
        m.put("rows", entries.stream().map(RankedEntry::toJson).toList());
        m.put("warnings", warnings);
        return m;
    }
}
