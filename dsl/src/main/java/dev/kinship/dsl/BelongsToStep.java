package dev.kinship.dsl;

/** A belongsTo declaration: the source holds the foreign key. */
public interface BelongsToStep extends AssociationStep<BelongsToStep> {

    /**
     * The target field the source's key refers to (default {@code id}).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    BelongsToStep targetKey(String field);

    /** @param allowNull whether the source's key column accepts NULL */
    BelongsToStep allowNull(boolean allowNull);
}
