package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/**
 * A column holds a value its field cannot take: an integer too large for an {@code Integer}
 * field, a name that is no constant of the field's enum, text that is no UUID or ISO-8601 date.
 * Kinship never writes such values; they come from rows written by other means. The message
 * names the model, the field, the column and the value, and how to fix it.
 */
public class ColumnValueException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /** @param message which field, column and value, and how to fix it */
    public ColumnValueException(String message) {
        super(message);
    }
}
