package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.internal.cache.RollbackLog;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * One write's view of the session's {@link RollbackLog}: its in-memory changes (a key column
 * set, an association field rewritten, an instance evicted) are recorded there, so that the
 * rollback of the write's transaction — its own, or any enclosing one, up to the outermost —
 * puts the entities back as they were. Changes to other entities' loaded associations wait
 * until the write's statements are done ({@link #finish()}), and are recorded too.
 */
final class Undo {

    private final RollbackLog log;
    private final List<Runnable> afterStatements = new ArrayList<>();

    Undo(RollbackLog log) {
        this.log = log;
    }

    /** Sets {@code column} of {@code entity} to {@code value}, recording the old value. */
    void set(EntityType type, Object entity, ColumnMapping column, Object value) {
        log.set(type, entity, column, value);
    }

    /** Writes association {@code slot} of {@code entity} and its loaded flag, recording both. */
    void write(AssociationSlot slot, Object entity, Object value, boolean loaded) {
        log.write(slot, entity, value, loaded);
    }

    /** Records how to undo a change made elsewhere. */
    void add(Runnable restore) {
        log.record(restore);
    }

    /** Runs {@code work} once the write's statements are done (changes to other entities' loaded associations). */
    void onSuccess(Runnable work) {
        afterStatements.add(work);
    }

    /** The write's statements are done: runs the waiting work, still inside the write's transaction. */
    void finish() {
        for (Runnable work : afterStatements) {
            work.run();
        }
        afterStatements.clear();
    }
}
