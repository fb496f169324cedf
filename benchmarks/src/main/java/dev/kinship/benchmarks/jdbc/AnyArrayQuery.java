package dev.kinship.benchmarks.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Runs one statement shape over many keys with one {@code bigint[]} parameter
 * ({@code WHERE … = ANY(?)}, bound through {@link Connection#createArrayOf}): one statement for
 * any number of keys, and the same SQL text for every size, so PostgreSQL plans it once.
 */
final class AnyArrayQuery implements KeyListQuery {

    private final String sql;

    /** @param sql the statement, with one {@code = ANY(?)} parameter for the keys */
    AnyArrayQuery(String sql) {
        this.sql = sql;
    }

    @Override
    public void run(Connection connection, Collection<Long> keys, StatementCounter counter, RowHandler handler)
            throws SQLException {
        Array array = connection.createArrayOf("bigint", keys.toArray());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, array);
            counter.executed();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.row(rows);
                }
            }
        } finally {
            array.free();
        }
    }

    /** The statement's text. */
    String sql() {
        return sql;
    }
}
