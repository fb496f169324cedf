package dev.kinship.runtime.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.ref.WeakReference;
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
 * <p>While a transaction is open, entries made and evicted are recorded in the session's
 * {@link RollbackLog}, so that a rollback puts evicted instances back (after a rolled-back
 * delete, the row and its instance are both still there) and takes out the ones made inside it
 * (they hold that transaction's view). Entries made are recorded by id and a weak reference, so
 * reading in a transaction keeps no more instances alive than reading outside one.
 */
public final class IdentityMap {

    private final Map<Class<?>, Cache<Object, Object>> caches = new HashMap<>();
    private final RollbackLog log;
    private long hits;
    private long misses;

    public IdentityMap(RollbackLog log) {
        this.log = log;
    }

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

    /** Makes {@code entity} the instance of row {@code id}; inside a transaction, a rollback takes it out again. */
    public void put(Class<?> type, Object id, Object entity) {
        Cache<Object, Object> cache = cache(type);
        if (log.active()) {
            Object before = cache.getIfPresent(id);
            if (before != entity) {
                WeakReference<Object> made = new WeakReference<>(entity);
                log.record(() -> {
                    Object now = cache.getIfPresent(id);
                    if (now != null && now == made.get()) {
                        cache.invalidate(id);
                    }
                    if (before != null) {
                        cache.put(id, before);
                    }
                });
            }
        }
        cache.put(id, entity);
    }

    private Cache<Object, Object> cache(Class<?> type) {
        Cache<Object, Object> cache = caches.get(type);
        if (cache == null) {
            cache = Caffeine.newBuilder().weakValues().executor(Runnable::run).build();
            caches.put(type, cache);
        }
        return cache;
    }

    /** Evicts the instance of row {@code id}; inside a transaction, a rollback puts it back. */
    public void remove(Class<?> type, Object id) {
        Cache<Object, Object> cache = cache(type);
        Object entity = cache.getIfPresent(id);
        if (entity == null) {
            return;
        }
        log.record(() -> cache.put(id, entity));
        cache.invalidate(id);
    }

    /** Evicts the instance of row {@code id} without recording it: its row does not exist (an insert rolled back). */
    public void discard(Class<?> type, Object id) {
        cache(type).invalidate(id);
    }

    /** @return the instances of {@code type} the map holds now (a copy) */
    public List<Object> instances(Class<?> type) {
        Cache<Object, Object> cache = caches.get(type);
        return cache == null ? List.of() : new ArrayList<>(cache.asMap().values());
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
