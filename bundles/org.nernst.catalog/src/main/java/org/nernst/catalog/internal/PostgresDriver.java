package org.nernst.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.nernst.core.NernstException;

/**
 * The PostgreSQL driver is an optional import: this class is the only one that touches it, so a
 * runtime without the driver bundle still opens H2 catalogs and says what is missing for the rest.
 */
final class PostgresDriver {
    private PostgresDriver() {
    }

    static Connection connect(String url, Properties p) throws SQLException {
        try {
            return new org.postgresql.Driver().connect(url, p);
        } catch (NoClassDefFoundError e) {
            throw NernstException.usage("a PostgreSQL catalog needs the PostgreSQL JDBC driver bundle "
                    + "(org.postgresql.jdbc), which is not installed");
        }
    }
}
