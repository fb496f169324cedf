package dev.kinship.runtime.internal.sql;

import dev.kinship.runtime.Isolation;
import dev.kinship.runtime.internal.codec.PostgresTypes;
import dev.kinship.runtime.internal.codec.TypeMapping;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL 13 or later, and servers that speak its protocol: native types
 * ({@link PostgresTypes}), identity columns whose sequence an explicit id advances, an explicit
 * {@code NULLS FIRST}/{@code NULLS LAST} so that NULLs sort as on SQLite, {@code JOIN} to drive a
 * join (PostgreSQL plans the order itself), foreign keys added once every table exists, 63-byte
 * identifiers, and errors read from SQLSTATE and the server's error fields. A failed statement
 * aborts the transaction until it rolls back to a savepoint, which is why every write runs under
 * one of its own.
 */
public final class PostgresDialect implements Dialect {

    private static final TypeMapping TYPES = new PostgresTypes();

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public TypeMapping types() {
        return TYPES;
    }

    @Override
    public List<String> connectionSetup() {
        return List.of();
    }

    @Override
    public int maxParameters() {
        return 32_766;
    }

    @Override
    public String advanceGeneratedId(String table, String idColumn) {
        String sequence = "pg_get_serial_sequence('" + quote(table).replace("'", "''") + "', '"
            + idColumn.replace("'", "''") + "')";
        return " RETURNING setval(" + sequence + ", GREATEST(" + quote(idColumn) + ", COALESCE(pg_sequence_last_value("
            + sequence + "::regclass), 0)))";
    }

    @Override
    public String limitOffset(boolean limit, boolean offset) {
        return (limit ? " LIMIT ?" : "") + (offset ? " OFFSET ?" : "");
    }

    @Override
    public String orderTerm(String expression, Class<?> type, boolean nullable, boolean descending) {
        if (!nullable) {
            return expression + (descending ? " DESC" : "");
        }
        return expression + (descending ? " DESC NULLS LAST" : " NULLS FIRST");
    }

    @Override
    public String typedParameter(Class<?> type) {
        if (type == Object.class) {
            return "?";
        }
        String column = TYPES.columnType(type);
        int collate = column.indexOf(" COLLATE");
        return "CAST(? AS " + (collate < 0 ? column : column.substring(0, collate)) + ")";
    }

    @Override
    public boolean streamsInTransaction() {
        return true;
    }

    @Override
    public String drivingJoin() {
        return "JOIN";
    }

    @Override
    public String beginTransaction(Isolation isolation) {
        return "BEGIN ISOLATION LEVEL " + isolation.sql();
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return true;
    }

    @Override
    public boolean foreignKeysAfterTables() {
        return true;
    }

    @Override
    public String addForeignKey(String table, String name, String definition) {
        return "DO $$ BEGIN ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(name) + " " + definition
            + "; EXCEPTION WHEN duplicate_object THEN NULL; END $$";
    }

    @Override
    public int maxIdentifierBytes() {
        return 63;
    }

    @Override
    public ConstraintFailure classify(SQLException e) {
        String state = String.valueOf(e.getSQLState());
        Violation kind = switch (state) {
            case "23502" -> Violation.NOT_NULL;
            case "23503" -> Violation.FOREIGN_KEY;
            case "23505" -> Violation.UNIQUE;
            case "23514" -> Violation.CHECK;
            default -> Violation.NONE;
        };
        ServerErrorMessage server = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (server == null) {
            return new ConstraintFailure(kind, Optional.empty(), List.of(), Optional.empty());
        }
        List<String> columns = new ArrayList<>();
        if (server.getColumn() != null) {
            columns.add(server.getColumn());
        } else if (kind == Violation.UNIQUE || kind == Violation.FOREIGN_KEY) {
            columns.addAll(keyColumns(server.getDetail()));
        }
        return new ConstraintFailure(kind, Optional.ofNullable(server.getTable()), columns,
            Optional.ofNullable(server.getConstraint()));
    }

    /** @return the columns of a detail such as {@code Key ("postId", "tagId")=(1, 2) already exists.} */
    private static List<String> keyColumns(String detail) {
        List<String> columns = new ArrayList<>();
        if (detail == null || !detail.startsWith("Key (")) {
            return columns;
        }
        int end = detail.indexOf(")=(");
        if (end < 0) {
            return columns;
        }
        for (String part : detail.substring(5, end).split(", ")) {
            String name = part.trim();
            columns.add(name.startsWith("\"") && name.endsWith("\"") && name.length() > 1
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name);
        }
        return columns;
    }

    @Override
    public boolean isConflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }
}
