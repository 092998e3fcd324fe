package org.nernst.catalog;

import java.util.Map;
import java.util.Optional;

/** One line of a listing: a material and one of its metrics (none for a material without metrics). */
public record CatalogRow(Material material, Optional<MetricSummary> metric) {

    /** Flat JSON: the material's fields, then the metric's, and always a {@code source} (attribution). */
    public Map<String, Object> toJson() {
        Map<String, Object> m = material.toJson();
        if (metric.isPresent()) {
            m.putAll(metric.get().toRowJson());
        } else {
            m.put("source", material.source());
        }
        return m;
    }
}
