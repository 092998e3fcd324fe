package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.batch.ProjectSettings;
import org.nernst.core.model.Measurement;

/**
 * The electrode settings of the project file as the LSV bundle's correction options. When neither
 * the settings nor the file give an area, the analysis runs on 1 cm² and the caller relabels the
 * densities as currents (cli.md: a missing area never fails a batch file).
 */
public record Electrode(CorrectionOptions corrections, boolean areaMissing) {

    public static Electrode of(ProjectSettings s, Measurement m) {
        CorrectionOptions.Builder b = CorrectionOptions.builder();
        s.text("reference").ifPresent(b::reference);
        s.number("ph").ifPresent(b::ph);
        s.number("reference_potential").ifPresent(b::referencePotential);
        s.number("rhe_offset").ifPresent(b::rheOffset);
        s.number("ru_ohm").ifPresent(b::ruOhm);
        boolean missing = s.number("area_cm2").isEmpty() && m.metadata().electrodeAreaCm2().isEmpty();
        if (missing) {
            b.areaCm2(1.0);
        } else {
            s.number("area_cm2").ifPresent(b::areaCm2);
        }
        return new Electrode(b.build(), missing);
    }

    /**
     * The document with densities renamed to currents (numbers on 1 cm² are the currents in mA and
     * power in mW), fields that only exist per area removed, and a warning saying so.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asCurrents(Map<String, Object> doc, List<String> removed) {
        Map<String, Object> out = new LinkedHashMap<>();
        doc.forEach((k, v) -> {
            if (removed.stream().anyMatch(k::startsWith)) {
                return;
            }
            Object val = v instanceof Map<?, ?> m && !"settings".equals(k) ? asCurrents((Map<String, Object>) m, removed) : v;
            out.put(k.replace("_mA_cm2", "_mA").replace("_mW_cm2", "_mW"), val);
        });
        if (out.get("settings") instanceof Map<?, ?> st) {
            Map<String, Object> s2 = new LinkedHashMap<>((Map<String, Object>) st);
            s2.put("area_cm2", "unknown");
            s2.put("area_source", "none: currents reported instead of densities");
            out.put("settings", s2);
        }
        List<Object> w = new ArrayList<>(out.get("warnings") instanceof List<?> l ? l : List.of());
        w.removeIf(x -> String.valueOf(x).startsWith("electrode area"));
        w.add(0, "no electrode area (file, project file or --area): currents in mA (and power in mW) instead of densities"
                + (removed.isEmpty() ? "" : "; not reported: " + String.join(", ", removed)));
        out.put("warnings", w);
        return out;
    }
}
