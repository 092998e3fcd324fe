package org.nernst.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A database the same tests run against: an H2 file in a temp dir, or a schema of a real PostgreSQL. */
interface Backend {
    /** A new, empty database; the same URL opened again is the same database. */
    String freshUrl();

    void cleanup();

    static Backend h2(Path dir) {
        return new Backend() {
            private int n;

            @Override
            public String freshUrl() {
                return "jdbc:h2:file:" + dir.resolve("catalog" + (n++)).toAbsolutePath();
            }

            @Override
            public void cleanup() {
                // the temp dir goes with the test
            }
        };
    }

    String PG_ENV = "NERNST_TEST_PG_URL";

    /**
     * PostgreSQL from {@code NERNST_TEST_PG_URL} (e.g. jdbc:postgresql://localhost:5432/nernst?user=..&password=..),
     * each test in a schema of its own. Absent: the tests skip with a message, except on CI (variable
     * CI set), where .ci/run provides the server and a missing one is a failure.
     */
    static Backend postgres() {
        String base = System.getenv(PG_ENV);
        if (base == null || base.isBlank()) {
            String msg = PG_ENV + " is not set: PostgreSQL catalog tests skipped (set it to a jdbc:postgresql:// URL "
                    + "of a reachable server to run them)";
            if (System.getenv("CI") != null) {
                Assertions.fail(msg + "; on CI, .ci/run must start PostgreSQL and export it");
            }
            Assumptions.assumeTrue(false, msg);
        }
        return new Backend() {
            private final List<String> schemas = new ArrayList<>();

            @Override
            public String freshUrl() {
                String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                exec(base, "CREATE SCHEMA " + schema);
                schemas.add(schema);
                return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            }

            @Override
            public void cleanup() {
                for (String s : schemas) {
                    exec(base, "DROP SCHEMA " + s + " CASCADE");
                }
            }
        };
    }

    private static void exec(String url, String sql) {
        try (Connection c = new org.postgresql.Driver().connect(url, new Properties()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_ENV + ": " + e.getMessage(), e);
        }
    }
}
