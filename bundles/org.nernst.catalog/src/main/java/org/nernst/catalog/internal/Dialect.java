package org.nernst.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.nernst.core.NernstException;

/** The two databases the catalog runs on; the SQL is shared, only locking differs. */
public enum Dialect {
    H2, POSTGRES;

    public static Dialect of(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw NernstException.usage("catalog database URL must start with jdbc:h2: or jdbc:postgresql:, got '" + url + "'");
    }

    /**
     * Serialises schema migration between processes. PostgreSQL: a transaction-scoped advisory lock
     * (released at commit). H2 file mode needs none: one process holds the file at a time.
     */
    void lockForMigration(Connection c) throws SQLException {
        if (this == POSTGRES) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(7245310)");
            }
        }
    }
}
