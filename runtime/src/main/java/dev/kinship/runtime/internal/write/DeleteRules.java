package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.internal.loading.LoadGroup;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.loading.ScopeClause;
import dev.kinship.runtime.internal.loading.JoinShape;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries out the onDelete of associations declared with {@code hooks(true)}, inside the
 * delete's transaction, level by level: the children of all rows being deleted are loaded in
 * one statement per association, their hooks run, and CASCADE recurses, SET_NULL unlinks them in
 * one UPDATE, RESTRICT refuses. Rows already visited are skipped, so cycles end.
 */
final class DeleteRules {

    private final SessionContext session;
    private final HookRegistry hooks;
    private final Writer writer;

    DeleteRules(SessionContext session, HookRegistry hooks, Writer writer) {
        this.session = session;
        this.hooks = hooks;
        this.writer = writer;
    }

    void deleteAll(EntityType type, List<Object> entities, Set<String> visited) {
        List<Object> todo = new ArrayList<>();
        for (Object e : entities) {
            if (visited.add(type.name() + "#" + type.idOf(e))) {
                todo.add(e);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        for (Object e : todo) {
            hooks.run(type.type(), Hook.BEFORE_DESTROY, e);
        }
        for (Association a : session.types().schema().associations()) {
            if (!a.hooks()) {
                continue;
            }
            if ((a.kind() == AssociationKind.HAS_ONE || a.kind() == AssociationKind.HAS_MANY) && a.source() == type.type()) {
                EntityType child = session.types().of(a.target());
                apply(a, type, todo, child, a.sourceKey(), a.foreignKey(), a.scope(), visited);
            } else if (a.kind() == AssociationKind.BELONGS_TO && a.target() == type.type()) {
                EntityType child = session.types().of(a.source());
                apply(a, type, todo, child, a.targetKey(), a.foreignKey(), Map.of(), visited);
            } else if (a.kind() == AssociationKind.BELONGS_TO_MANY && a.source() == type.type()) {
                deleteJoinRows(a, type, todo);
            }
        }
        writer.deleteRows(type, todo);
    }

    private void apply(Association a, EntityType parent, List<Object> parents, EntityType child, String parentKey,
            String childKey, Map<String, Object> scope, Set<String> visited) {
        List<Object> keys = keys(parent, parents, parent.column(parentKey).orElseThrow());
        ColumnMapping fk = child.column(childKey).orElseThrow();
        List<Object> children = load(child, fk, keys, scope);
        if (children.isEmpty()) {
            return;
        }
        switch (a.onDelete()) {
            case RESTRICT, NO_ACTION -> throw new ConstraintViolationException("Cannot delete "
                + ConstraintMessages.describe(parent, parents.get(0)) + ": " + children.size() + " " + child.name()
                + " row(s) still refer to it through " + a.describe() + ", whose onDelete is " + a.onDelete()
                + ". Delete or reassign them first, or declare onDelete(CASCADE) or onDelete(SET_NULL). Nothing was "
                + "deleted.", null);
            case CASCADE -> deleteAll(child, children, visited);
            case SET_NULL, SET_DEFAULT -> unlink(child, fk, children);
        }
    }

    private void unlink(EntityType child, ColumnMapping fk, List<Object> children) {
        for (Object c : children) {
            hooks.run(child.type(), Hook.BEFORE_UPDATE, c);
        }
        SqlTexts sql = session.sql();
        List<Object> ids = keys(child, children, child.id());
        for (Object[] chunk : sql.chunks(ids, 0)) {
            String text = sql.cached(List.of("unlink", child.type(), fk.column(), chunk.length), () -> "UPDATE "
                + sql.quote(child.info().table()) + " SET " + sql.quote(fk.column()) + " = NULL WHERE "
                + sql.quote(child.id().column()) + " IN (" + sql.placeholders(chunk.length) + ")");
            try {
                session.executor().update(text, chunk);
            } catch (SQLException e) {
                throw new DataAccessException("Unlinking " + child.name() + " rows failed: " + e.getMessage()
                    + ". Statement: " + text, e);
            }
        }
        for (Object c : children) {
            child.set(c, fk, null);
            hooks.run(child.type(), Hook.AFTER_UPDATE, c);
        }
    }

    private void deleteJoinRows(Association a, EntityType owner, List<Object> owners) {
        SqlTexts sql = session.sql();
        List<Object> keys = keys(owner, owners, owner.column(a.sourceKey()).orElseThrow());
        ScopeClause scope = JoinShape.scope(session, a, "j");
        for (Object[] chunk : sql.chunks(keys, scope.values().length)) {
            String text = sql.cached(List.of("unjoin", a.source(), a.alias(), chunk.length), () -> "DELETE FROM "
                + sql.quote(a.through().orElseThrow()) + " AS j WHERE j." + sql.quote(a.foreignKeyColumn()) + " IN ("
                + sql.placeholders(chunk.length) + ")" + scope.sql());
            try {
                session.executor().update(text, concat(chunk, scope.values()));
            } catch (SQLException e) {
                throw new DataAccessException("Deleting the join rows of " + a.describe() + " failed: "
                    + e.getMessage() + ". Statement: " + text, e);
            }
        }
    }

    private List<Object> load(EntityType child, ColumnMapping fk, List<Object> keys, Map<String, Object> scope) {
        List<Object> out = new ArrayList<>();
        if (keys.isEmpty()) {
            return out;
        }
        SqlTexts sql = session.sql();
        ScopeClause clause = ScopeClause.of(sql, child, "t0", scope);
        Materializer materializer = session.materializer();
        LoadGroup group = new LoadGroup(keys.size());
        for (Object[] chunk : sql.chunks(keys, clause.values().length)) {
            String text = "SELECT " + sql.columns(child, "t0") + " FROM " + sql.table(child, "t0") + " WHERE t0."
                + sql.quote(fk.column()) + " IN (" + sql.placeholders(chunk.length) + ")" + clause.sql();
            Object[] values = concat(chunk, clause.values());
            try (ResultSet rows = session.executor().query(session.executor().prepare(text, values), text, values)) {
                while (rows.next()) {
                    out.add(materializer.read(rows, child, 1, group));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Loading the " + child.name() + " rows to delete failed: "
                    + e.getMessage() + ". Statement: " + text, e);
            }
        }
        return out;
    }

    private static List<Object> keys(EntityType type, List<Object> entities, ColumnMapping column) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object e : entities) {
            Object key = type.get(e, column);
            if (key != null) {
                keys.add(key);
            }
        }
        return new ArrayList<>(keys);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
