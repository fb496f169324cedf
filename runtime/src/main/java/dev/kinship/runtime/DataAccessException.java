package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/** A statement failed for a reason other than a constraint; the SQLException is the cause. */
public class DataAccessException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done and the statement
     * @param cause   the database's error
     */
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
