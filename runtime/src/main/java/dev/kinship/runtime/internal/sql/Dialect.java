package dev.kinship.runtime.internal.sql;

import dev.kinship.runtime.Isolation;
import dev.kinship.runtime.internal.codec.TypeMapping;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between databases, in one place: identifier quoting, how each Java
 * type is stored and bound, LIMIT/OFFSET, the order of NULLs, generated keys, transactions, what
 * an error means and what a failed statement leaves usable. A second database is one more
 * implementation.
 */
public interface Dialect {

    /** @return {@code "sqlite"} or {@code "postgresql"}, as {@code Database.dialect()} reports it */
    String name();

    /** @return the column type and codec of every Java type */
    TypeMapping types();

    /** @return {@code name} quoted as an identifier */
    default String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** @return the statements every connection runs before its first use (e.g. switching foreign keys on) */
    List<String> connectionSetup();

    /** @return the most parameters one statement may bind */
    int maxParameters();

    /** @return the clause appended to an INSERT so that it returns {@code idColumn} */
    default String returningId(String idColumn) {
        return " RETURNING " + quote(idColumn);
    }

    /**
     * @return the clause appended to an INSERT that gives an explicit value to a generated id, so
     *         that later generated ids do not collide with it (a result set of one row), or empty
     *         when the database needs nothing
     */
    String advanceGeneratedId(String table, String idColumn);

    /**
     * @return the LIMIT/OFFSET clause with a placeholder for each of the two that is set, in that
     *         order, or empty when neither is
     */
    String limitOffset(boolean limit, boolean offset);

    /**
     * @return one ORDER BY term: NULLs first ascending and last descending on every database;
     *         decimals in numeric order
     */
    String orderTerm(String expression, Class<?> type, boolean nullable, boolean descending);

    /** @return {@code expression} (a column or a placeholder) as compared in WHERE: decimals numerically */
    default String comparable(String expression, Class<?> type) {
        return expression;
    }

    /**
     * @return a placeholder for a value of {@code type} where the database cannot tell its type
     *         from the context (a SELECT list), typed where the database needs it
     */
    default String typedParameter(Class<?> type) {
        return "?";
    }

    /**
     * @return whether a result is read in chunks only with a fetch size inside a transaction (as
     *         pgjdbc does), rather than by the driver as it is consumed
     */
    default boolean streamsInTransaction() {
        return false;
    }

    /** @return the join keyword that makes the left table drive the join */
    String drivingJoin();

    /** @return the statement that starts a transaction with {@code isolation} */
    String beginTransaction(Isolation isolation);

    /** @return the statement that commits the current transaction */
    default String commitTransaction() {
        return "COMMIT";
    }

    /** @return the statement that rolls back the current transaction */
    default String rollbackTransaction() {
        return "ROLLBACK";
    }

    /** @return the statement that marks savepoint {@code name} inside the current transaction */
    default String savepoint(String name) {
        return "SAVEPOINT " + quote(name);
    }

    /** @return the statement that keeps the work since savepoint {@code name} and forgets the savepoint */
    default String releaseSavepoint(String name) {
        return "RELEASE SAVEPOINT " + quote(name);
    }

    /** @return the statement that undoes the work since savepoint {@code name} */
    default String rollbackToSavepoint(String name) {
        return "ROLLBACK TO SAVEPOINT " + quote(name);
    }

    /**
     * @return whether a failed statement makes the database refuse every later statement of the
     *         transaction until it rolls back (to a savepoint): PostgreSQL does, SQLite does not
     */
    boolean failedStatementAbortsTransaction();

    /** @return whether foreign keys are added by ALTER TABLE after every table exists, rather than inside CREATE TABLE */
    boolean foreignKeysAfterTables();

    /**
     * @return the statement that adds foreign key {@code name}, harmless when it exists already
     *         (only for {@link #foreignKeysAfterTables()})
     */
    default String addForeignKey(String table, String name, String definition) {
        throw new UnsupportedOperationException(name() + " creates foreign keys inside CREATE TABLE");
    }

    /** @return the longest identifier, in bytes, the database keeps whole */
    int maxIdentifierBytes();

    /** The kinds of constraint a database reports. */
    enum Violation { NOT_NULL, FOREIGN_KEY, UNIQUE, CHECK, NONE }

    /**
     * A classified constraint failure.
     *
     * @param kind       what kind of constraint refused the write
     * @param table      the table, where the database says
     * @param columns    the columns, where the database says
     * @param constraint the constraint's name, where the database says
     */
    record ConstraintFailure(Violation kind, Optional<String> table, List<String> columns, Optional<String> constraint) {

        /** @return each column as {@code table.column} (just the column where the table is unknown) */
        public List<String> qualifiedColumns() {
            return columns.stream().map(c -> table.map(t -> t + "." + c).orElse(c)).toList();
        }
    }

    /** @return what constraint {@code e} reports, read from the database's error */
    ConstraintFailure classify(SQLException e);

    /** @return whether {@code e} is a serialization failure or deadlock, after which the transaction may be retried */
    boolean isConflict(SQLException e);
}
