package dev.kinship.runtime.loading;

import dev.kinship.runtime.Database;
import java.sql.PreparedStatement;
import java.util.function.IntFunction;

/** Test data written with plain SQL, in one transaction per call, so that fixtures do not depend on Kinship's writes. */
final class Rows {

    private Rows() {
    }

    /** Inserts {@code count} rows into {@code table}; {@code row} gives the values of row i (0-based). */
    static void insert(Database db, String table, String columns, int count, IntFunction<Object[]> row) {
        int width = columns.split(",").length;
        String sql = "INSERT INTO \"" + table + "\" (" + quoteAll(columns) + ") VALUES ("
            + "?, ".repeat(width - 1) + "?)";
        db.withConnection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    Object[] values = row.apply(i);
                    for (int v = 0; v < values.length; v++) {
                        statement.setObject(v + 1, values[v]);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            return null;
        });
    }

    /** Runs one statement. */
    static void exec(Database db, String sql, Object... values) {
        db.withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int v = 0; v < values.length; v++) {
                    statement.setObject(v + 1, values[v]);
                }
                statement.execute();
            }
            return null;
        });
    }

    private static String quoteAll(String columns) {
        StringBuilder out = new StringBuilder();
        for (String c : columns.split(",")) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(c.trim()).append('"');
        }
        return out.toString();
    }
}
