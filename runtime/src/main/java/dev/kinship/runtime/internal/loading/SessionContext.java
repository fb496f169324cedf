package dev.kinship.runtime.internal.loading;

import dev.kinship.runtime.internal.cache.IdentityMap;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.mapping.EntityTypes;
import dev.kinship.runtime.internal.sql.SqlTexts;

/** What loaders and writers need from the session they work for. */
public interface SessionContext {

    /** Loads association {@code slot} of {@code owner} (and of its group, in BATCHED mode). */
    void lazyLoad(EntityState owner, int slot);

    /** @return the statement runner: the session's connection, or a borrowed one after close */
    Executor executor();

    IdentityMap identityMap();

    EntityTypes types();

    SqlTexts sql();

    /**
     * Runs {@code work} atomically: in a transaction of its own, or inside the current one
     * behind a savepoint, so a failure leaves the database as it was before {@code work}.
     */
    <R> R atomic(java.util.function.Supplier<R> work);

    /**
     * Makes the current transaction usable again after a statement of the current atomic work
     * failed, so that look-ups explaining the failure can run: on a database where a failed
     * statement aborts the transaction, rolls back to the work's savepoint (undoing the work's
     * statements so far, which fails anyway).
     */
    void afterFailedStatement();

    /** Notes an entity made managed by a write, so a rollback can forget it. */
    void written(EntityType type, Object entity);

    /** @return a materializer reading rows into this session's identity map */
    default Materializer materializer() {
        return new Materializer(this);
    }
}
