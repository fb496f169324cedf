package dev.kinship.dsl;

import java.util.function.Consumer;

/** A belongsToMany declaration: source and target are linked by rows of a join table. */
public interface BelongsToManyStep extends AssociationStep<BelongsToManyStep> {

    /**
     * Links through a join table Kinship creates and keeps itself (no class).
     *
     * @throws NullPointerException     when {@code joinTable} is null
     * @throws IllegalArgumentException when {@code joinTable} is blank
     */
    BelongsToManyStep through(String joinTable);

    /**
     * Links through a join table with options such as a through scope, e.g. a type column
     * for a polymorphic many-to-many.
     *
     * @throws NullPointerException when an argument is null
     * @throws IllegalArgumentException when {@code joinTable} is blank
     */
    BelongsToManyStep through(String joinTable, Consumer<Through> options);

    /**
     * Links through a join model: a registered entity class with both keys as fields and
     * perhaps columns of its own.
     *
     * @throws NullPointerException when {@code joinModel} is null
     */
    BelongsToManyStep through(Class<?> joinModel);

    /**
     * Links through a join model with options ({@link Through#unique(boolean)},
     * {@link Through#scope(String, Object)}).
     *
     * @throws NullPointerException when an argument is null
     */
    BelongsToManyStep through(Class<?> joinModel, Consumer<Through> options);

    /**
     * The join table's key that refers to the target (default: the target's lowerCamel name +
     * {@code "Id"}).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    BelongsToManyStep otherKey(String field);

    /**
     * Restricts the association to targets whose {@code field} equals {@code value}.
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    BelongsToManyStep scope(String field, Object value);
}
