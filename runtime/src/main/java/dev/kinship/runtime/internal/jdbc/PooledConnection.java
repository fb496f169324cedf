package dev.kinship.runtime.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A connection with its cache of prepared statements, which lives as long as the connection. */
public final class PooledConnection {

    private static final int MAX_STATEMENTS = 256;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() > MAX_STATEMENTS) {
                closeQuietly(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    private volatile boolean discarded;

    public PooledConnection(Connection connection) {
        this.connection = connection;
    }

    /** Marks the connection unfit for reuse (a rollback failed on it): it is closed when given back. */
    public void discard() {
        discarded = true;
    }

    public boolean discarded() {
        return discarded;
    }

    /**
     * Closes the JDBC connection from another thread than the one using it (the Database is
     * closing); its statements close with it, and {@link #close()} later is harmless.
     */
    void abort() {
        discarded = true;
        closeQuietly(connection);
    }

    public Connection connection() {
        return connection;
    }

    /** @return the cached statement for {@code sql}, prepared on first use */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** @return a statement of its own, for a result read while others run (streams) */
    public PreparedStatement prepareUncached(String sql) throws SQLException {
        return connection.prepareStatement(sql);
    }

    public void close() {
        statements.values().forEach(PooledConnection::closeQuietly);
        statements.clear();
        try {
            connection.close();
        } catch (SQLException e) {
            // closing: nothing left to do
        }
    }

    static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing: nothing left to do
        }
    }
}
