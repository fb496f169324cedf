package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/** An unloaded association was read while lazy loading is off, or its lazy load failed. */
public class LazyLoadingException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /** @param message which entity and alias, and how to load it */
    public LazyLoadingException(String message) {
        super(message);
    }

    /**
     * @param message which entity and alias, and the statement that failed
     * @param cause   the database's error
     */
    public LazyLoadingException(String message, Throwable cause) {
        super(message, cause);
    }
}
