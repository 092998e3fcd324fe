package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** A surface-limited charge (µC) and the ECSA (cm²) it stands for; roughness = ECSA / geometric area. */
public record StrippingResult(String kind, double chargeUc, double ecsaCm2, OptionalDouble geometricAreaCm2, double[] e,
        double[] iA, double[] baselineA, Map<String, Object> settings, List<String> warnings) {

    public StrippingResult {
        e = e.clone();
        iA = iA.clone();
        baselineA = baselineA.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", kind);
        m.put("charge_uC", chargeUc);
        m.put("ecsa_cm2", ecsaCm2);
        geometricAreaCm2.ifPresent(a -> m.put("roughness_factor", ecsaCm2 / a));
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    public Measurement curves() {
        return new Measurement(Metadata.builder().build(), List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, e),
                Channel.adopt("I", Role.CURRENT, Quantity.CURRENT, "mA", iA),
                Channel.adopt("baseline", Role.OTHER, Quantity.CURRENT, "mA", baselineA)));
    }
}
