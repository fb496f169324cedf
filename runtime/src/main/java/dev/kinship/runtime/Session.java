package dev.kinship.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A unit of work: one connection, one identity map (one instance per row), one thread at a
 * time. Entities it returns stay navigable after {@link #close()}: a later lazy load borrows a
 * connection for that one batched statement. Every single write call is atomic.
 */
public interface Session extends AutoCloseable {

    /**
     * @return the entity with this id; a second call returns the same instance without a statement
     * @throws IllegalArgumentException when {@code type} is not a model or {@code id} has the wrong type
     */
    <T> Optional<T> find(Class<T> type, Object id);

    /**
     * @return a query over {@code type}
     * @throws IllegalArgumentException when {@code type} is not a model
     */
    <T> Query<T> query(Class<T> type);

    /**
     * Runs a query the caller wrote and maps each row to a managed instance of {@code type} by
     * column label (an exact match first, then one ignoring case, as PostgreSQL folds unquoted
     * names to lower case); extra columns are ignored. Rows pass through the identity map (an
     * instance already in the session is returned as it is) and form one load group, so their lazy
     * associations load batched as a query's do. Values go only through {@code params}, bound to
     * the {@code ?} placeholders.
     *
     * @return the mapped rows, in the query's order
     * @throws IllegalArgumentException when {@code type} is not a model, a column of the model is
     *                                  missing from the result, or a label is duplicated or
     *                                  ambiguous (the message names it)
     * @throws DataAccessException      when the database refuses the query (the SQLException is the cause)
     */
    <T> List<T> sql(Class<T> type, String sql, Object... params);

    /**
     * Inserts {@code entity}, assigns a generated id to it and returns the managed instance.
     *
     * @throws ConstraintViolationException when the database refuses the row (nothing is written)
     * @throws IllegalArgumentException     when the entity's class is not a model
     */
    <T> T insert(T entity);

    /**
     * Writes every column of {@code entity} to its row.
     *
     * @return the managed instance
     * @throws ConstraintViolationException when the database refuses the change or no row has its id
     */
    <T> T update(T entity);

    /**
     * Deletes {@code entity}'s row, applying each association's onDelete (by the database, or by
     * Kinship with hooks where {@code hooks(true)}).
     *
     * @throws ConstraintViolationException when a RESTRICT rule refuses (nothing is deleted)
     */
    void delete(Object entity);

    /**
     * @return the operations of {@code owner}'s to-one association {@code alias}
     * @throws IllegalArgumentException when {@code alias} is not a belongsTo or hasOne of the owner
     */
    <T> ToOne<T> toOne(Object owner, String alias);

    /**
     * @return the operations of {@code owner}'s to-many association {@code alias}
     * @throws IllegalArgumentException when {@code alias} is not a hasMany or belongsToMany of the owner
     */
    <T> ToMany<T> toMany(Object owner, String alias);

    /**
     * Runs {@code work} in a transaction: commit on return, rollback on any exception (which is
     * rethrown as it is). Inside another transaction it joins that one behind a savepoint: an
     * exception {@code work} throws undoes only its own writes, and the outer transaction goes on if
     * the exception is caught, or rolls back entirely if it propagates. After a rollback, entities
     * inserted in it have their generated id taken back and leave the identity map; entities
     * deleted in it are in the identity map again.
     */
    void useTransaction(Consumer<Session> work);

    /**
     * Runs {@code work} in a transaction and returns its result: commit on return, rollback on
     * any exception. Inside another transaction it joins that one, as {@link #useTransaction} does.
     */
    <R> R inTransaction(Function<Session, R> work);

    /**
     * Sets how unloaded associations load from now on (default {@link LazyLoading#BATCHED}).
     *
     * @return this session
     */
    Session lazyLoading(LazyLoading mode);

    /** @return the statements this session ran and its identity-map hits and misses */
    SessionStats stats();

    /**
     * Gives the connection back; the entities stay navigable until the Database closes. Closing
     * twice is harmless.
     *
     * @throws IllegalStateException when called inside {@link #useTransaction}/{@link #inTransaction}
     *                               (that transaction then rolls back)
     */
    @Override
    void close();
}
