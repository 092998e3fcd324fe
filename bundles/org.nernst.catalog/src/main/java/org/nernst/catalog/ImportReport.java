package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one import stored: the sample, the provenance record, each value, and what was refused or guessed. */
public record ImportReport(String sampleId, String sampleName, boolean sampleCreated, Provenance provenance,
        List<MetricValue> imported, List<String> warnings) {

    public ImportReport {
        imported = List.copyOf(imported);
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sample_id", sampleId);
        m.put("sample", sampleName);
        m.put("sample_created", sampleCreated);
        m.put("provenance", provenance.toJson());
        m.put("imported", imported.stream().map(MetricValue::toJson).toList());
        m.put("warnings", warnings);
        return m;
    }
}
