package dev.kinship.runtime;

import java.util.Optional;

/**
 * The operations of one owner's belongsTo or hasOne association
 * ({@code session.toOne(post, "author")}). Each call is atomic: belongsTo {@code set} is one
 * UPDATE of the owner's key (with its BEFORE_UPDATE/AFTER_UPDATE hooks, as in Sequelize v7),
 * hasOne {@code set} at most three statements (read the previous target, unset or delete it,
 * link the new one).
 *
 * @param <T> the target type
 */
public interface ToOne<T> {

    /** @return the associated target, loading it if needed */
    Optional<T> get();

    /**
     * Associates {@code target} (null unsets). belongsTo writes the owner's key; hasOne moves
     * the target's key to this owner and unsets (or, when the key is NOT NULL, deletes) the
     * previous target.
     *
     * @throws ConstraintViolationException when the database refuses the change
     */
    void set(T target);

    /**
     * Inserts {@code target} with the key (and scope values) set, and associates it.
     *
     * @return the managed target
     */
    T create(T target);
}
