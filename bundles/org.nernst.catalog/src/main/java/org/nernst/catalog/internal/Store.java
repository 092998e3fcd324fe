package org.nernst.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.catalog.Material;
import org.nernst.catalog.MetricValue;
import org.nernst.catalog.Origin;
import org.nernst.catalog.Provenance;
import org.nernst.catalog.SampleSpec;

/** The catalog's SQL: reads and writes rows, nothing else. Sample ids are shown as "S" + number. */
public final class Store {
    private Store() {
    }

    public static void setDouble(PreparedStatement p, int i, OptionalDouble v) throws SQLException {
        if (v.isPresent()) {
            p.setDouble(i, v.getAsDouble());
        } else {
            p.setNull(i, Types.DOUBLE);
        }
    }

    private static OptionalDouble getDouble(ResultSet rs, String col) throws SQLException {
        double d = rs.getDouble(col);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String sampleId(long n) {
        return "S" + n;
    }

    /** Sample number of an id such as "S12", if it is one. */
    public static Optional<Long> sampleNumber(String id) {
        return id.matches("[Ss]\\d{1,18}") ? Optional.of(Long.parseLong(id.substring(1))) : Optional.empty();
    }

    public static List<Material> catalysts(Connection c) throws SQLException {
        List<Material> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM catalyst ORDER BY id")) {
            while (rs.next()) {
                String ref = rs.getString("review_ref");
                out.add(new Material(rs.getString("id"), Origin.LITERATURE, rs.getString("name"),
                        split(rs.getString("metals")), rs.getString("architecture"), rs.getString("support"),
                        rs.getString("synthesis"), rs.getString("mechanism"), split(rs.getString("reactions")),
                        rs.getString("application"), rs.getString("citation")
                                + (ref.isEmpty() ? "" : " (ref. [" + ref + "] of the review)"),
                        rs.getString("source")));
            }
        }
        return out;
    }

