package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hasMany operations: the targets hold the key. Statements per call, whatever the number of
 * targets (beyond IN-list chunks): get, count, has 1; add 1 UPDATE (key and scope values);
 * remove 1 UPDATE that nulls the key, or, when the key may not be null, 1 SELECT of the linked
 * targets and their delete (1 DELETE plus their hooked delete rules); set 1 SELECT, then at most
 * one unlink and one link; create 1 INSERT. The scope bounds every read and remove. The owner's
 * loaded collection is kept true, and the targets' other ends in memory follow.
 */
final class HasManyOperations extends AssociationOperations implements ToMany<Object> {

    private final EntityType target;
    private final ColumnMapping fk;
    private final ScopeClause scope;
    private final ScopeValues scopeValues;

    HasManyOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
        this.target = session.types().of(a.target());
        this.fk = target.column(a.foreignKey()).orElseThrow();
        this.scope = ScopeClause.ofColumns(session.sql(), "t0", target.scopeColumns(a.scope()));
        this.scopeValues = ScopeValues.of(target, a.scope());
    }

    @Override
    public List<Object> get() {
        return list(load());
    }

    private Object[] keyAndScope() {
        return concat(new Object[] {ownerKey()}, scope.values());
    }

    @Override
    public long count() {
        return count(sql().links().hasManyCount(a, target.info(), fk.column(), scope), keyAndScope(), "count");
    }

    @Override
    public boolean has(Object candidate) {
        return contains(Collections.singletonList(candidate), "has");
    }

    @Override
    public boolean hasAll(Collection<?> candidates) {
        return contains(candidates, "hasAll");
    }

    private boolean contains(Collection<?> candidates, String call) {
        return containsAll(candidates, call, c -> targetTypeOf(c, call).idOf(c), keyAndScope(),
            size -> sql().links().hasManyContains(a, target.info(), fk.column(), scope, size));
    }

    @Override
    public void add(Object candidate) {
        add(Collections.singletonList(candidate), "add");
    }

    @Override
    public void add(Object candidate, Map<String, Object> throughValues) {
        if (!throughValues.isEmpty()) {
            throw new IllegalArgumentException(describe("add") + ": " + a.describe() + " has no join rows, so there "
                + "is nowhere to write " + throughValues.keySet() + ". Use add(target), or set those fields on the "
                + a.target().getSimpleName() + " and update it.");
        }
        add(candidate);
    }

    @Override
    public void addAll(Collection<?> candidates) {
        add(candidates, "addAll");
    }

    private void add(Collection<?> candidates, String call) {
        List<Object> rows = requireRows(candidates, call);
        if (rows.isEmpty()) {
            return;
        }
        atomically(undo -> {
            link(rows, undo, call);
            return null;
        });
    }

    /** One UPDATE (per IN-list chunk) gives every row the owner's key and the scope's values. */
    private void link(List<Object> rows, Undo undo, String call) {
        Object key = ownerKey();
        Object[] sets = concat(new Object[] {key}, scopeValues.values());
        for (Object[] chunk : sql().chunks(ids(rows), sets.length)) {
            String text = sql().links().hasManyLink(a, target.info(), fk.column(), scopeValues.columnNames(),
                chunk.length);
            update(text, concat(sets, chunk), call);
        }
        Object[] oldKeys = new Object[rows.size()];
        for (int r = 0; r < oldKeys.length; r++) {
            Object row = rows.get(r);
            oldKeys[r] = target.get(row, fk);
            undo.set(target, row, fk, key);
            scopeValues.write(row, undo);
        }
        undo.onSuccess(() -> {
            appendLoaded(rows);
            inverses.moved(target, fk, rows, oldKeys, key, owner, owner, slot);
        });
    }

    private List<Object> ids(List<Object> rows) {
        List<Object> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(target.idOf(row));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private void appendLoaded(List<Object> rows) {
        if (!state.isLoaded(slot.slot())) {
            return;
        }
        Object value = slot.read(owner);
        if (!(value instanceof Collection<?>)) {
            forget();
            return;
        }
        Collection<Object> loaded = (Collection<Object>) value;
        Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(loaded);
        session.rollbackLog().touch(owner, slot);
        try {
            for (Object row : rows) {
                if (present.add(row)) {
                    loaded.add(row);
                }
            }
        } catch (UnsupportedOperationException e) {
            forget();
        }
    }

    @Override
    public void remove(Object candidate) {
        remove(Collections.singletonList(candidate), "remove");
    }

    @Override
    public void removeAll(Collection<?> candidates) {
        remove(candidates, "removeAll");
    }

    private void remove(Collection<?> candidates, String call) {
        List<Object> rows = requireRows(candidates, call);
        if (rows.isEmpty()) {
            return;
        }
        atomically(undo -> {
            if (a.allowNull()) {
                unlink(rows, undo, call);
            } else {
                delete(linked(rows, call), undo);
            }
            return null;
        });
    }

    /** One UPDATE (per chunk) nulls the key of those rows still linked to the owner within the scope. */
    private void unlink(List<Object> rows, Undo undo, String call) {
        Object key = ownerKey();
        Object[] tail = keyAndScope();
        for (Object[] chunk : sql().chunks(ids(rows), tail.length)) {
            String text = sql().links().hasManyUnlink(a, target.info(), fk.column(), scope, chunk.length);
            update(text, concat(chunk, tail), call);
        }
        List<Object> unlinked = new ArrayList<>(rows.size());
        for (Object row : rows) {
            if (key.equals(target.get(row, fk)) && scopeValues.matches(row)) {
                unlinked.add(row);
                undo.set(target, row, fk, null);
            }
        }
        Object[] oldKeys = new Object[unlinked.size()];
        java.util.Arrays.fill(oldKeys, key);
        undo.onSuccess(() -> {
            removeLoaded(unlinked);
            inverses.moved(target, fk, unlinked, oldKeys, null, null, owner, slot);
        });
    }

    /** @return those of {@code rows} linked to the owner within the scope, read in one SELECT per chunk */
    private List<Object> linked(List<Object> rows, String call) {
        Object[] tail = keyAndScope();
        List<Object> found = new ArrayList<>();
        Materializer materializer = session.materializer();
        LoadGroup group = new LoadGroup(rows.size());
        Executor executor = session.executor();
        for (Object[] chunk : sql().chunks(ids(rows), tail.length)) {
            String text = sql().links().hasManyLinked(a, target.info(), fk.column(), scope, chunk.length);
            Object[] values = concat(chunk, tail);
            try (ResultSet result = executor.query(executor.prepare(text, values), text, values)) {
                while (result.next()) {
                    found.add(materializer.read(result, target, 1, group));
                }
            } catch (SQLException e) {
                throw new DataAccessException(describe(call) + " failed: " + e.getMessage() + ". Statement: "
                    + text, e);
            }
        }
        return found;
    }

    /** Rows whose key may not be null leave by being deleted, with their delete rules and hooks. */
    private void delete(List<Object> rows, Undo undo) {
        if (rows.isEmpty()) {
            return;
        }
        deleteRules().delete(target, rows, undo);
        undo.onSuccess(() -> removeLoaded(rows));
    }

    @SuppressWarnings("unchecked")
    private void removeLoaded(List<Object> rows) {
        if (!state.isLoaded(slot.slot()) || rows.isEmpty()) {
            return;
        }
        Set<Object> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        gone.addAll(rows);
        Inverses.remove(session.rollbackLog(), owner, slot, gone);
    }

    @Override
    public void set(Collection<?> targets) {
        List<Object> wanted = requireRows(targets, "set");
        atomically(undo -> {
            List<Object> current = list(load());
            Set<Object> wantedIds = new HashSet<>(ids(wanted));
            Set<Object> currentIds = new HashSet<>(ids(current));
            List<Object> gone = new ArrayList<>();
            for (Object c : current) {
                if (!wantedIds.contains(target.idOf(c))) {
                    gone.add(c);
                }
            }
            List<Object> added = new ArrayList<>();
            for (Object w : wanted) {
                if (!currentIds.contains(target.idOf(w))) {
                    added.add(w);
                }
            }
            if (!gone.isEmpty()) {
                if (a.allowNull()) {
                    unlink(gone, undo, "set");
                } else {
                    delete(gone, undo);
                }
            }
            if (!added.isEmpty()) {
                link(added, undo, "set");
            }
            return null;
        });
    }

    @Override
    public Object create(Object candidate) {
        EntityType type = requireNew(candidate);
        return atomically(undo -> {
            Object key = ownerKey();
            giveKey(type, candidate, fk, key);
            scopeValues.write(candidate);
            Object managed = writer.insert(candidate);
            undo.onSuccess(() -> {
                appendLoaded(List.of(managed));
                inverses.moved(type, fk, List.of(managed), new Object[] {null}, key, owner, owner, slot);
            });
            return managed;
        });
    }

    @Override
    public Optional<Object> through(Object candidate) {
        throw new UnsupportedOperationException(describe("through") + ": " + a.describe() + " has no join rows; "
            + "through(...) is for belongsToMany associations. Read the " + a.target().getSimpleName()
            + "'s own fields instead.");
    }
}
