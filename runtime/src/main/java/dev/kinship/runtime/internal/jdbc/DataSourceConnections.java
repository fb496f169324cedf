package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Connections from the application's DataSource (its pool decides reuse); foreign keys switched on for each. */
public final class DataSourceConnections implements Connections {

    private final DataSource dataSource;

    public DataSourceConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public PooledConnection acquire() {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return new PooledConnection(connection);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot get a connection from the DataSource: " + e.getMessage(), e);
        }
    }

    @Override
    public void release(PooledConnection connection) {
        try {
            Connection c = connection.connection();
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // the connection is closed below either way
        }
        connection.close();
    }

    @Override
    public void close() {
        // the DataSource belongs to the application
    }
}
