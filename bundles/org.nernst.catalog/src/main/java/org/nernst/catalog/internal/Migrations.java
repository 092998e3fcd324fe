package org.nernst.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.NernstException;

/**
 * Versioned schema migrations in plain JDBC. Each step has a version, runs once in its own
 * transaction and is recorded in {@code schema_version} with a checksum of what it ran; a changed
 * script or a database from a newer release is refused rather than guessed at.
 */
public final class Migrations {

    /** One step: an SQL script from {@code db/}, or the literature seed. */
    record Step(int version, String description, String script) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "catalog schema", "V1__catalog_schema.sql"),
            new Step(2, "literature seed (Wei et al., Energy Mater 2023, CC BY 4.0)", LiteratureSeed.SEED));

    private Migrations() {
    }

    public static int latest() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Brings the database to the latest version; returns the versions applied now (empty when current). */
    public static List<Integer> migrate(Database db) {
        db.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
                        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            return null;
        });
        List<Integer> applied = new ArrayList<>();
        for (Step step : STEPS) {
            boolean ran = db.transaction(c -> {
                db.dialect().lockForMigration(c);
                Map<Integer, String> done = applied(c);
                int newest = done.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (newest > latest()) {
                    throw NernstException.input("the catalog database is at schema version " + newest
                            + ", newer than this Nernst knows (" + latest() + "): update Nernst",
                            org.nernst.core.Location.NONE);
                }
                String sum = checksum(step);
                if (done.containsKey(step.version())) {
                    if (!done.get(step.version()).equals(sum)) {
                        throw new IllegalStateException("schema step V" + step.version() + " (" + step.description()
                                + ") differs from the one applied to this database: never edit an applied step");
                    }
                    return false;
                }
                if (step.script().equals(LiteratureSeed.SEED)) {
                    LiteratureSeed.load(c);
                } else {
                    runScript(c, text(step.script()));
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?,?,?,?)")) {
                    p.setInt(1, step.version());
                    p.setString(2, step.description());
                    p.setString(3, sum);
                    p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                    p.executeUpdate();
                }
                return true;
            });
            if (ran) {
                applied.add(step.version());
            }
        }
        return applied;
    }

    /** The schema version the database is at. */
    public static int current(Connection c) throws SQLException {
        return applied(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                m.put(rs.getInt(1), rs.getString(2));
            }
        }
        return m;
    }

    /** Statements separated by ';' at a line end; '--' comment lines dropped (the scripts hold no strings with ';'). */
    static void runScript(Connection c, String script) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            sql.append(line).append('\n');
            if (t.endsWith(";")) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql.substring(0, sql.lastIndexOf(";")));
                }
                sql.setLength(0);
            }
        }
        if (!sql.toString().isBlank()) {
            throw new IllegalStateException("schema script ends without ';'");
        }
    }

    static String checksum(Step step) {
        if (step.script().equals(LiteratureSeed.SEED)) {
            return sha256(LiteratureSeed.catalystsCsv() + "\n" + LiteratureSeed.metricsCsv());
        }
        return sha256(text(step.script()));
    }

    static String text(String script) {
        return resource("/org/nernst/catalog/internal/db/" + script);
    }

    /** A text resource of this bundle (works on a flat class path and inside an OSGi bundle). */
    static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundle resource " + path, e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
