package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;

/** An association was read lazily after its {@link Database} was closed. */
public class DetachedEntityException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /** @param message which entity and alias, and how to avoid it */
    public DetachedEntityException(String message) {
        super(message);
    }
}
