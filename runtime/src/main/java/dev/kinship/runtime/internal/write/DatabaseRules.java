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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database did by itself when rows were deleted — the ON DELETE of every foreign key
 * that refers to their table, as the schema's DDL declares it — applied to the instances the
 * session holds, found in the identity map whether or not a loaded association reaches them:
 * CASCADE evicts the children (and, in turn, what the database removed because of them),
 * SET_NULL nulls their key (their belongsTo fields and their parents' loaded collections
 * follow), SET_DEFAULT evicts them (the next read sees the default). Loaded belongsToMany
 * collections that hold a deleted row are marked unloaded, and join-model instances of its join
 * rows are evicted. Every change is recorded in the session's rollback log.
 */
final class DatabaseRules {

    /** One foreign key of {@code child}'s table referring to {@code parent}'s rows. */
    private record Edge(Class<?> parent, ColumnMapping parentKey, EntityType child, ColumnMapping fk,
            ReferentialAction onDelete) {
    }

    private final SessionContext session;
    private final Inverses inverses;

    DatabaseRules(SessionContext session, Inverses inverses) {
        this.session = session;
        this.inverses = inverses;
    }

    /** Rows {@code rows} of {@code type} were deleted; @return the children evicted by CASCADE, by type */
    Map<EntityType, List<Object>> deleted(EntityType type, List<Object> rows, Set<Object> seen) {
        Map<EntityType, List<Object>> cascaded = new LinkedHashMap<>();
        for (Edge edge : edges(type)) {
            Set<Object> keys = keys(type, rows, edge.parentKey());
            if (keys.isEmpty()) {
                continue;
            }
            List<Object> children = new ArrayList<>();
            for (Object child : session.identityMap().instances(edge.child().type())) {
                Object key = edge.child().get(child, edge.fk());
                if (key != null && keys.contains(key) && !seen.contains(child)) {
                    children.add(child);
                }
            }
            if (children.isEmpty()) {
                continue;
            }
            switch (edge.onDelete()) {
                case CASCADE -> {
                    for (Object child : children) {
                        seen.add(child);
                        session.identityMap().remove(edge.child().type(), edge.child().idOf(child));
                    }
                    cascaded.computeIfAbsent(edge.child(), t -> new ArrayList<>()).addAll(children);
                }
                case SET_NULL -> {
                    Object[] old = new Object[children.size()];
                    for (int i = 0; i < old.length; i++) {
                        old[i] = edge.child().get(children.get(i), edge.fk());
                        session.rollbackLog().set(edge.child(), children.get(i), edge.fk(), null);
                    }
                    inverses.moved(edge.child(), edge.fk(), children, old, null, null, null, null);
                }
                case SET_DEFAULT -> children.forEach(c -> session.identityMap().remove(edge.child().type(),
                    edge.child().idOf(c)));
                default -> {
                }
            }
        }
        forgetJoinRows(type, rows);
        return cascaded;
    }

    /** @return the foreign keys referring to {@code type}'s table, one per child column (the last declaration wins, as in the DDL) */
    private List<Edge> edges(EntityType type) {
        Map<List<Object>, Edge> edges = new LinkedHashMap<>();
        for (Association a : session.types().schema().associations()) {
            if (!a.constraints()) {
                continue;
            }
            Class<?> parent;
            Class<?> child;
            String parentKey;
            if (a.kind() == AssociationKind.BELONGS_TO) {
                parent = a.target();
                child = a.source();
                parentKey = a.targetKey();
            } else if (a.kind() == AssociationKind.HAS_MANY || a.kind() == AssociationKind.HAS_ONE) {
                parent = a.source();
                child = a.target();
                parentKey = a.sourceKey();
            } else {
                continue;
            }
            EntityType childType = session.types().of(child);
            ColumnMapping fk = childType.column(a.foreignKey()).orElseThrow();
            List<Object> key = List.of(child, fk.column());
            edges.remove(key);
            if (parent == type.type() && childType.hasId()) {
                edges.put(key, new Edge(parent, type.column(parentKey).orElseThrow(), childType, fk, a.onDelete()));
            }
        }
        return new ArrayList<>(edges.values());
    }

    /** Loaded belongsToMany collections holding a deleted row are marked unloaded; join-model instances of its rows leave. */
    private void forgetJoinRows(EntityType type, List<Object> rows) {
        for (Association x : session.types().schema().associations()) {
            if (x.kind() != AssociationKind.BELONGS_TO_MANY) {
                continue;
            }
            if (x.target().isAssignableFrom(type.type())) {
                unloadHolders(x, rows);
            }
            if (x.throughModel().isPresent() && (x.target() == type.type() || x.source() == type.type())) {
                evictJoinModels(x, type, rows);
            }
        }
    }

    private void unloadHolders(Association x, List<Object> rows) {
        EntityType owner = session.types().of(x.source());
        AssociationSlot slot = owner.slot(x.alias()).orElseThrow();
        Set<Object> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(rows);
        for (Object holder : session.identityMap().instances(owner.type())) {
            EntityState state = EntityTypes.stateOf(holder);
            if (state != null && state.isLoaded(slot.slot()) && slot.read(holder) instanceof Collection<?> c
                    && c.stream().anyMatch(gone::contains)) {
                session.rollbackLog().touch(holder, slot);
                Inverses.unloadNow(holder, slot);
            }
        }
    }

    private void evictJoinModels(Association x, EntityType type, List<Object> rows) {
        EntityType model = session.types().of(x.throughModel().get());
        if (!model.hasId()) {
            return;
        }
        boolean source = x.source() == type.type();
        String column = source ? x.foreignKeyColumn() : x.otherKeyColumn().orElseThrow();
        ColumnMapping fk = null;
        for (ColumnMapping c : model.columns()) {
            if (c.column().equals(column)) {
                fk = c;
            }
        }
        if (fk == null) {
            return;
        }
        Set<Object> keys = keys(type, rows, type.column(source ? x.sourceKey() : x.targetKey()).orElseThrow());
        for (Object row : session.identityMap().instances(model.type())) {
            if (keys.contains(model.get(row, fk))) {
                session.identityMap().remove(model.type(), model.idOf(row));
            }
        }
    }

    private static Set<Object> keys(EntityType type, List<Object> rows, ColumnMapping column) {
        Set<Object> keys = new HashSet<>();
        for (Object row : rows) {
            Object key = type.get(row, column);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }
}
