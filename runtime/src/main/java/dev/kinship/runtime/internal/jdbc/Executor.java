package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.internal.mapping.Codec;
import dev.kinship.runtime.internal.mapping.Codecs;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Runs statements on one connection and counts them. SQL is logged at DEBUG through
 * {@code System.Logger} ("dev.kinship.sql"), bound values only at TRACE.
 */
public final class Executor {

    private static final Logger LOG = System.getLogger("dev.kinship.sql");

    private final PooledConnection connection;
    private final StatementCounter counter;

    /** Counts statements for whoever owns the executor (a session's stats). */
    public interface StatementCounter {
        void statementRan();
    }

    public Executor(PooledConnection connection, StatementCounter counter) {
        this.connection = connection;
        this.counter = counter;
    }

    public PooledConnection connection() {
        return connection;
    }

    /** @return the cached statement for {@code sql} with {@code values} bound */
    public PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepare(sql);
        bind(statement, values);
        return statement;
    }

    /** Binds values: nulls with their codec's type when known, others through their codec. */
    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bindOne(statement, i + 1, values[i]);
        }
    }

    public static void bindOne(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.NULL);
        } else {
            codecOf(value).bind(statement, index, value);
        }
    }

    private static Codec codecOf(Object value) {
        Class<?> type = value.getClass();
        return type.isEnum() || type.getSuperclass() != null && type.getSuperclass().isEnum()
            ? Codecs.of(type.isEnum() ? type : type.getSuperclass()) : Codecs.of(type);
    }

    /** Runs a query on a prepared statement; the caller closes the result. */
    public ResultSet query(PreparedStatement statement, String sql, Object[] values) throws SQLException {
        log(sql, values);
        counter.statementRan();
        return statement.executeQuery();
    }

    /** Runs an update; @return the rows changed. */
    public int update(String sql, Object... values) throws SQLException {
        PreparedStatement statement = prepare(sql, values);
        log(sql, values);
        counter.statementRan();
        return statement.executeUpdate();
    }

    /** Runs a statement without parameters (DDL), uncached. */
    public void execute(String sql) throws SQLException {
        log(sql, new Object[0]);
        counter.statementRan();
        try (var statement = connection.connection().createStatement()) {
            statement.execute(sql);
        }
    }

    private static void log(String sql, Object[] values) {
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, () -> sql + " -- " + Arrays.deepToString(values));
        } else if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, () -> sql + (values.length == 0 ? "" : " -- " + values.length + " value(s)"));
        }
    }
}
