package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-memory changes one write made before it finished: a key column set, an association
 * field rewritten, an instance evicted from the identity map. When the write fails (a hook
 * throws, the database refuses) and its transaction rolls back, {@link #rollback()} puts the
 * entities back as they were, so that they match the rows again. Changes to other entities'
 * loaded associations wait for {@link #succeeded()}.
 */
final class Undo {

    private final ArrayDeque<Runnable> steps = new ArrayDeque<>();
    private final List<Runnable> afterSuccess = new ArrayList<>();

    /** Sets {@code column} of {@code entity} to {@code value}, remembering the old value. */
    void set(EntityType type, Object entity, ColumnMapping column, Object value) {
        Object old = type.get(entity, column);
        steps.push(() -> type.set(entity, column, old));
        type.set(entity, column, value);
    }

    /** Writes association {@code slot} of {@code entity} and its loaded flag, remembering both. */
    void write(AssociationSlot slot, Object entity, Object value, boolean loaded) {
        EntityState state = EntityTypes.stateOf(entity);
        Object old = slot.read(entity);
        boolean wasLoaded = state != null && state.isLoaded(slot.slot());
        steps.push(() -> {
            slot.write(entity, old);
            if (state != null) {
                state.loaded(slot.slot(), wasLoaded);
            }
        });
        slot.write(entity, value);
        if (state != null) {
            state.loaded(slot.slot(), loaded);
        }
    }

    /** Remembers how to undo a change made elsewhere. */
    void add(Runnable restore) {
        steps.push(restore);
    }

    /** Runs {@code work} once the write has succeeded (changes to other entities' loaded associations). */
    void onSuccess(Runnable work) {
        afterSuccess.add(work);
    }

    /** Undoes every remembered change, newest first, and drops the work waiting for success. */
    void rollback() {
        afterSuccess.clear();
        while (!steps.isEmpty()) {
            steps.pop().run();
        }
    }

    /** The write succeeded: runs the waiting work and forgets the remembered changes. */
    void succeeded() {
        steps.clear();
        for (Runnable work : afterSuccess) {
            work.run();
        }
        afterSuccess.clear();
    }
}
