package org.nernst.catalog;

import java.util.List;
import java.util.Map;

/** Everything the catalog holds on one material: descriptors, metrics, replicates and provenance. */
public record CatalogEntry(Material material, List<MetricSummary> metrics) {

    public CatalogEntry {
        metrics = List.copyOf(metrics);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = material.toJson();
        m.put("source", material.source());
        m.put("metrics", metrics.stream().map(MetricSummary::toJson).toList());
        return m;
    }
}
