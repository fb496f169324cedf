package dev.kinship.runtime.internal.sql;

/**
 * Everything that differs between databases: identifier quoting, column types, how a
 * generated id comes back, how many parameters a statement may bind. A second database is one
 * more implementation.
 */
public interface Dialect {

    /** @return {@code name} quoted as an identifier */
    String quote(String name);

    /** @return the statements every connection runs before its first use (e.g. switching foreign keys on) */
    java.util.List<String> connectionSetup();

    /** @return the column type for values of {@code javaType} (boxed) */
    String columnType(Class<?> javaType);

    /** @return the column definition of a generated id of {@code javaType} */
    String generatedIdColumn(Class<?> javaType);

    /** @return the most parameters one statement may bind */
    int maxParameters();

    /** @return the clause appended to an INSERT so that it returns {@code idColumn}, or empty when keys come from getGeneratedKeys */
    String returningId(String idColumn);

    /** @return the LIMIT/OFFSET clause with two placeholders (limit -1: none), or empty when neither is set */
    String limitOffset(boolean limit, boolean offset);

    /** @return the join keyword that makes the left table drive the join */
    String drivingJoin();

    /**
     * @return the statement that starts a write transaction, taking the write lock at once so that
     *         a transaction that reads before it writes cannot deadlock with another writer
     */
    String beginTransaction();

    /** @return the statement that commits the current transaction */
    String commitTransaction();

    /** @return the statement that rolls back the current transaction */
    String rollbackTransaction();

    /** @return the statement that marks savepoint {@code name} inside the current transaction */
    String savepoint(String name);

    /** @return the statement that keeps the work since savepoint {@code name} and forgets the savepoint */
    String releaseSavepoint(String name);

    /** @return the statement that undoes the work since savepoint {@code name} */
    String rollbackToSavepoint(String name);

    /** The kinds of constraint a database reports. */
    enum Violation { NOT_NULL, FOREIGN_KEY, UNIQUE, CHECK, NONE }

    /** A classified constraint failure: its kind and, where the database says, {@code table.column} names. */
    record ConstraintFailure(Violation kind, java.util.List<String> columns) {
    }

    /** @return what constraint {@code e} reports, read from the database's error */
    ConstraintFailure classify(java.sql.SQLException e);
}
