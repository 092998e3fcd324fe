package org.nernst.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.catalog.internal.Json;

/**
 * A catalyst of the literature or a lab's own sample, with its descriptors. Unknown descriptors
 * are empty strings. {@code source} is the attribution of the data set it came from.
 */
public record Material(String id, Origin origin, String name, List<String> metals, String architecture, String support,
        String synthesis, String mechanism, List<String> reactions, String application, String citation,
        String source) {

    public Material {
        metals = List.copyOf(metals);
        reactions = List.copyOf(reactions);
    }

    public boolean hasMetal(String metal) {
        return metals.stream().anyMatch(m -> m.equalsIgnoreCase(metal.strip()));
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("kind", origin.label());
        m.put("name", name);
        m.put("metals", metals);
        Json.putText(m, "architecture", architecture);
        Json.putText(m, "support", support);
        Json.putText(m, "synthesis", synthesis);
        Json.putText(m, "mechanism", mechanism);
        m.put("reactions", reactions);
        Json.putText(m, "application", application);
        Json.putText(m, "citation", citation);
        return m;
    }
}
