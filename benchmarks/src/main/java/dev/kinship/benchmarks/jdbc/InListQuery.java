package dev.kinship.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Iterator;

/**
 * Runs one statement shape with an {@code IN (?, ?, …)} list over many keys: the keys are
 * split into chunks of at most the connection's parameter limit, the statement for a full
 * chunk is prepared once and reused for every full chunk, and the remainder gets its own.
 */
final class InListQuery {

    private final String before;
    private final String after;

    /**
     * @param before the SQL up to and including {@code IN (}
     * @param after the SQL after the closing parenthesis, starting with {@code )}
     */
    InListQuery(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** This statement with chunks of at most {@code chunk} keys, as a {@link KeyListQuery}. */
    KeyListQuery chunked(int chunk) {
        return (connection, keys, counter, handler) -> run(connection, keys, chunk, counter, handler);
    }

    void run(Connection connection, Collection<Long> keys, int chunk, StatementCounter counter,
             KeyListQuery.RowHandler handler) throws SQLException {
        int full = keys.size() / chunk;
        int rest = keys.size() % chunk;
        Iterator<Long> next = keys.iterator();
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(chunk))) {
                for (int c = 0; c < full; c++) {
                    execute(statement, next, chunk, counter, handler);
                }
            }
        }
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(rest))) {
                execute(statement, next, rest, counter, handler);
            }
        }
    }

    private static void execute(PreparedStatement statement, Iterator<Long> keys, int count,
                                StatementCounter counter, KeyListQuery.RowHandler handler) throws SQLException {
        for (int i = 1; i <= count; i++) {
            statement.setLong(i, keys.next());
        }
        counter.executed();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.row(rows);
            }
        }
    }

    String sql(int parameters) {
        StringBuilder sql = new StringBuilder(before.length() + after.length() + 2 * parameters);
        sql.append(before).append('?');
        for (int i = 1; i < parameters; i++) {
            sql.append(",?");
        }
        return sql.append(after).toString();
    }
}
