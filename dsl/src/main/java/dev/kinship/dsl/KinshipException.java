package dev.kinship.dsl;

/**
 * The root of every exception Kinship throws. Unchecked: a Kinship failure is either a
 * mistake in a declaration or a database refusing what was asked, and neither is worth a
 * {@code throws} clause on every call.
 */
public class KinshipException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, the values involved and how to fix it
     */
    public KinshipException(String message) {
        super(message);
    }

    /**
     * @param message what failed, the values involved and how to fix it
     * @param cause   the underlying failure, kept so that nothing is lost
     */
    public KinshipException(String message, Throwable cause) {
        super(message, cause);
    }
}
