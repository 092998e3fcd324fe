package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** Shifts after - before (mV), with both LSV results (without their settings) for reference. */
public record AdtResult(Reaction reaction, Map<String, Object> deltas, Map<String, Object> before, Map<String, Object> after,
        Map<String, Object> settings, List<String> warnings, OptionalInt cycles, boolean perCm2Assumed) {

    public AdtResult {
        deltas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deltas));
        before = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(after));
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reaction", reaction.id());
        m.putAll(deltas);
        cycles.ifPresent(c -> m.put("cycles", c));
        m.put("before", before);
        m.put("after", after);
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    /** The shifts as a one-row table (the LSV curves themselves come from the lsv command). */
    public Measurement curves() {
        List<Channel> ch = new ArrayList<>();
        deltas.forEach((k, v) -> ch.add(Channel.of(k, Role.OTHER, Quantity.DIMENSIONLESS, new double[] {((Number) v).doubleValue()})));
        return new Measurement(Metadata.builder().build(), ch);
    }
}
