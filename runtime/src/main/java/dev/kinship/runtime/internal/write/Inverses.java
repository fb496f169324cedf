package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.internal.cache.RollbackLog;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the other ends of a changed link true in memory, without statements. When a row's key
 * moves from one parent to another, every association over that key column is looked at: the
 * row's own belongsTo fields point at the new parent (or are marked unloaded when it is not in
 * the session), a loaded hasMany of the old parent drops the row, a loaded hasMany of the new
 * parent gains it when the row matches its scope, a loaded hasOne is marked unloaded. Parents
 * are found in the identity map, so only those keyed by their id are reached. Join-table links
 * mark both sides' loaded belongsToMany collections unloaded.
 */
final class Inverses {

    private final SessionContext session;
    private final RollbackLog log;

    Inverses(SessionContext session) {
        this.session = session;
        this.log = session.rollbackLog();
    }

    private Iterable<Association> associations() {
        return session.types().schema().associations();
    }

    /**
     * Rows {@code children} (of {@code childType}) moved on key {@code fk} from {@code oldKeys}
     * (one per child) to {@code newKey}; {@code newParent}, when known, holds that key.
     * {@code handledSlot} of {@code handledOwner} is kept true by the caller and left alone.
     */
    void moved(EntityType childType, ColumnMapping fk, List<Object> children, Object[] oldKeys, Object newKey,
            Object newParent, Object handledOwner, AssociationSlot handledSlot) {
        if (children.isEmpty()) {
            return;
        }
        for (Association x : associations()) {
            if (!x.foreignKeyColumn().equals(fk.column())) {
                continue;
            }
            if ((x.kind() == AssociationKind.BELONGS_TO || x.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC)
                    && x.source() == childType.type()) {
                AssociationSlot slot = childType.slot(x.alias()).orElseThrow();
                boolean known = newParent != null && (x.kind() == AssociationKind.BELONGS_TO
                    ? x.target().isInstance(newParent)
                    : x.types().containsValue(EntityTypes.userClass(newParent)));
                for (Object child : children) {
                    EntityState state = EntityTypes.stateOf(child);
                    log.touch(child, slot);
                    if (newKey == null || known) {
                        slot.write(child, newKey == null ? null : newParent);
                        if (state != null) {
                            state.loaded(slot.slot(), true);
                        }
                    } else if (state != null) {
                        state.loaded(slot.slot(), false);
                    }
                }
            } else if ((x.kind() == AssociationKind.HAS_MANY || x.kind() == AssociationKind.HAS_ONE)
                    && x.target() == childType.type() && keyedById(x.source(), x.sourceKey())) {
                EntityType parentType = session.types().of(x.source());
                AssociationSlot slot = parentType.slot(x.alias()).orElseThrow();
                leave(parentType, slot, children, oldKeys, handledOwner, handledSlot);
                if (newKey != null) {
                    Object parent = newParent != null && parentType.type().isInstance(newParent) ? newParent
                        : session.identityMap().peek(parentType.type(), newKey);
                    if (parent != null && !(parent == handledOwner && slot == handledSlot)) {
                        join(parent, slot, childType, children);
                    }
                }
            }
        }
    }

    /**
     * Row {@code entity} of {@code type} was inserted ({@code inserted}) or updated: for each of
     * its keys, the parents' loaded collections follow — the parent the key names gains it, a
     * parent whose loaded collection holds it under another key loses it — and its belongsTo
     * fields name the parent the key names.
     */
    void written(EntityType type, Object entity, boolean inserted) {
        Set<String> done = new java.util.HashSet<>();
        for (Association x : associations()) {
            boolean child = (x.kind() == AssociationKind.HAS_MANY || x.kind() == AssociationKind.HAS_ONE)
                && x.target() == type.type() || x.kind() == AssociationKind.BELONGS_TO && x.source() == type.type();
            if (!child || !done.add(x.foreignKeyColumn())) {
                continue;
            }
            ColumnMapping fk = type.column(x.foreignKey()).orElse(null);
            if (fk == null || fk.kept()) {
                continue;
            }
            Object key = type.get(entity, fk);
            Object oldKey = inserted ? null : heldUnder(type, entity, fk, key);
            if (inserted && key == null || !inserted && oldKey == null) {
                continue;
            }
            moved(type, fk, List.of(entity), new Object[] {inserted ? null : oldKey}, key, null, null, null);
        }
    }

