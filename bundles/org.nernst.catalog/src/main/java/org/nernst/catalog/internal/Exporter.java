package org.nernst.catalog.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.catalog.CatalogEntry;
import org.nernst.catalog.CatalogRow;

/** Writes the catalog as CSV (one row per material and metric) or JSON (entries with provenance). */
public final class Exporter {
    static final List<String> COLUMNS = List.of("id", "kind", "name", "metals", "architecture", "support", "synthesis",
            "mechanism", "reactions", "application", "citation", "reaction", "metric", "value", "sd", "n", "min", "max",
            "unit", "given", "electrolyte", "loading_mg_cm2", "rpm", "conditions", "note", "source");

    private Exporter() {
    }

    public static void csv(List<CatalogRow> rows, Writer out) throws IOException {
        out.write(Csv.line(COLUMNS));
        for (CatalogRow row : rows) {
            Map<String, Object> m = row.toJson();
            List<String> fields = new ArrayList<>();
            for (String col : COLUMNS) {
                Object v = m.get(col);
                fields.add(v == null ? "" : v instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList())
                        : String.valueOf(v));
            }
            out.write(Csv.line(fields));
        }
        out.flush();
    }

    public static void json(List<CatalogEntry> entries, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("attribution", "literature entries: " + LiteratureSeed.ATTRIBUTION);
        doc.put("entries", entries.stream().map(CatalogEntry::toJson).toList());
        out.write(Json.write(doc));
        out.write('\n');
        out.flush();
    }
}
