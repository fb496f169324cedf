package dev.kinship.runtime.internal.sql;

import dev.kinship.runtime.Isolation;
import dev.kinship.runtime.internal.codec.SqliteTypes;
import dev.kinship.runtime.internal.codec.TypeMapping;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite: INTEGER/REAL/TEXT/BLOB affinities ({@link SqliteTypes}), {@code RETURNING} for
 * generated ids, 32,766 parameters per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32) and
 * {@code CROSS JOIN} to fix the join order. Transactions begin IMMEDIATE: the write lock is taken
 * when the transaction starts, so concurrent writers wait for each other (busy timeout) instead of
 * failing when one upgrades its read to a write; every transaction is therefore serializable.
 * Decimals, stored as exact text, compare and sort by their REAL value. Constraint errors are
 * read from the message text ({@code UNIQUE constraint failed: Users.email}).
 */
public final class SqliteDialect implements Dialect {

    private static final TypeMapping TYPES = new SqliteTypes();
    private static final Pattern COLUMNS = Pattern.compile("constraint failed: ([\\w.]+(?:, [\\w.]+)*)");

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public TypeMapping types() {
        return TYPES;
    }

    @Override
    public List<String> connectionSetup() {
        return List.of("PRAGMA foreign_keys = ON");
    }

    @Override
    public int maxParameters() {
        return 32_766;
    }

    @Override
    public String advanceGeneratedId(String table, String idColumn) {
        return "";
    }

    @Override
    public String limitOffset(boolean limit, boolean offset) {
        if (limit) {
            return offset ? " LIMIT ? OFFSET ?" : " LIMIT ?";
        }
        return offset ? " LIMIT -1 OFFSET ?" : "";
    }

    @Override
    public String orderTerm(String expression, Class<?> type, boolean nullable, boolean descending) {
        return comparable(expression, type) + (descending ? " DESC" : "");
    }

    @Override
    public String comparable(String expression, Class<?> type) {
        return type == BigDecimal.class ? "CAST(" + expression + " AS REAL)" : expression;
    }

    @Override
    public String drivingJoin() {
        return "CROSS JOIN";
    }

    @Override
    public String beginTransaction(Isolation isolation) {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return false;
    }

    @Override
    public boolean foreignKeysAfterTables() {
        return false;
    }

    @Override
    public int maxIdentifierBytes() {
        return Integer.MAX_VALUE;
    }

    @Override
    public ConstraintFailure classify(SQLException e) {
        String message = String.valueOf(e.getMessage());
        Violation kind = message.contains("NOT NULL constraint failed") ? Violation.NOT_NULL
            : message.contains("FOREIGN KEY constraint failed") ? Violation.FOREIGN_KEY
            : message.contains("UNIQUE constraint failed") ? Violation.UNIQUE
            : message.contains("CHECK constraint failed") ? Violation.CHECK : Violation.NONE;
        List<String> columns = new ArrayList<>();
        String table = null;
        Matcher m = COLUMNS.matcher(message);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                String qualified = part.trim();
                int dot = qualified.indexOf('.');
                table = dot < 0 ? table : qualified.substring(0, dot);
                columns.add(qualified.substring(dot + 1));
            }
        }
        return new ConstraintFailure(kind, Optional.ofNullable(table), columns, Optional.empty());
    }

    @Override
    public boolean isConflict(SQLException e) {
        return false;
    }
}
