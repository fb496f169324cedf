package dev.kinship.runtime.internal.sql;

import java.math.BigDecimal;
import java.util.Map;

/**
 * SQLite: double-quoted identifiers, INTEGER/REAL/TEXT/BLOB affinities, {@code RETURNING} for
 * generated ids, 32,766 parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32) and
 * {@code CROSS JOIN} to fix the join order. Transactions begin IMMEDIATE: the write lock is taken
 * when the transaction starts, so concurrent writers wait for each other (busy timeout) instead of
 * failing when one upgrades its read to a write.
 */
public final class SqliteDialect implements Dialect {

    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
        Map.entry(Long.class, "INTEGER"), Map.entry(Integer.class, "INTEGER"), Map.entry(Short.class, "INTEGER"),
        Map.entry(Byte.class, "INTEGER"), Map.entry(Boolean.class, "INTEGER"), Map.entry(Double.class, "REAL"),
        Map.entry(Float.class, "REAL"), Map.entry(byte[].class, "BLOB"), Map.entry(BigDecimal.class, "TEXT"));

    @Override
    public String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public java.util.List<String> connectionSetup() {
        return java.util.List.of("PRAGMA foreign_keys = ON");
    }

    @Override
    public String columnType(Class<?> javaType) {
        return TYPES.getOrDefault(javaType, "TEXT");
    }

    @Override
    public String generatedIdColumn(Class<?> javaType) {
        return "INTEGER PRIMARY KEY";
    }

    @Override
    public int maxParameters() {
        return 32_766;
    }

    @Override
    public String returningId(String idColumn) {
        return " RETURNING " + quote(idColumn);
    }

    @Override
    public String limitOffset(boolean limit, boolean offset) {
        return limit || offset ? " LIMIT ? OFFSET ?" : "";
    }

    @Override
    public String drivingJoin() {
        return "CROSS JOIN";
    }

    @Override
    public String beginTransaction() {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public String commitTransaction() {
        return "COMMIT";
    }

    @Override
    public String rollbackTransaction() {
        return "ROLLBACK";
    }

    @Override
    public String savepoint(String name) {
        return "SAVEPOINT " + quote(name);
    }

    @Override
    public String releaseSavepoint(String name) {
        return "RELEASE SAVEPOINT " + quote(name);
    }

    @Override
    public String rollbackToSavepoint(String name) {
        return "ROLLBACK TO SAVEPOINT " + quote(name);
    }

    @Override
    public ConstraintFailure classify(java.sql.SQLException e) {
        String message = String.valueOf(e.getMessage());
        Violation kind = message.contains("NOT NULL constraint failed") ? Violation.NOT_NULL
            : message.contains("FOREIGN KEY constraint failed") ? Violation.FOREIGN_KEY
            : message.contains("UNIQUE constraint failed") ? Violation.UNIQUE
            : message.contains("CHECK constraint failed") ? Violation.CHECK : Violation.NONE;
        java.util.List<String> columns = new java.util.ArrayList<>();
        java.util.regex.Matcher m = COLUMNS.matcher(message);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                columns.add(part.trim());
            }
        }
        return new ConstraintFailure(kind, columns);
    }

    private static final java.util.regex.Pattern COLUMNS =
        java.util.regex.Pattern.compile("constraint failed: ([\\w.]+(?:, [\\w.]+)*)");
}
