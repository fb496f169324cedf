package dev.kinship.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * One statement shape run over many keys at once, as a database does it best: an
 * {@code IN (?, ?, …)} list chunked to the parameter limit on SQLite ({@link InListQuery}), one
 * array parameter ({@code = ANY(?)}) on PostgreSQL ({@link AnyArrayQuery}).
 */
interface KeyListQuery {

    /** Receives each row of every statement. */
    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rows) throws SQLException;
    }

    /** Runs the statement over {@code keys}, counting every execution, and hands each row to {@code handler}. */
    void run(Connection connection, Collection<Long> keys, StatementCounter counter, RowHandler handler)
            throws SQLException;
}
