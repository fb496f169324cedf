package dev.kinship.runtime.internal.cache;

import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The session's one rollback log: while a transaction is open, every in-memory effect of the
 * work inside it — generated ids, identity-map entries made and evicted, key and association
 * fields, loaded collections and their loaded flags, on the written entity and on others — is
 * recorded with how to undo it. A savepoint that rolls back undoes what was recorded since it
 * began, newest first; the outermost commit forgets everything. So after a rollback, memory
 * agrees with the database again.
 */
public final class RollbackLog {

    private final List<Runnable> steps = new ArrayList<>();
    private int depth;
    private boolean replaying;

    /** @return whether a transaction is open (effects are recorded) */
    public boolean active() {
        return depth > 0;
    }

    /** @return how many transaction levels are open: 0 outside a transaction */
    public int depth() {
        return depth;
    }

    /**
     * A transaction or savepoint begins.
     *
     * @return the mark to give {@link #rollback(int)} when this level rolls back
     */
    public int begin() {
        depth++;
        return steps.size();
    }

    /** The level begun last committed (a savepoint released): its steps stay until the outermost level ends. */
    public void commit() {
        depth--;
        if (depth == 0) {
            steps.clear();
        }
    }

    /** The level begun at {@code mark} rolled back: undoes every step recorded since, newest first. */
    public void rollback(int mark) {
        depth--;
        replaying = true;
        try {
            for (int i = steps.size() - 1; i >= mark; i--) {
                steps.remove(i).run();
            }
        } finally {
            replaying = false;
        }
        if (depth == 0) {
            steps.clear();
        }
    }

    /** Records {@code undo}, run if the current transaction level rolls back (nothing outside a transaction). */
    public void record(Runnable undo) {
        if (depth > 0 && !replaying) {
            steps.add(undo);
        }
    }

    /** Sets {@code column} of {@code entity} to {@code value}, recording the old value. */
    public void set(EntityType type, Object entity, ColumnMapping column, Object value) {
        Object old = type.get(entity, column);
        record(() -> type.set(entity, column, old));
        type.set(entity, column, value);
    }

    /** Sets kept key {@code index} of {@code state} to {@code value}, recording the old value. */
    public void kept(EntityState state, int index, Object value) {
        Object old = state.kept(index);
        record(() -> state.kept(index, old));
        state.kept(index, value);
    }

    /** Writes association {@code slot} of {@code entity} and its loaded flag, recording both. */
    public void write(AssociationSlot slot, Object entity, Object value, boolean loaded) {
        touch(entity, slot);
        slot.write(entity, value);
        EntityState state = EntityTypes.stateOf(entity);
        if (state != null) {
            state.loaded(slot.slot(), loaded);
        }
    }

    /**
     * Records association {@code slot} of {@code entity} as it is now (its value, a loaded
     * collection's contents, its loaded flag and join rows), before a change in place.
     */
    public void touch(Object entity, AssociationSlot slot) {
        if (depth == 0 || replaying) {
            return;
        }
        EntityState state = EntityTypes.stateOf(entity);
        boolean loaded = state != null && state.isLoaded(slot.slot());
        Object value = slot.read(entity);
        List<Object> contents = value instanceof Collection<?> c ? new ArrayList<>(c) : null;
        Map<Object, Object> joinRows = state == null ? null : state.joinRows(slot.slot());
        Map<Object, Object> joinCopy = joinRows == null ? null : Map.copyOf(joinRows);
        steps.add(() -> restore(entity, state, slot, value, contents, loaded, joinCopy));
    }

    @SuppressWarnings("unchecked")
    private static void restore(Object entity, EntityState state, AssociationSlot slot, Object value,
            List<Object> contents, boolean loaded, Map<Object, Object> joinRows) {
        boolean intact = true;
        if (contents != null) {
            Collection<Object> collection = (Collection<Object>) value;
            if (!new ArrayList<>(collection).equals(contents)) {
                try {
                    collection.clear();
                    collection.addAll(contents);
                } catch (UnsupportedOperationException e) {
                    intact = false;
                }
            }
        }
        slot.write(entity, value);
        if (state != null) {
            state.loaded(slot.slot(), loaded && intact);
            state.clearJoinRows(slot.slot());
            if (joinRows != null && intact) {
                joinRows.forEach((id, row) -> state.joinRow(slot.slot(), id, row));
            }
        }
    }
}
