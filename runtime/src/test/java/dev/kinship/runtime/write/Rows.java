package dev.kinship.runtime.write;

import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.util.ArrayList;
import java.util.List;

/** Reads rows with plain SQL, past every session, and counts the statements a piece of work costs. */
public final class Rows {

    private Rows() {
    }

    /** @return the first column of every row of {@code sql}, in order (integers as Long) */
    public static List<Object> column(Database db, String sql, Object... args) {
        return db.withConnection(c -> {
            try (var statement = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                try (var rows = statement.executeQuery()) {
                    List<Object> out = new ArrayList<>();
                    while (rows.next()) {
                        Object value = rows.getObject(1);
                        out.add(value instanceof Integer i ? Long.valueOf(i) : value);
                    }
                    return out;
                }
            }
        });
    }

    /** @return the single value {@code sql} selects (null for SQL NULL) */
    public static Object value(Database db, String sql, Object... args) {
        List<Object> values = column(db, sql, args);
        if (values.size() != 1) {
            throw new AssertionError(sql + " returned " + values.size() + " rows, expected 1");
        }
        return values.get(0);
    }

    /** @return how many statements {@code work} ran in {@code session} */
    public static long statements(Session session, Runnable work) {
        long before = session.stats().statements();
        work.run();
        return session.stats().statements() - before;
    }
}
