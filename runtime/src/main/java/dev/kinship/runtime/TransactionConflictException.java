package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/**
 * The database gave up a transaction because it conflicted with another one: a serialization
 * failure or a deadlock (SQLSTATE 40001 / 40P01). Nothing of the transaction was committed, and
 * the same work may simply be run again; {@link Database#inTransaction(Isolation, int,
 * java.util.function.Function)} does that for you.
 */
public class TransactionConflictException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /** @param message what conflicted and how to retry */
    public TransactionConflictException(String message) {
        super(message);
    }

    /**
     * @param message what conflicted and how to retry
     * @param cause   the database's error
     */
    public TransactionConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
