package org.nernst.catalog.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.nernst.core.NernstException;

/**
 * Opens connections to the catalog database. Drivers are instantiated directly, never looked up
 * through DriverManager, which does not see drivers inside OSGi bundles.
 *
 * <p>H2 file mode locks the file for one process. So that the CLI and the desktop shell can share
 * one catalog, every unit of work opens its own connection and closes it (H2 then releases the
 * file), and an open that meets the lock of another process waits and retries instead of failing.
 */
public final class Database implements AutoCloseable {
    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_ALREADY_OPEN = 90020;
    private static final long LOCK_WAIT_MS = 30_000;

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String url;
    private final Dialect dialect;
    /** An in-memory H2 database lives only while a connection is open: this one keeps it. */
    private final Connection keepAlive;

    public Database(String url) {
        this.dialect = Dialect.of(url);
        this.url = dialect == Dialect.H2 ? withH2Defaults(url) : url;
        try {
            this.keepAlive = url.startsWith("jdbc:h2:mem:") ? connect() : null;
        } catch (SQLException e) {
            throw cannotOpen(e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL as used, for messages; credentials are in it only if the user put them there. */
    public String url() {
        return url;
    }

    /**
     * WRITE_DELAY=0: a committed transaction is written to the file before commit returns, so a
     * process killed right after a commit loses nothing (H2's default buffers up to 500 ms).
     */
    static String withH2Defaults(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        return upper.contains("WRITE_DELAY") || upper.startsWith("JDBC:H2:MEM:") ? url : url + ";WRITE_DELAY=0";
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        Connection c = dialect == Dialect.H2 ? new org.h2.Driver().connect(url, p) : PostgresDriver.connect(url, p);
        if (c == null) {
            throw new SQLException("driver did not accept " + url);
        }
        return c;
    }

    /** A connection, waiting while another process holds the H2 file. */
    public Connection open() {
        long deadline = System.nanoTime() + LOCK_WAIT_MS * 1_000_000;
        long pause = 10;
        while (true) {
            try {
                return connect();
            } catch (SQLException e) {
                boolean busy = dialect == Dialect.H2 && e.getErrorCode() == H2_ALREADY_OPEN;
                if (!busy || System.nanoTime() > deadline) {
                    throw busy ? NernstException.input("catalog " + url + " stayed locked by another process for "
                            + LOCK_WAIT_MS / 1000 + " s", org.nernst.core.Location.NONE) : cannotOpen(e);
                }
                sleep(pause);
                pause = Math.min(pause * 2, 200);
            }
        }
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("catalog database error: " + e.getMessage(), e);
        }
    }

    private NernstException cannotOpen(SQLException e) {
        return NernstException.input("cannot open catalog database " + url + ": " + e.getMessage(),
                org.nernst.core.Location.NONE);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the catalog lock", ie);
        }
    }

    @Override
    public void close() {
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                // closing an in-memory database cannot lose data worth reporting
            }
        }
    }
}
