package dev.kinship.runtime.internal.loading;

import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.model.ManagedEntity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads the rows of a {@link SelectPlan}'s statement into entities: the primary of each row, and
 * the joined includes wired into it (to-one set, collections filled without duplicates). Holds
 * the run's state, which {@link #startRun()} and {@link #startStatement()} reset.
 */
final class RowReader {

    private final EntityType type;
    private final int prefix;
    private final List<SelectPlan.Node> joined;
    private final boolean collections;
    private final Object[] at;
    private final Set<Object> primariesRead = Collections.newSetFromMap(new IdentityHashMap<>());
    private Object primary;
    private boolean primaryDone;

    RowReader(EntityType type, int prefix, List<SelectPlan.Node> joined, boolean collections) {
        this.type = type;
        this.prefix = prefix;
        this.joined = joined;
        this.collections = collections;
        this.at = new Object[joined.size()];
    }


    /** Forgets what the previous run read (stream chunks). */
    void startRun() {
        joined.forEach(SelectPlan.Node::reset);
        startStatement();
    }

    /** Before another statement of the same run (an IN-list chunk): no joined collection is half read. */
    void startStatement() {
        for (SelectPlan.Node n : joined) {
            n.owner = null;
            n.collection = null;
            n.last = null;
        }
        primariesRead.clear();
        primary = null;
        primaryDone = false;
    }

    /** Reads every row; each distinct primary entity once, in order. */
    void readAll(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out) throws SQLException {
        startRun();
        Set<Object> seen = joined.isEmpty() ? null : Collections.newSetFromMap(new IdentityHashMap<>());
        Object previous = null;
        while (rows.next()) {
            Object primary = readRow(rows, materializer, group);
            if (primary != previous && (seen == null || seen.add(primary))) {
                out.add(primary);
            }
            previous = primary;
        }
    }

    /** Reads the next row (plans without joined collections); @return false at the end. */
    boolean readOne(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out)
            throws SQLException {
        if (!rows.next()) {
            return false;
        }
        out.add(readRow(rows, materializer, group));
        return true;
    }

    /**
     * The next rows belong to another owner of the primaries (a belongsToMany load): a primary
     * read before for an earlier owner is complete already, even when it follows itself.
     */
    void nextOwner() {
        primary = null;
    }

    /**
     * Reads the primary entity of the current row and wires the joined includes into it. A
     * joined collection is started (empty, marked loaded) when its owner first appears and
     * gets each target once: rows of one owner are adjacent, so a repeat is the last target added.
     * A primary may come back later in the same statement (a belongsToMany target shared by two
     * owners); its block of rows then repeats what was read already and is not wired again.
     */
    Object readRow(ResultSet rows, Materializer materializer, LoadGroup group) throws SQLException {
        Object primary = materializer.read(rows, type, prefix + 1, group);
        if (joined.isEmpty()) {
            return primary;
        }
        if (collections) {
            if (primary != this.primary) {
                this.primary = primary;
                this.primaryDone = !primariesRead.add(primary);
            }
            if (primaryDone) {
                return primary;
            }
        }
        for (int i = 0; i < at.length; i++) {
            SelectPlan.Node n = joined.get(i);
            Object parent = n.parent < 0 ? primary : at[n.parent];
            if (parent == null) {
                at[i] = null;
                continue;
            }
            Object child = materializer.read(rows, n.spec.target(), n.offset, n.group);
            at[i] = child;
            if (!n.many) {
                n.spec.slot().write(parent, child);
                ((ManagedEntity) parent).kinship$state().loaded(n.spec.slot().slot(), true);
            } else {
                if (parent != n.owner) {
                    startCollection(n, parent);
                }
                if (child != null && child != n.last) {
                    n.collection.add(child);
                    n.last = child;
                    if (n.join != null) {
                        Object joinRow = n.join.read(rows, materializer, n.joinGroup, n.joinOffset);
                        ((ManagedEntity) parent).kinship$state().joinRow(n.spec.slot().slot(),
                            n.spec.target().idOf(child), joinRow);
                    }
                }
            }
            if (child != null && n.seen.add(child)) {
                n.read.add(child);
            }
        }
        return primary;
    }

    private static void startCollection(SelectPlan.Node n, Object owner) {
        int slot = n.spec.slot().slot();
        EntityState state = ((ManagedEntity) owner).kinship$state();
        n.owner = owner;
        n.collection = n.spec.slot().newCollection(4);
        n.last = null;
        n.spec.slot().write(owner, n.collection);
        state.loaded(slot, true);
        if (n.join != null) {
            state.clearJoinRows(slot);
        }
    }

}
