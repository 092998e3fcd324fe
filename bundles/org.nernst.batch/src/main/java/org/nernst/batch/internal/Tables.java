package org.nernst.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nernst.batch.FileEntry;

/** The key metrics of an entry: the scalar fields of its result (not settings, warnings or curves). */
public final class Tables {
    private Tables() {
    }

    private static final Set<String> SKIP = Set.of("settings", "warnings", "file", "potential_scale");

    public static Map<String, Object> metrics(FileEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        e.result().ifPresent(r -> r.forEach((k, v) -> {
            if (SKIP.contains(k)) {
                return;
            }
            if (v instanceof Number || v instanceof String || v instanceof Boolean) {
                m.put(k, v);
            } else if (v instanceof List<?> l && !l.isEmpty() && l.size() <= 4 && l.stream().allMatch(x -> x instanceof Number)) {
                m.put(k, String.join(" .. ", l.stream().map(Tables::format).toList()));
            }
        }));
        return m;
    }

    /** The union of metric names over the entries, in order of first appearance. */
    public static List<String> columns(List<FileEntry> entries) {
        Set<String> c = new LinkedHashSet<>();
        entries.forEach(e -> c.addAll(metrics(e).keySet()));
        return new ArrayList<>(c);
    }

    /** Full precision (the CSV is data). */
    public static String format(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** Four significant digits (the report is for reading). */
    public static String display(Object v) {
        if (v instanceof Double d && Double.isFinite(d)) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof String s && s.contains(" .. ")) {
            return String.join(" .. ", java.util.Arrays.stream(s.split(" \\.\\. ")).map(x -> {
                try {
                    return display(Double.parseDouble(x));
                } catch (NumberFormatException e) {
                    return x;
                }
            }).toList());
        }
        return format(v);
    }

    public static String error(FileEntry e) {
        return e.errorMessage();
    }
}
