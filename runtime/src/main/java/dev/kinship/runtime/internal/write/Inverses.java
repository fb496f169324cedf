package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ReferentialAction;
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

    Inverses(SessionContext session) {
        this.session = session;
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
        byParent.forEach((parent, gone) -> remove(parent, slot, gone));
    }

    /** Removes {@code gone} from a loaded association of {@code parent}: out of a collection, or a hasOne unset. */
    @SuppressWarnings("unchecked")
    static void remove(Object parent, AssociationSlot slot, Set<Object> gone) {
        Object value = slot.read(parent);
        if (slot.kind().isToMany()) {
            if (value instanceof Collection<?> c) {
                ((Collection<Object>) c).removeIf(gone::contains);
            }
        } else if (value != null && gone.contains(value)) {
            slot.write(parent, null);
        }
    }

    @SuppressWarnings("unchecked")
    private void join(Object parent, AssociationSlot slot, EntityType childType, List<Object> children) {
        EntityState state = EntityTypes.stateOf(parent);
        if (state == null || !state.isLoaded(slot.slot())) {
            return;
        }
        Object value = slot.read(parent);
        if (slot.kind() != AssociationKind.HAS_MANY || !(value instanceof Collection<?>)) {
            state.loaded(slot.slot(), false);
            return;
        }
        Collection<Object> loaded = (Collection<Object>) value;
        Set<Object> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(loaded);
        ScopeValues scope = ScopeValues.of(childType, slot.association().scope());
        for (Object child : children) {
            if (scope.matches(child) && present.add(child)) {
                loaded.add(child);
            }
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

    private static void unload(Object entity, String alias) {
        EntityState state = EntityTypes.stateOf(entity);
        if (state == null) {
            return;
        }
        AssociationSlot slot = state.type().slot(alias).orElseThrow();
        state.loaded(slot.slot(), false);
        state.clearJoinRows(slot.slot());
    }

    /**
     * Rows {@code rows} of {@code type} were deleted: their parents' loaded collections drop
     * them; the children the database changed by itself (onDelete without hooks), where a
     * loaded association of a deleted row reaches them, are evicted (CASCADE) or unlinked
     * (SET_NULL) in memory; belongsToMany targets forget their loaded side. Associations with
     * {@code hooks(true)} were carried out row by row and are not repeated here.
     */
    void deleted(EntityType type, List<Object> rows) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.addAll(rows);
        deleted(type, rows, seen);
    }

    private void deleted(EntityType type, List<Object> rows, Set<Object> seen) {
        for (Association x : associations()) {
            switch (x.kind()) {
                case BELONGS_TO, BELONGS_TO_POLYMORPHIC -> {
                    if (x.source() == type.type()) {
                        detachFromParents(type, rows, type.column(x.foreignKey()).orElseThrow());
                    }
                }
                case HAS_MANY, HAS_ONE -> {
                    if (x.source() == type.type() && !x.hooks() && x.constraints()) {
                        databaseRule(type, rows, x, seen);
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

    /** What the database did by itself to the children of deleted rows, applied to the children in memory. */
    @SuppressWarnings("unchecked")
    private void databaseRule(EntityType type, List<Object> rows, Association x, Set<Object> seen) {
        ReferentialAction rule = x.onDelete();
        if (rule != ReferentialAction.CASCADE && rule != ReferentialAction.SET_NULL
                && rule != ReferentialAction.SET_DEFAULT) {
            return;
        }
        AssociationSlot slot = type.slot(x.alias()).orElseThrow();
        EntityType childType = session.types().of(x.target());
        ColumnMapping fk = childType.column(x.foreignKey()).orElseThrow();
        for (Object row : rows) {
            EntityState state = EntityTypes.stateOf(row);
            Object value = state == null || !state.isLoaded(slot.slot()) ? null : slot.read(row);
            List<Object> children = value == null ? List.of()
                : value instanceof Collection<?> c ? List.copyOf((Collection<Object>) c) : List.of(value);
            if (children.isEmpty()) {
                continue;
            }
            if (rule == ReferentialAction.CASCADE) {
                List<Object> fresh = new java.util.ArrayList<>(children.size());
                for (Object child : children) {
                    if (seen.add(child)) {
                        session.identityMap().remove(childType.type(), childType.idOf(child));
                        fresh.add(child);
                    }
                }
                if (!fresh.isEmpty()) {
                    deleted(childType, fresh, seen);
                }
            } else {
                Object[] old = new Object[children.size()];
                for (int i = 0; i < old.length; i++) {
                    old[i] = childType.get(children.get(i), fk);
                    childType.set(children.get(i), fk, null);
                }
                moved(childType, fk, children, old, null, null, row, slot);
            }
        }
    }

    /** @return whether the rows of {@code model} are matched by {@code key}, their id (so the identity map finds them) */
    private boolean keyedById(Class<?> model, String key) {
        EntityType type = session.types().of(model);
        return type.hasId() && type.id().name().equals(key);
    }
}
