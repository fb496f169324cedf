package dev.kinship.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of one owner's hasMany or belongsToMany association
 * ({@code session.toMany(post, "categories")}): Sequelize's get/set/add/remove/has/count/create.
 * Scopes bound every operation and are written by add and create. Each call is atomic and
 * costs a bounded number of statements, however many targets it touches (beyond chunking of
 * long IN lists): {@code get}, {@code count}, {@code has} one statement each ({@code get}
 * always reads, since the field may hold a filtered include); hasMany {@code add}/{@code remove}
 * one UPDATE (no per-row hooks, as in Sequelize); belongsToMany {@code add} one INSERT of the
 * missing join rows, {@code remove} one DELETE within the through scope (or one UPDATE with
 * {@code softDelete}); {@code set} one read of the current links, then at most one unlink and
 * one link statement.
 *
 * @param <T> the target type
 */
public interface ToMany<T> {

    /** @return the associated targets (scopes applied), in key order */
    List<T> get();

    /** @return how many targets are associated */
    long count();

    /** @return whether {@code target} is associated */
    boolean has(T target);

    /** @return whether every one of {@code targets} is associated */
    boolean hasAll(Collection<? extends T> targets);

    /** Associates {@code target}; a target already associated keeps its one link. */
    void add(T target);

    /**
     * Associates {@code target} with values for the join row's own columns (belongsToMany);
     * an existing link gets the values.
     */
    void add(T target, Map<String, Object> throughValues);

    /** Associates every one of {@code targets}. */
    void addAll(Collection<? extends T> targets);

    /** Unlinks {@code target}: hasMany nulls its key (or deletes it when the key is NOT NULL); belongsToMany deletes the join row. */
    void remove(T target);

    /** Unlinks every one of {@code targets}. */
    void removeAll(Collection<? extends T> targets);

    /** Makes {@code targets} exactly the associated set: unlinks what is gone, links what is new, keeps the rest. */
    void set(Collection<? extends T> targets);

    /**
     * Inserts {@code target} with key and scope values set, then links it.
     *
     * @return the managed target
     */
    T create(T target);

    /**
     * @return the join row linking the owner to {@code target} (belongsToMany): an instance of
     *         the join model, or a {@code Map<String, Object>} for a join table named by a string;
     *         no statement when the association is loaded
     * @throws UnsupportedOperationException on a hasMany, which has no join rows
     */
    Optional<Object> through(T target);
}