    /** @return the key of a parent whose loaded collection over {@code fk} holds {@code entity} under another key, or null */
    private Object heldUnder(EntityType type, Object entity, ColumnMapping fk, Object key) {
        for (Association x : associations()) {
            if ((x.kind() != AssociationKind.HAS_MANY && x.kind() != AssociationKind.HAS_ONE)
                    || x.target() != type.type() || !x.foreignKeyColumn().equals(fk.column())
                    || !keyedById(x.source(), x.sourceKey())) {
                continue;
            }
            EntityType parentType = session.types().of(x.source());
            AssociationSlot slot = parentType.slot(x.alias()).orElseThrow();
            for (Object parent : session.identityMap().instances(parentType.type())) {
                EntityState state = EntityTypes.stateOf(parent);
                Object value = state != null && state.isLoaded(slot.slot()) ? slot.read(parent) : null;
                boolean holds = value instanceof Collection<?> c ? c.contains(entity) : value == entity;
                Object parentKey = parentType.idOf(parent);
                if (holds && value != null && !parentKey.equals(key)) {
                    return parentKey;
                }
            }
        }
        return null;
    }

    /** The old parents of {@code children} no longer have them in their loaded collections. */
    private void leave(EntityType parentType, AssociationSlot slot, List<Object> children, Object[] oldKeys,
            Object handledOwner, AssociationSlot handledSlot) {
        Map<Object, Set<Object>> byParent = new IdentityHashMap<>();
        for (int i = 0; i < oldKeys.length; i++) {
            Object parent = oldKeys[i] == null ? null : session.identityMap().peek(parentType.type(), oldKeys[i]);
            EntityState state = parent == null ? null : EntityTypes.stateOf(parent);
            if (state == null || !state.isLoaded(slot.slot()) || parent == handledOwner && slot == handledSlot) {
                continue;
            }
            byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>()))
                .add(children.get(i));
        }
        byParent.forEach((parent, gone) -> remove(log, parent, slot, gone));
    }

    /**
     * Removes {@code gone} from a loaded association of {@code parent}: out of a collection, or
     * a hasOne unset; a collection that cannot change (the application set an immutable one) is
     * marked unloaded instead. The change is recorded in {@code log}.
     */
    @SuppressWarnings("unchecked")
    static void remove(RollbackLog log, Object parent, AssociationSlot slot, Set<Object> gone) {
        Object value = slot.read(parent);
        log.touch(parent, slot);
        if (slot.kind().isToMany()) {
            if (value instanceof Collection<?> c) {
                try {
                    ((Collection<Object>) c).removeIf(gone::contains);
                } catch (UnsupportedOperationException e) {
                    unloadNow(parent, slot);
                }
            }
        } else if (value != null && gone.contains(value)) {
            slot.write(parent, null);
        }
    }

    /** Marks {@code slot} of {@code entity} unloaded (its join rows forgotten), so the next read goes to the database. */
    static void unloadNow(Object entity, AssociationSlot slot) {
        EntityState state = EntityTypes.stateOf(entity);
        if (state != null) {
            state.loaded(slot.slot(), false);
            state.clearJoinRows(slot.slot());
        }
    }

    @SuppressWarnings("unchecked")
    private void join(Object parent, AssociationSlot slot, EntityType childType, List<Object> children) {
        EntityState state = EntityTypes.stateOf(parent);
        if (state == null || !state.isLoaded(slot.slot())) {
            return;
        }
        Object value = slot.read(parent);
        log.touch(parent, slot);
        if (slot.kind() != AssociationKind.HAS_MANY || !(value instanceof Collection<?>)) {
            state.loaded(slot.slot(), false);
            return;
        }
        Collection<Object> loaded = (Collection<Object>) value;
        Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(loaded);
        ScopeValues scope = ScopeValues.of(childType, slot.association().scope());
        try {
            for (Object child : children) {
                if (scope.matches(child) && present.add(child)) {
                    loaded.add(child);
                }
            }
        } catch (UnsupportedOperationException e) {
            unloadNow(parent, slot);
        }
    }

    /**
     * Join rows between {@code owner} and {@code targets} were added or removed through
     * {@code a}: every loaded belongsToMany over the same join table and keys, on the owner
     * and on the targets, is marked unloaded (its join rows forgotten).
     */
    void relinked(Association a, Object owner, Collection<Object> targets) {
        String fk = a.foreignKeyColumn();
        String other = a.otherKeyColumn().orElseThrow();
        for (Association x : associations()) {
            if (x.kind() != AssociationKind.BELONGS_TO_MANY || !x.through().equals(a.through())) {
                continue;
            }
            String xOther = x.otherKeyColumn().orElseThrow();
            if (x.source() == a.source() && x.foreignKeyColumn().equals(fk) && xOther.equals(other)) {
                unload(owner, x.alias());
            }
            if (x.source() == a.target() && x.foreignKeyColumn().equals(other) && xOther.equals(fk)) {
                for (Object target : targets) {
                    unload(target, x.alias());
                }
            }
        }
    }

    private void unload(Object entity, String alias) {
        EntityState state = EntityTypes.stateOf(entity);
        if (state == null) {
            return;
        }
        AssociationSlot slot = state.type().slot(alias).orElseThrow();
        log.touch(entity, slot);
        unloadNow(entity, slot);
    }

    /**
     * Rows {@code rows} of {@code type} were deleted: their parents' loaded collections drop
     * them; what the database changed by itself (the ON DELETE of keys referring to them) is
     * applied to the instances the session holds ({@link DatabaseRules}), level by level without
     * recursion; belongsToMany targets forget their loaded side.
     */
    void deleted(EntityType type, List<Object> rows) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(rows);
        DatabaseRules database = new DatabaseRules(session, this);
        java.util.ArrayDeque<Map.Entry<EntityType, List<Object>>> work = new java.util.ArrayDeque<>();
        work.add(Map.entry(type, rows));
        while (!work.isEmpty()) {
            Map.Entry<EntityType, List<Object>> next = work.poll();
            deletedOnly(next.getKey(), next.getValue());
            database.deleted(next.getKey(), next.getValue(), seen).forEach((t, children) ->
                work.add(Map.entry(t, children)));
        }
    }

    private void deletedOnly(EntityType type, List<Object> rows) {
        for (Association x : associations()) {
            switch (x.kind()) {
                case BELONGS_TO, BELONGS_TO_POLYMORPHIC -> {
                    if (x.source() == type.type()) {
                        detachFromParents(type, rows, type.column(x.foreignKey()).orElseThrow());
                    }
                }
                case BELONGS_TO_MANY -> {
                    if (x.source() == type.type()) {
                        AssociationSlot slot = type.slot(x.alias()).orElseThrow();
                        for (Object row : rows) {
                            EntityState state = EntityTypes.stateOf(row);
                            if (state != null && state.isLoaded(slot.slot()) && slot.read(row) instanceof Collection<?> c) {
                                relinked(x, row, List.copyOf(c));
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void detachFromParents(EntityType type, List<Object> rows, ColumnMapping fk) {
        Object[] keys = new Object[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = type.get(rows.get(i), fk);
        }
        for (Association x : associations()) {
            if ((x.kind() == AssociationKind.HAS_MANY || x.kind() == AssociationKind.HAS_ONE)
                    && x.target() == type.type() && x.foreignKeyColumn().equals(fk.column())
                    && keyedById(x.source(), x.sourceKey())) {
                EntityType parentType = session.types().of(x.source());
                leave(parentType, parentType.slot(x.alias()).orElseThrow(), rows, keys, null, null);
            }
        }
    }

    /** @return whether the rows of {@code model} are matched by {@code key}, their id (so the identity map finds them) */
    private boolean keyedById(Class<?> model, String key) {
        EntityType type = session.types().of(model);
        return type.hasId() && type.id().name().equals(key);
    }
}
