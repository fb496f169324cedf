package dev.kinship.runtime.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One instance per row within a session: a Caffeine cache keyed by (entity class, id) with weak
 * values, so that a session streaming millions of rows keeps only the ones still referenced,
 * and identity holds for every instance the application can still see.
 */
public final class IdentityMap {

    private record Key(Class<?> type, Object id) {
    }

    private final Cache<Key, Object> cache = Caffeine.newBuilder().weakValues().executor(Runnable::run).build();
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

    public void remove(Class<?> type, Object id) {
        cache.invalidate(new Key(type, id));
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
