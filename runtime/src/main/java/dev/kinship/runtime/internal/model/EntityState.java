package dev.kinship.runtime.internal.model;

import java.util.HashMap;
import java.util.Map;

/**
 * What Kinship keeps beside a managed entity's own fields: its type, the loader of the session
 * that loaded it, its load group, which associations are loaded, the key values it keeps itself and the
 * join rows that link it to belongsToMany targets.
 */
public final class EntityState {

    private final EntityType type;
    private final Object entity;
    private final Object[] kept;
    /** Loaded flags of the first 64 associations, one bit each; {@link #moreLoaded} for the rest. */
    private long loadedBits;
    private final boolean[] moreLoaded;
    private LazyLoader loader;
    private LoadGroup group;
    private Map<Integer, Map<Object, Object>> joinRows;
    private Object[] unmappedValues;

    public EntityState(EntityType type, Object entity, LazyLoader loader) {
        this.type = type;
        this.entity = entity;
        this.loader = loader;
        this.kept = type.keptCount() == 0 ? null : new Object[type.keptCount()];
        int slots = type.slots().length;
        this.moreLoaded = slots > Long.SIZE ? new boolean[slots - Long.SIZE] : null;
    }

    public EntityType type() {
        return type;
    }

    public Object entity() {
        return entity;
    }

    /** @return what loads this entity's associations on first access */
    public LazyLoader loader() {
        return loader;
    }

    public LoadGroup group() {
        return group;
    }

    public void group(LoadGroup group) {
        this.group = group;
    }

    public Object kept(int index) {
        return kept[index];
    }

    public void kept(int index, Object value) {
        kept[index] = value;
    }

    public boolean isLoaded(int slot) {
        return slot < Long.SIZE ? (loadedBits & (1L << slot)) != 0 : moreLoaded[slot - Long.SIZE];
    }

    public void loaded(int slot, boolean value) {
        if (value && loader != null && !isLoaded(slot)) {
            loader.loaded(this, slot);
        }
        if (slot >= Long.SIZE) {
            moreLoaded[slot - Long.SIZE] = value;
        } else if (value) {
            loadedBits |= 1L << slot;
        } else {
            loadedBits &= ~(1L << slot);
        }
    }

    /** @return the loaded value of an association whose class declares no field for it */
    public Object unmapped(int slot) {
        return unmappedValues == null ? null : unmappedValues[slot];
    }

    /** Keeps the loaded value of an association whose class declares no field for it. */
    public void unmapped(int slot, Object value) {
        if (unmappedValues == null) {
            unmappedValues = new Object[type.slots().length];
        }
        unmappedValues[slot] = value;
    }

    /** Records the join row linking this owner to the target with {@code targetId} through association {@code slot}. */
    public void joinRow(int slot, Object targetId, Object row) {
        if (joinRows == null) {
            joinRows = new HashMap<>();
        }
        joinRows.computeIfAbsent(slot, k -> new HashMap<>()).put(targetId, row);
    }

    /** @return the recorded join rows of association {@code slot}, by target id; null when none were loaded */
    public Map<Object, Object> joinRows(int slot) {
        return joinRows == null ? null : joinRows.get(slot);
    }

    public void clearJoinRows(int slot) {
        if (joinRows != null) {
            joinRows.remove(slot);
        }
    }

    /** @return {@code Post#12} */
    public String describe() {
        return type.name() + "#" + (type.hasId() ? type.idOf(entity) : "?");
    }
}
