package org.nernst.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds the catalog with the literature data bundled in {@code org/nernst/catalog/seed/}: the
 * catalysts and stated metrics of one review article (CC BY 4.0). Its attribution goes into the
 * {@code source} of every row, so every listing and export carries it.
 */
public final class LiteratureSeed {
    static final String SEED = "literature-seed";
    private static final String DIR = "/org/nernst/catalog/seed/";

    /** The credit CC BY 4.0 asks for (see NOTICE.md beside the data). */
    public static final String ATTRIBUTION = "Wei Y, Xia H, Yan W, Zhang JN. Recent processing of interaction "
            + "mechanisms of single metallic atom/clusters in energy electrocatalysis. Energy Mater 2023;3:300033, "
            + "doi:10.20517/energymater.2023.13 (CC BY 4.0)";

    public static final String SHORT_ATTRIBUTION = "Wei et al., Energy Mater 2023;3:300033 (CC BY 4.0)";

    private LiteratureSeed() {
    }

    public static String catalystsCsv() {
        return Migrations.resource(DIR + "catalysts.csv");
    }

    public static String metricsCsv() {
        return Migrations.resource(DIR + "metrics.csv");
    }

    static void load(Connection c) throws SQLException {
        List<Map<String, String>> catalysts = Csv.parseWithHeader(catalystsCsv(), "catalysts.csv");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO catalyst (id, name, metals, architecture, support, "
                + "synthesis, mechanism, reactions, application, review_ref, citation, source) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Map<String, String> r : catalysts) {
                String[] cols = {"id", "name", "metals", "architecture", "support", "synthesis", "mechanism",
                    "reactions", "application", "ref", "citation"};
                for (int i = 0; i < cols.length; i++) {
                    p.setString(i + 1, r.get(cols[i]).strip());
                }
                p.setString(12, ATTRIBUTION);
                p.addBatch();
            }
            p.executeBatch();
        }
        List<Map<String, String>> metrics = Csv.parseWithHeader(metricsCsv(), "metrics.csv");
        try (PreparedStatement p = c.prepareStatement("INSERT INTO metric (catalyst_id, reaction, metric, val, "
                + "val_min, val_max, unit, given, electrolyte, conditions, electrode, source, note) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,'',?,?)")) {
            for (Map<String, String> r : metrics) {
                Normalized n = UnitNormalizer.normalize(r.get("metric"), r.get("value"), r.get("unit"), Optional.empty());
                p.setString(1, r.get("catalyst_id").strip());
                p.setString(2, r.get("reaction").strip());
                p.setString(3, r.get("metric").strip());
                Store.setDouble(p, 4, n.value());
                Store.setDouble(p, 5, n.min());
                Store.setDouble(p, 6, n.max());
                p.setString(7, n.unit());
                p.setString(8, n.given());
                p.setString(9, r.get("electrolyte").isBlank() ? "" : Electrolytes.normalize(r.get("electrolyte")));
                p.setString(10, r.get("conditions").strip());
                p.setString(11, r.get("source").strip() + "; " + ATTRIBUTION);
                p.setString(12, r.get("note").strip());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
