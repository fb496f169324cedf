package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.internal.codec.Codec;
import dev.kinship.runtime.internal.codec.TypeMapping;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Runs statements on one connection and counts them. SQL is logged at DEBUG through
 * {@code System.Logger} ("dev.kinship.sql"), bound values only at TRACE. Transaction control
 * (BEGIN, COMMIT, ROLLBACK, savepoints) is logged too but not counted: the count is of the
 * queries and writes a session ran.
 */
public final class Executor {

    private static final Logger LOG = System.getLogger("dev.kinship.sql");
    private static final Object[] NO_VALUES = {};

    private final PooledConnection connection;
    private final StatementCounter counter;
    private final TypeMapping types;

    /** Counts statements for whoever owns the executor (a session's stats). */
    public interface StatementCounter {
        void statementRan();
    }

    /** @param types binds values that are not a column's (conditions, scopes, keys) by their class */
    public Executor(PooledConnection connection, StatementCounter counter, TypeMapping types) {
        this.connection = connection;
        this.counter = counter;
        this.types = types;
    }

    public PooledConnection connection() {
        return connection;
    }

    /** @return the cached statement for {@code sql} with {@code values} bound, each by the codec of its class */
    public PreparedStatement prepare(String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepare(sql);
        bind(statement, values);
        return statement;
    }

    /**
     * @return the cached statement for {@code sql} with {@code values[i]} bound by {@code codecs[i]}
     *         (a column's codec), NULL bound with the codec's SQL type
     * @throws IllegalArgumentException when a codec refuses a value the database cannot store
     */
    public PreparedStatement prepare(String sql, Codec[] codecs, Object[] values) throws SQLException {
        PreparedStatement statement = connection.prepare(sql);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, codecs[i].sqlType());
            } else {
                codecs[i].bind(statement, i + 1, value);
            }
        }
        return statement;
    }

    /** Binds values: nulls untyped, others through the codec of their class. */
    public void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bindOne(statement, i + 1, values[i]);
        }
    }

    private void bindOne(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.NULL);
        } else {
            types.codecOfValue(value).bind(statement, index, value);
        }
    }

    /** Runs a query on a prepared statement; the caller closes the result. */
    public ResultSet query(PreparedStatement statement, String sql, Object[] values) throws SQLException {
        log(sql, values);
        counter.statementRan();
        return statement.executeQuery();
    }

    /** Runs an update; @return the rows changed. */
    public int update(String sql, Object... values) throws SQLException {
        return update(prepare(sql, values), sql, values);
    }

    /** Runs an update on a statement prepared and bound by the caller; @return the rows changed. */
    public int update(PreparedStatement statement, String sql, Object[] values) throws SQLException {
        log(sql, values);
        counter.statementRan();
        return statement.executeUpdate();
    }

    /** Runs a statement without parameters (DDL), uncached. */
    public void execute(String sql) throws SQLException {
        log(sql, NO_VALUES);
        counter.statementRan();
        try (var statement = connection.connection().createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a transaction-control statement (BEGIN, COMMIT, ROLLBACK, a savepoint): logged, cached, not counted. */
    public void control(String sql) throws SQLException {
        log(sql, NO_VALUES);
        connection.prepare(sql).execute();
    }

    private static void log(String sql, Object[] values) {
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, () -> sql + (values.length == 0 ? "" : " -- " + Arrays.deepToString(values)));
        } else if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, () -> sql + (values.length == 0 ? "" : " -- " + values.length + " value(s)"));
        }
    }
}
