package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * Connections from the application's DataSource (its pool decides reuse). Each is put in
 * auto-commit mode first and then runs the dialect's connection setup (SQLite ignores
 * {@code PRAGMA foreign_keys} inside a transaction). One connection given back is kept idle,
 * with its prepared statements, for the next session, so that a session per unit of work does
 * not pay the setup and statement preparation again; others are closed when given back, which
 * returns them to the application's pool. {@link #close()} closes the idle one and those that
 * sessions still hold, and leaves the DataSource alone.
 */
public final class DataSourceConnections implements Connections {

    private final DataSource dataSource;
    private final List<String> setup;
    private final Set<PooledConnection> held = ConcurrentHashMap.newKeySet();
    private final AtomicReference<PooledConnection> idle = new AtomicReference<>();
    private volatile boolean closed;

    /** @param setup the statements each connection runs first (the dialect's connection setup) */
    public DataSourceConnections(DataSource dataSource, List<String> setup) {
        this.dataSource = dataSource;
        this.setup = List.copyOf(setup);
    }

    @Override
    public PooledConnection acquire() {
        if (closed) {
            throw new IllegalStateException("The connections of this Database are closed: it was closed. Create a "
                + "new Database.");
        }
        PooledConnection reused = idle.getAndSet(null);
        if (reused != null) {
            if (usable(reused)) {
                held.add(reused);
                return reused;
            }
            reused.close();
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            try (Statement s = connection.createStatement()) {
                for (String statement : setup) {
                    s.execute(statement);
                }
            }
            PooledConnection pooled = new PooledConnection(connection);
            held.add(pooled);
            return pooled;
        } catch (SQLException e) {
            if (connection != null) {
                PooledConnection.closeQuietly(connection);
            }
            throw new DataAccessException("Cannot get a connection from the DataSource: " + e.getMessage()
                + ". Check the DataSource's configuration.", e);
        }
    }

    private static boolean usable(PooledConnection connection) {
        try {
            return !connection.connection().isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void release(PooledConnection connection) {
        held.remove(connection);
        try {
            Connection c = connection.connection();
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            if (!closed && !c.isClosed() && idle.compareAndSet(null, connection)) {
                if (closed && idle.compareAndSet(connection, null)) {
                    connection.close();
                }
                return;
            }
        } catch (SQLException e) {
            // the connection is closed below
        }
        connection.close();
    }

    /** Closes the connections sessions still hold; the DataSource belongs to the application. */
    @Override
    public void close() {
        closed = true;
        PooledConnection kept = idle.getAndSet(null);
        if (kept != null) {
            kept.close();
        }
        for (PooledConnection connection : held) {
            connection.abort();
        }
        held.clear();
    }
}
