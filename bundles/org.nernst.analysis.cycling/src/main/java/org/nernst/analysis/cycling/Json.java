package org.nernst.analysis.cycling;

import java.util.List;
import java.util.Map;
import org.nernst.core.Diagnostic;

/** Small helpers for the toJson maps: JSON has no NaN, so undefined values are left out. */
final class Json {
    private Json() {
    }

    static void putFinite(Map<String, Object> m, String key, double v) {
        if (Double.isFinite(v)) {
            m.put(key, v);
        }
    }

    static List<String> messages(List<Diagnostic> d) {
        return d.stream().map(Diagnostic::message).toList();
    }
}
