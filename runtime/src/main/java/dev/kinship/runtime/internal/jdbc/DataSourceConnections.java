package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Connections from the application's DataSource (its pool decides reuse). Each is put in
 * auto-commit mode first and then runs the dialect's connection setup (which may have to run
 * outside a transaction, as SQLite's {@code PRAGMA foreign_keys} does). A connection given back
 * is closed, which returns it to the application's pool: the Database keeps none between
 * sessions, so that a small pool is never starved by Kinship. {@link #close()} closes those that
 * sessions still hold, and leaves the DataSource alone.
 */
public final class DataSourceConnections implements Connections {

    private final DataSource dataSource;
    private final List<String> setup;
    private final Set<PooledConnection> held = ConcurrentHashMap.newKeySet();
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

    @Override
    public void release(PooledConnection connection) {
        held.remove(connection);
        try {
            Connection c = connection.connection();
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
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
        for (PooledConnection connection : held) {
            connection.abort();
        }
        held.clear();
    }
}