    /** Own samples; their reactions are those of their metrics. */
    public static List<Material> samples(Connection c) throws SQLException {
        Map<Long, List<String>> reactions = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT sample_id, reaction FROM metric WHERE sample_id IS NOT NULL AND reaction <> ''")) {
            while (rs.next()) {
                reactions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Material> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM sample ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(new Material(sampleId(id), Origin.OWN, rs.getString("name"), split(rs.getString("metals")),
                        rs.getString("architecture"), rs.getString("support"), rs.getString("synthesis"), "",
                        reactions.getOrDefault(id, List.of()).stream().sorted().toList(), rs.getString("note"), "",
                        "own sample"));
            }
        }
        return out;
    }

    public static Optional<Long> findSample(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM sample WHERE name = ?")) {
            p.setString(1, name.strip());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public static long insertSample(Connection c, SampleSpec s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sample (name, metals, architecture, support, "
                + "synthesis, note, created_at) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, s.name());
            p.setString(2, String.join(";", s.metals()));
            p.setString(3, s.architecture());
            p.setString(4, s.support());
            p.setString(5, s.synthesis());
            p.setString(6, s.note());
            p.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
            return key(p);
        }
    }

    public static long insertProvenance(Connection c, Provenance pr, String resultJson) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO provenance (source_file, source_sha256, analysis, "
                + "settings_json, result_json, software_version, created_at, note) VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, pr.sourceFile().orElse(""));
            p.setString(2, pr.sourceSha256().orElse(""));
            p.setString(3, pr.analysis().orElse("unknown"));
            p.setString(4, Json.write(pr.settings()));
            p.setString(5, resultJson);
            p.setString(6, pr.softwareVersion().orElse("unknown"));
            p.setObject(7, pr.date().orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC)));
            p.setString(8, pr.note().orElse(""));
            p.executeUpdate();
            return key(p);
        }
    }

    /** One own value; conditions as resolved by the importer. */
    public static long insertOwnMetric(Connection c, long sampleId, long provenanceId, ResultImporter.Parsed r,
            ResultImporter.Incoming v, String source) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO metric (sample_id, reaction, metric, val, val_min, "
                + "val_max, unit, given, electrolyte, loading_mg_cm2, rpm, ph, conditions, electrode, source, note, "
                + "provenance_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            Normalized n = v.value();
            p.setLong(1, sampleId);
            p.setString(2, r.reaction());
            p.setString(3, v.metric());
            setDouble(p, 4, n.value());
            setDouble(p, 5, n.min());
            setDouble(p, 6, n.max());
            p.setString(7, n.unit());
            p.setString(8, n.given());
            p.setString(9, r.electrolyte());
            setDouble(p, 10, r.loading());
            setDouble(p, 11, r.rpm());
            setDouble(p, 12, r.ph());
            p.setString(13, "");
            p.setString(14, r.electrode());
            p.setString(15, source);
            p.setString(16, String.join("; ", join(v.note(), n.notes())));
            p.setLong(17, provenanceId);
            p.executeUpdate();
            return key(p);
        }
    }

    private static List<String> join(String note, List<String> more) {
        List<String> all = new ArrayList<>();
        if (!note.isEmpty()) {
            all.add(note);
        }
        all.addAll(more);
        return all;
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet k = p.getGeneratedKeys()) {
            if (!k.next()) {
                throw new SQLException("no generated key");
            }
            return k.getLong(1);
        }
    }

    /** Metric rows with their owner id ("C01" or "S3"), optionally only one reaction / metric. */
    public static Map<String, List<MetricValue>> metrics(Connection c, Optional<String> reaction,
            Optional<String> metric, Optional<String> owner) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT m.*, p.source_file, p.source_sha256, p.analysis, p.settings_json, "
                + "p.software_version, p.created_at, p.note AS pnote FROM metric m "
                + "LEFT JOIN provenance p ON p.id = m.provenance_id WHERE 1=1");
        List<Object> args = new ArrayList<>();
        reaction.ifPresent(r -> {
            sql.append(" AND LOWER(m.reaction) = LOWER(?)");
            args.add(r);
        });
        metric.ifPresent(mt -> {
            sql.append(" AND m.metric = ?");
            args.add(mt);
        });
        if (owner.isPresent()) {
            Optional<Long> s = sampleNumber(owner.get());
            sql.append(s.isPresent() ? " AND m.sample_id = ?" : " AND m.catalyst_id = ?");
            args.add(s.isPresent() ? s.get() : owner.get());
        }
        sql.append(" ORDER BY m.id");
        Map<String, List<MetricValue>> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String catalyst = rs.getString("catalyst_id");
                    String ownerId = catalyst != null ? catalyst : sampleId(rs.getLong("sample_id"));
                    out.computeIfAbsent(ownerId, k -> new ArrayList<>()).add(value(rs));
                }
            }
        }
        return out;
    }

    private static MetricValue value(ResultSet rs) throws SQLException {
        long provId = rs.getLong("provenance_id");
        Optional<Provenance> prov = Optional.empty();
        if (!rs.wasNull()) {
            prov = Optional.of(new Provenance(Optional.of(provId), text(rs.getString("source_file")),
                    text(rs.getString("source_sha256")), Optional.of(rs.getString("analysis")),
                    Json.parseObject(rs.getString("settings_json"), "provenance " + provId),
                    Optional.of(rs.getString("software_version")),
                    Optional.of(rs.getObject("created_at", OffsetDateTime.class)), text(rs.getString("pnote"))));
        }
        return new MetricValue(rs.getLong("id"), rs.getString("reaction"), rs.getString("metric"), getDouble(rs, "val"),
                getDouble(rs, "val_min"), getDouble(rs, "val_max"), rs.getString("unit"), rs.getString("given"),
                rs.getString("electrolyte"), getDouble(rs, "loading_mg_cm2"), getDouble(rs, "rpm"), getDouble(rs, "ph"),
                rs.getString("conditions"), rs.getString("electrode"), rs.getString("source"), rs.getString("note"),
                prov);
    }

    private static Optional<String> text(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
