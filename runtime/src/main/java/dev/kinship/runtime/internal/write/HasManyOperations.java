package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.internal.loading.EntityState;
import dev.kinship.runtime.internal.loading.ScopeClause;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.mapping.EntityTypes;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hasMany operations: the targets hold the key. add moves targets here in one UPDATE (scope
 * values written too), remove nulls their key (or deletes them when it may not be null), set
 * does both from a diff. The owner's loaded collection is kept true, and a target's previous
 * owner forgets its loaded collection.
 */
final class HasManyOperations extends AssociationOperations implements ToMany<Object> {

    private final Association a;
    private final EntityType target;
    private final ColumnMapping fk;

    HasManyOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
        this.a = slot.association();
        this.target = session.types().of(a.target());
        this.fk = target.column(a.foreignKey()).orElseThrow();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object> get() {
        Object value = current();
        return value == null ? List.of() : new ArrayList<>((Collection<Object>) value);
    }

    private ScopeClause scope() {
        return ScopeClause.of(session.sql(), target, "t0", a.scope());
    }

    private String where() {
        SqlTexts sql = session.sql();
        return " FROM " + sql.table(target, "t0") + " WHERE t0." + sql.quote(fk.column()) + " = ?" + scope().sql();
    }

    @Override
    public long count() {
        return count("SELECT COUNT(*)" + where(), concat(new Object[] {ownerKey()}, scope().values()));
    }

    @Override
    public boolean has(Object candidate) {
        return hasAll(List.of(candidate));
    }

    @Override
    public boolean hasAll(Collection<?> candidates) {
        if (candidates.isEmpty()) {
            return true;
        }
        List<Object> ids = new ArrayList<>();
        for (Object c : candidates) {
            Object id = typeOf(c).idOf(c);
            if (id == null) {
                return false;
            }
            ids.add(id);
        }
        ids = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        long found = 0;
        SqlTexts sql = session.sql();
        for (Object[] chunk : sql.chunks(ids, 1 + scope().values().length)) {
            String text = "SELECT COUNT(DISTINCT t0." + sql.quote(target.id().column()) + ")" + where() + " AND t0."
                + sql.quote(target.id().column()) + " IN (" + sql.placeholders(chunk.length) + ")";
            found += count(text, concat(concat(new Object[] {ownerKey()}, scope().values()), chunk));
        }
        return found == ids.size();
    }

    @Override
    public void add(Object candidate) {
        addAll(List.of(candidate));
    }

    @Override
    public void add(Object candidate, Map<String, Object> throughValues) {
        if (!throughValues.isEmpty()) {
            throw new IllegalArgumentException(a.describe() + " has no join rows, so add(target, throughValues) has "
                + "nothing to write " + throughValues.keySet() + " to. Use add(target).");
        }
        add(candidate);
    }

    @Override
    public void addAll(Collection<?> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        session.atomic(() -> {
            List<Object> rows = new ArrayList<>();
            for (Object c : candidates) {
                rows.add(requireRow(c, "add"));
            }
            link(rows);
            return null;
        });
    }

    private void link(List<Object> rows) {
        SqlTexts sql = session.sql();
        Object key = ownerKey();
        StringBuilder sets = new StringBuilder(sql.quote(fk.column())).append(" = ?");
        List<Object> setValues = new ArrayList<>();
        setValues.add(key);
        a.scope().forEach((field, value) -> {
            sets.append(", ").append(sql.quote(target.column(field).orElseThrow().column())).append(" = ?");
            setValues.add(value);
        });
        for (Object[] chunk : sql.chunks(ids(target, rows), setValues.size())) {
            update("UPDATE " + sql.quote(target.info().table()) + " SET " + sets + " WHERE "
                + sql.quote(target.id().column()) + " IN (" + sql.placeholders(chunk.length) + ")",
                concat(setValues.toArray(), chunk));
        }
        for (Object row : rows) {
            Object previous = target.get(row, fk);
            if (previous != null && !previous.equals(key)) {
                forgetOwner(previous);
            }
            target.set(row, fk, key);
            ToOneOperations.writeScope(target, row, a.scope());
        }
        appendLoaded(rows);
    }

