package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/**
 * The database refused a write: a RESTRICT/NO_ACTION delete with children, a missing parent,
 * a NOT NULL column left empty, a duplicate id or join row. The message names the model, row,
 * column and association; nothing was written.
 */
public class ConstraintViolationException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which model, row and association, and how to fix it
     * @param cause   the database's error, when there was one
     */
    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
