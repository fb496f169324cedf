package dev.kinship.dsl;

/**
 * A declaration that cannot work: thrown by {@link Schema.Builder#build()} with a message that
 * names the source model, the kind, the target and the alias, says what is wrong and how to
 * fix it. No declaration that fails validation reaches the runtime.
 */
public class AssociationDefinitionException extends KinshipException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the declaration and how to fix it
     */
    public AssociationDefinitionException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong with the declaration and how to fix it
     * @param cause   the failure that revealed it
     */
    public AssociationDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