    /** The previous owner of a moved target no longer has it: its loaded collection is dropped. */
    private void forgetOwner(Object previousKey) {
        if (!a.sourceKey().equals("id")) {
            return;
        }
        Object previousOwner = session.identityMap().peek(ownerType.type(), previousKey);
        EntityState previous = previousOwner == null ? null : EntityTypes.stateOf(previousOwner);
        if (previous != null) {
            previous.loaded(slot.slot(), false);
        }
    }

    @SuppressWarnings("unchecked")
    private void appendLoaded(List<Object> rows) {
        if (!state.isLoaded(slot.slot())) {
            return;
        }
        Collection<Object> loaded = (Collection<Object>) slot.read(owner);
        if (loaded == null) {
            forget();
            return;
        }
        Set<Object> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        present.addAll(loaded);
        for (Object row : rows) {
            if (present.add(row)) {
                loaded.add(row);
            }
        }
    }

    @Override
    public void remove(Object candidate) {
        removeAll(List.of(candidate));
    }

    @Override
    public void removeAll(Collection<?> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        session.atomic(() -> {
            List<Object> rows = new ArrayList<>();
            for (Object c : candidates) {
                rows.add(requireRow(c, "remove"));
            }
            unlink(rows);
            return null;
        });
    }

    private void unlink(List<Object> rows) {
        SqlTexts sql = session.sql();
        Object key = ownerKey();
        List<Object> linked = new ArrayList<>();
        for (Object row : rows) {
            if (key.equals(target.get(row, fk))) {
                linked.add(row);
            }
        }
        if (linked.isEmpty()) {
            return;
        }
        if (!a.allowNull()) {
            for (Object row : linked) {
                writer.delete(row);
            }
        } else {
            ScopeClause scope = scope();
            for (Object[] chunk : sql.chunks(ids(target, linked), 1 + scope.values().length)) {
                update("UPDATE " + sql.quote(target.info().table()) + " AS t0 SET " + sql.quote(fk.column())
                    + " = NULL WHERE t0." + sql.quote(target.id().column()) + " IN (" + sql.placeholders(chunk.length)
                    + ") AND t0." + sql.quote(fk.column()) + " = ?" + scope.sql(),
                    concat(concat(chunk, new Object[] {key}), scope.values()));
            }
            for (Object row : linked) {
                target.set(row, fk, null);
            }
        }
        removeLoaded(linked);
    }

    @SuppressWarnings("unchecked")
    private void removeLoaded(List<Object> rows) {
        if (!state.isLoaded(slot.slot())) {
            return;
        }
        Collection<Object> loaded = (Collection<Object>) slot.read(owner);
        if (loaded != null) {
            Set<Object> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            gone.addAll(rows);
            loaded.removeIf(gone::contains);
        }
    }

    @Override
    public void set(Collection<?> targets) {
        session.atomic(() -> {
            List<Object> wanted = new ArrayList<>();
            for (Object c : targets) {
                wanted.add(requireRow(c, "set"));
            }
            forget();
            List<Object> current = get();
            Set<Object> wantedIds = new HashSet<>(ids(target, wanted));
            Set<Object> currentIds = new HashSet<>(ids(target, current));
            List<Object> gone = current.stream().filter(c -> !wantedIds.contains(target.idOf(c))).toList();
            List<Object> added = wanted.stream().filter(w -> !currentIds.contains(target.idOf(w))).toList();
            if (!gone.isEmpty()) {
                unlink(new ArrayList<>(gone));
            }
            if (!added.isEmpty()) {
                link(new ArrayList<>(added));
            }
            return null;
        });
    }

    @Override
    public Object create(Object candidate) {
        return session.atomic(() -> {
            EntityType type = typeOf(candidate);
            type.set(candidate, fk, ownerKey());
            ToOneOperations.writeScope(type, candidate, a.scope());
            Object managed = writer.insert(candidate);
            appendLoaded(new ArrayList<>(List.of(managed)));
            return managed;
        });
    }

    @Override
    public Optional<Object> through(Object candidate) {
        return Optional.empty();
    }
}
