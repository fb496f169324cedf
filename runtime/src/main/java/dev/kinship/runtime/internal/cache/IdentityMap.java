package dev.kinship.runtime.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance per row within a session: a Caffeine cache keyed by (entity class, id) with weak
 * values, so that a session streaming millions of rows keeps only the ones still referenced,
 * and identity holds for every instance the application can still see.
 *
 * <p>While a transaction is open the map remembers the instances it evicts (rows being deleted),
 * so that a rollback can put them back: after a rolled-back delete, the row and its instance are
 * both still there. Only evictions are remembered, so reading in a transaction keeps no more
 * instances alive than reading outside one.
 */
public final class IdentityMap {

    private record Key(Class<?> type, Object id) {
    }

    private record Eviction(Key key, Object entity) {
    }

    private final Cache<Key, Object> cache = Caffeine.newBuilder().weakValues().executor(Runnable::run).build();
    private final List<Eviction> evictions = new ArrayList<>();
    private boolean journaling;
    private long hits;
    private long misses;

    /** @return the instance of row {@code id} of {@code type}, or null (counted as a hit or a miss) */
    public Object get(Class<?> type, Object id) {
        Object found = cache.getIfPresent(new Key(type, id));
        if (found == null) {
            misses++;
        } else {
            hits++;
        }
        return found;
    }

    /** @return the instance without counting, or null */
    public Object peek(Class<?> type, Object id) {
        return cache.getIfPresent(new Key(type, id));
    }

    public void put(Class<?> type, Object id, Object entity) {
        cache.put(new Key(type, id), entity);
    }

    /** Evicts the instance of row {@code id}; inside a transaction, remembers it for {@link #restore(int)}. */
    public void remove(Class<?> type, Object id) {
        Key key = new Key(type, id);
        if (journaling) {
            Object entity = cache.getIfPresent(key);
            if (entity != null) {
                evictions.add(new Eviction(key, entity));
            }
        }
        cache.invalidate(key);
    }

    /** Evicts the instance of row {@code id} for good: its row does not exist (an insert rolled back). */
    public void discard(Class<?> type, Object id) {
        cache.invalidate(new Key(type, id));
    }

    /**
     * Starts remembering evictions (a transaction or savepoint begins).
     *
     * @return the mark to give {@link #restore(int)} when this level rolls back
     */
    public int mark() {
        journaling = true;
        return evictions.size();
    }

    /** Puts back every instance evicted since {@code mark}, newest first. */
    public void restore(int mark) {
        for (int i = evictions.size() - 1; i >= mark; i--) {
            Eviction eviction = evictions.remove(i);
            cache.put(eviction.key(), eviction.entity());
        }
    }

    /** Stops remembering evictions and forgets them (the outermost transaction ended). */
    public void endTransaction() {
        journaling = false;
        evictions.clear();
    }

    public void clear() {
        cache.invalidateAll();
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }
}
