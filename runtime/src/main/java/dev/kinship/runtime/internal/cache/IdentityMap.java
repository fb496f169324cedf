package dev.kinship.runtime.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance per row within a session: Caffeine caches with weak values keyed by (entity
 * class, id) — one cache per entity class, keyed by id, so that a lookup allocates no composite
 * key — so that a session streaming millions of rows keeps only the ones still referenced, and
 * identity holds for every instance the application can still see.
 *
 * <p>While a transaction is open the map remembers the instances it evicts (rows being deleted),
 * so that a rollback can put them back: after a rolled-back delete, the row and its instance are
 * both still there. Only evictions are remembered, so reading in a transaction keeps no more
 * instances alive than reading outside one.
 */
public final class IdentityMap {

    private record Eviction(Class<?> type, Object id, Object entity) {
    }

    private final Map<Class<?>, Cache<Object, Object>> caches = new HashMap<>();
    private final List<Eviction> evictions = new ArrayList<>();
    private boolean journaling;
    private long hits;
    private long misses;

    /** @return the instance of row {@code id} of {@code type}, or null (counted as a hit or a miss) */
    public Object get(Class<?> type, Object id) {
        Object found = cache(type).getIfPresent(id);
        if (found == null) {
            misses++;
        } else {
            hits++;
        }
        return found;
    }

    /** @return the instance without counting, or null */
    public Object peek(Class<?> type, Object id) {
        return cache(type).getIfPresent(id);
    }

    public void put(Class<?> type, Object id, Object entity) {
        cache(type).put(id, entity);
    }

    private Cache<Object, Object> cache(Class<?> type) {
        Cache<Object, Object> cache = caches.get(type);
        if (cache == null) {
            cache = Caffeine.newBuilder().weakValues().executor(Runnable::run).build();
            caches.put(type, cache);
        }
        return cache;
    }

    /** Evicts the instance of row {@code id}; inside a transaction, remembers it for {@link #restore(int)}. */
    public void remove(Class<?> type, Object id) {
        Cache<Object, Object> cache = cache(type);
        if (journaling) {
            Object entity = cache.getIfPresent(id);
            if (entity != null) {
                evictions.add(new Eviction(type, id, entity));
            }
        }
        cache.invalidate(id);
    }

    /** Evicts the instance of row {@code id} for good: its row does not exist (an insert rolled back). */
    public void discard(Class<?> type, Object id) {
        cache(type).invalidate(id);
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
            cache(eviction.type()).put(eviction.id(), eviction.entity());
        }
    }

    /** Stops remembering evictions and forgets them (the outermost transaction ended). */
    public void endTransaction() {
        journaling = false;
        evictions.clear();
    }

    public void clear() {
        caches.values().forEach(Cache::invalidateAll);
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }
}
