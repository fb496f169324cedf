package dev.kinship.dsl;

/** A hasOne declaration: the target holds the foreign key. */
public interface HasOneStep extends AssociationStep<HasOneStep> {

    /**
     * The source field the target's key refers to (default {@code id}).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    HasOneStep sourceKey(String field);

    /**
     * Restricts the association to targets whose {@code field} equals {@code value} (null: IS
     * NULL); written on create. Several calls are ANDed.
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    HasOneStep scope(String field, Object value);

    /** @param allowNull whether the target's key column accepts NULL */
    HasOneStep allowNull(boolean allowNull);
}
