package dev.kinship.dsl;

/** A hasMany declaration: every target holds a foreign key to its source. */
public interface HasManyStep extends AssociationStep<HasManyStep> {

    /**
     * The source field the target's key refers to (default {@code id}).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    HasManyStep sourceKey(String field);

    /**
     * Restricts the association to targets whose {@code field} equals {@code value} (null: IS
     * NULL); written on create. Several calls are ANDed.
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    HasManyStep scope(String field, Object value);

    /** @param allowNull whether the target's key column accepts NULL */
    HasManyStep allowNull(boolean allowNull);
}
