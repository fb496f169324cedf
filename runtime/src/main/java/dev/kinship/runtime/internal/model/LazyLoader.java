package dev.kinship.runtime.internal.model;

/**
 * What a managed entity's state calls when an association getter runs and the association is
 * not loaded yet. Implemented by the session that loaded the entity.
 */
public interface LazyLoader {

    /** Loads association {@code slot} of {@code owner} (and of its group, in BATCHED mode). */
    void lazyLoad(EntityState owner, int slot);

    /**
     * Association {@code slot} of {@code owner} was just marked loaded; a loader that keeps a
     * rollback log marks it unloaded again if the transaction it was loaded in rolls back.
     */
    default void loaded(EntityState owner, int slot) {
    }
}
