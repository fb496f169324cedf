package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.ColumnInfo;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.JoinShape;
import dev.kinship.runtime.internal.loading.LoadGroup;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.loading.ScopeClause;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The belongsToMany operations, on join rows only; targets are never changed. Statements per
 * call, whatever the number of targets (beyond IN-list chunks): get, count, has 1; add 1 INSERT
 * of the missing join rows (an existing link is left as it is), or, with through values, 1 SELECT
 * of the existing links, 1 UPDATE of their values and 1 INSERT of the missing ones; remove 1
 * DELETE; set 1 SELECT, then at most one DELETE and one INSERT; create the target's INSERT and
 * 1 INSERT of the join row. The through scope bounds every statement and its values are written
 * into new join rows, so a join table shared by several scopes (a polymorphic one) only ever
 * sees rows of its own scope touched. The owner's loaded collection is marked unloaded, so the
 * next read reloads it with its join rows.
 */
final class JoinOperations extends AssociationOperations implements ToMany<Object> {

    private final EntityType target;
    private final ColumnMapping targetKey;
    private final EntityType joinModel;
    private final String table;
    private final String fkColumn;
    private final String otherColumn;
    private final List<ColumnInfo> joinColumns;
    private final Map<String, Object> scopeColumns = new LinkedHashMap<>();
    private final ScopeClause joinScope;
    private final ScopeClause targetScope;

    JoinOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
        this.target = session.types().of(a.target());
        this.targetKey = target.column(a.targetKey()).orElseThrow();
        this.joinModel = a.throughModel().map(session.types()::of).orElse(null);
        this.table = a.through().orElseThrow();
        this.fkColumn = a.foreignKeyColumn();
        this.otherColumn = a.otherKeyColumn().orElseThrow();
        this.joinColumns = joinModel != null ? joinModel.info().columnInfos()
            : session.types().schema().joinTable(table).orElseThrow().columns();
        a.throughScope().forEach((field, value) -> scopeColumns.put(joinModel != null
            ? joinModel.column(field).orElseThrow().column() : JoinShape.columnOf(joinColumns, field), value));
        this.joinScope = JoinShape.scope(session, a, "j");
        this.targetScope = ScopeClause.of(session.sql(), target, "t0", a.scope());
    }

    /** @return the Java type of join-table column {@code column} */
    private Class<?> joinColumnType(String column) {
        return joinColumns.stream().filter(c -> c.name().equals(column)).findFirst().map(ColumnInfo::type)
            .orElse(Object.class);
    }

    @Override
    public List<Object> get() {
        return list(load());
    }

    // ---- reading ----------------------------------------------------------------------------

    /** @return {@code FROM "Join" j CROSS JOIN "Targets" t0 ON ... WHERE j."fk" = ? <through scope> <target scope>} */
    private String fromWhere() {
        return " FROM " + sql().quote(table) + " j " + sql().dialect().drivingJoin() + " " + sql().table(target, "t0")
            + " ON t0." + sql().quote(targetKey.column()) + " = j." + sql().quote(otherColumn) + " WHERE j."
            + sql().quote(fkColumn) + " = ?" + joinScope.sql() + targetScope.sql();
    }

    private Object[] fromWhereValues() {
        return concat(concat(new Object[] {ownerKey()}, joinScope.values()), targetScope.values());
    }

    @Override
    public long count() {
        return count(text("count", 0, () -> "SELECT COUNT(DISTINCT t0." + sql().quote(targetKey.column()) + ")"
            + fromWhere()), fromWhereValues(), "count");
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
        return containsAll(candidates, call, c -> targetTypeOf(c, call).get(c, targetKey), fromWhereValues(),
            size -> "SELECT COUNT(DISTINCT t0." + sql().quote(targetKey.column()) + ")" + fromWhere() + " AND j."
                + sql().quote(otherColumn) + " IN (" + sql().placeholders(size) + ")");
    }

    /** @return the target keys the owner is linked to within both scopes */
    private Set<Object> currentKeys() {
        String text = text("current", 0, () -> "SELECT DISTINCT j." + sql().quote(otherColumn) + fromWhere());
        Object[] values = fromWhereValues();
        Set<Object> keys = new LinkedHashSet<>();
        Executor executor = session.executor();
        try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
            while (rows.next()) {
                keys.add(targetKey.codec().read(rows, 1));
            }
        } catch (SQLException e) {
            throw new DataAccessException(describe("set") + " failed: " + e.getMessage() + ". Statement: " + text, e);
        }
        return keys;
    }

    // ---- add --------------------------------------------------------------------------------

    @Override
    public void add(Object candidate) {
        add(Collections.singletonList(candidate), Map.of(), "add");
    }

    @Override
    public void add(Object candidate, Map<String, Object> throughValues) {
        add(Collections.singletonList(candidate), throughValues, "add");
    }

    @Override
    public void addAll(Collection<?> candidates) {
        add(candidates, Map.of(), "addAll");
    }

    private void add(Collection<?> candidates, Map<String, Object> throughValues, String call) {
        Map<String, Object> extra = JoinValues.columns(this, joinModel, joinColumns, scopeColumns, throughValues, call);
        List<Object> rows = requireRows(candidates, call);
        if (rows.isEmpty()) {
            return;
        }
        List<Object> keys = keys(rows);
        atomically(undo -> {
            if (extra.isEmpty()) {
                insertLinks(keys, extra, call);
            } else {
                Map<Object, List<Object>> existing = joinRows(keys, call);
                if (!existing.isEmpty()) {
                    updateLinks(existing, extra, undo, call);
                }
                List<Object> missing = new ArrayList<>();
                for (Object key : keys) {
                    if (!existing.containsKey(key)) {
                        missing.add(key);
                    }
                }
                insertLinks(missing, extra, call);
            }
            undo.onSuccess(() -> relinked(rows));
            return null;
        });
    }

    private List<Object> keys(List<Object> rows) {
        List<Object> keys = new ArrayList<>(rows.size());
        for (Object row : rows) {
            keys.add(typeOfRow(row).get(row, targetKey));
        }
        return keys;
    }

    /**
     * One INSERT (per chunk) of a join row for every key not linked yet within the through
     * scope: {@code INSERT ... SELECT DISTINCT ?, ..., v.column1 FROM (VALUES (?), ...) v WHERE
     * NOT EXISTS (...)}, so keys already linked are skipped and the padding of the IN-list chunk
     * adds nothing.
     */
    private void insertLinks(List<Object> keys, Map<String, Object> extra, String call) {
        if (keys.isEmpty()) {
            return;
        }
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put(fkColumn, ownerKey());
        if (joinModel != null) {
            JoinValues.defaults(joinModel, fkColumn, otherColumn, fixed);
        }
        fixed.putAll(scopeColumns);
        fixed.putAll(extra);
        List<String> columns = new ArrayList<>(fixed.keySet());
        columns.add(otherColumn);
        ScopeClause guardScope = JoinShape.scope(session, a, "x");
        Object[] head = fixed.values().toArray();
        Object[] guard = concat(new Object[] {ownerKey()}, guardScope.values());
        String shape = "insert:" + String.join(",", columns);
        for (Object[] chunk : sql().chunks(keys, head.length + guard.length)) {
            String text = text(shape, chunk.length, () -> {
                StringBuilder out = new StringBuilder("INSERT INTO ").append(sql().quote(table)).append(" (");
                for (int i = 0; i < columns.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(sql().quote(columns.get(i)));
                }
                out.append(") SELECT DISTINCT ");
                for (int i = 0; i < head.length; i++) {
                    out.append(sql().dialect().typedParameter(joinColumnType(columns.get(i)))).append(", ");
                }
                out.append("v.column1 FROM (VALUES ");
                for (int i = 0; i < chunk.length; i++) {
                    out.append(i == 0 ? "(?)" : ", (?)");
                }
                return out.append(") AS v WHERE NOT EXISTS (SELECT 1 FROM ").append(sql().quote(table))
                    .append(" AS x WHERE x.").append(sql().quote(fkColumn)).append(" = ? AND x.")
                    .append(sql().quote(otherColumn)).append(" = v.column1").append(guardScope.sql()).append(')')
                    .toString();
            });
            update(text, concat(concat(head, chunk), guard), call);
        }
    }

    /** @return the join rows (join-model entities, or column maps) of the given keys within the through scope, by key */
    private Map<Object, List<Object>> joinRows(List<Object> keys, String call) {
        JoinShape shape = JoinShape.of(session, a);
        Map<Object, List<Object>> found = new HashMap<>();
        int otherIndex = indexOf(otherColumn);
        Object[] head = concat(new Object[] {ownerKey()}, joinScope.values());
        Materializer materializer = session.materializer();
        LoadGroup group = new LoadGroup(keys.size());
        Executor executor = session.executor();
        for (Object[] chunk : sql().chunks(keys, head.length)) {
            String text = text("joinRows", chunk.length, () -> "SELECT " + shape.selectList() + " FROM "
                + sql().quote(table) + " j WHERE j." + sql().quote(fkColumn) + " = ?" + joinScope.sql() + " AND j."
                + sql().quote(otherColumn) + " IN (" + sql().placeholders(chunk.length) + ")");
            Object[] values = concat(head, chunk);
            try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
                while (rows.next()) {
                    Object key = targetKey.codec().read(rows, otherIndex + 1);
                    found.computeIfAbsent(key, k -> new ArrayList<>()).add(shape.read(rows, materializer, group));
                }
            } catch (SQLException e) {
                throw new DataAccessException(describe(call) + " failed: " + e.getMessage() + ". Statement: " + text,
                    e);
            }
        }
        return found;
    }

    private int indexOf(String column) {
        for (int i = 0; i < joinColumns.size(); i++) {
            if (joinColumns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("join column " + column + " not found in " + table);
    }

    /** One UPDATE (per chunk) writes the through values into the existing links; join-model instances follow. */
    private void updateLinks(Map<Object, List<Object>> existing, Map<String, Object> extra, Undo undo, String call) {
        Object[] head = concat(concat(extra.values().toArray(), new Object[] {ownerKey()}), joinScope.values());
        String shape = "update:" + String.join(",", extra.keySet());
        for (Object[] chunk : sql().chunks(new ArrayList<>(existing.keySet()), head.length)) {
            String text = text(shape, chunk.length, () -> {
                StringBuilder out = new StringBuilder("UPDATE ").append(sql().quote(table)).append(" AS j SET ");
                int i = 0;
                for (String column : extra.keySet()) {
                    out.append(i++ == 0 ? "" : ", ").append(sql().quote(column)).append(" = ?");
                }
                return out.append(" WHERE j.").append(sql().quote(fkColumn)).append(" = ?").append(joinScope.sql())
                    .append(" AND j.").append(sql().quote(otherColumn)).append(" IN (")
                    .append(sql().placeholders(chunk.length)).append(')').toString();
            });
            update(text, concat(head, chunk), call);
        }
        if (joinModel != null) {
            for (List<Object> rows : existing.values()) {
                for (Object row : rows) {
                    JoinValues.write(joinModel, row, extra, undo);
                }
            }
        }
    }

    // ---- remove -----------------------------------------------------------------------------

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
        List<Object> keys = keys(rows);
        atomically(undo -> {
            unlink(keys, undo, call);
            undo.onSuccess(() -> relinked(rows));
            return null;
        });
    }

    /**
     * One DELETE (per chunk) of the owner's join rows to {@code keys}, within the through scope
     * (rows of another scope are never touched) and, when the association has one, the target scope.
     * With {@code softDelete(field)} it is one UPDATE that sets the field to the current time instead.
     */
    private void unlink(List<Object> keys, Undo undo, String call) {
        Optional<ColumnMapping> soft = a.throughSoftDelete().map(f -> joinModel.column(f).orElseThrow());
        Object[] head = concat(soft.isPresent() ? new Object[] {now(soft.get().type()), ownerKey()}
            : new Object[] {ownerKey()}, joinScope.values());
        String action = soft.map(c -> "UPDATE " + sql().quote(table) + " AS j SET " + sql().quote(c.column())
            + " = ? WHERE j.").orElse("DELETE FROM " + sql().quote(table) + " AS j WHERE j.");
        Object[] tail = targetScope.values();
        for (Object[] chunk : sql().chunks(keys, head.length + tail.length)) {
            String text = text(soft.isPresent() ? "softUnlink" : "unlink", chunk.length, () -> action
                + sql().quote(fkColumn) + " = ?" + joinScope.sql() + " AND j." + sql().quote(otherColumn) + " IN ("
                + sql().placeholders(chunk.length) + ")" + (targetScope.sql().isEmpty() ? "" : " AND EXISTS (SELECT 1 "
                + "FROM " + sql().table(target, "t0") + " WHERE t0." + sql().quote(targetKey.column()) + " = j."
                + sql().quote(otherColumn) + targetScope.sql() + ")"));
            update(text, concat(concat(head, chunk), tail), call);
        }
        evictJoinRows(keys, undo);
    }

    /** @return the current time as the soft-delete field's type */
    private static Object now(Class<?> type) {
        if (type == java.time.LocalDateTime.class) {
            return java.time.LocalDateTime.now();
        }
        if (type == java.time.LocalDate.class) {
            return java.time.LocalDate.now();
        }
        return java.time.Instant.now();
    }

    /** Join-model instances of the removed links that this owner had loaded leave the identity map. */
    private void evictJoinRows(List<Object> keys, Undo undo) {
        Map<Object, Object> loaded = state.joinRows(slot.slot());
        if (joinModel == null || !joinModel.hasId() || loaded == null) {
            return;
        }
        for (Object key : keys) {
            Object row = loaded.get(key);
            if (row != null) {
                Object id = joinModel.idOf(row);
                session.identityMap().remove(joinModel.type(), id);
                undo.add(() -> session.identityMap().put(joinModel.type(), id, row));
            }
        }
    }

    // ---- set, create, through ---------------------------------------------------------------

    @Override
    public void set(Collection<?> targets) {
        List<Object> wanted = requireRows(targets, "set");
        Set<Object> wantedKeys = new LinkedHashSet<>(keys(wanted));
        atomically(undo -> {
            Set<Object> current = currentKeys();
            List<Object> gone = new ArrayList<>();
            for (Object key : current) {
                if (!wantedKeys.contains(key)) {
                    gone.add(key);
                }
            }
            List<Object> added = new ArrayList<>();
            for (Object key : wantedKeys) {
                if (!current.contains(key)) {
                    added.add(key);
                }
            }
            if (!gone.isEmpty()) {
                unlink(gone, undo, "set");
            }
            insertLinks(added, Map.of(), "set");
            undo.onSuccess(() -> {
                List<Object> touched = new ArrayList<>(wanted);
                for (Object key : gone) {
                    Object known = session.identityMap().peek(target.type(), key);
                    if (known != null) {
                        touched.add(known);
                    }
                }
                relinked(touched);
            });
            return null;
        });
    }

    @Override
    public Object create(Object candidate) {
        EntityType type = requireNew(candidate);
        return atomically(undo -> {
            ScopeValues.of(type, a.scope()).write(candidate);
            Object managed = writer.insert(candidate);
            insertLinks(List.of(type.get(managed, targetKey)), Map.of(), "create");
            undo.onSuccess(() -> relinked(List.of(managed)));
            return managed;
        });
    }

    @Override
    public Optional<Object> through(Object candidate) {
        Object row = requireRow(candidate, "through");
        Object id = typeOfRow(row).idOf(row);
        Map<Object, Object> rows = state.isLoaded(slot.slot()) ? state.joinRows(slot.slot()) : null;
        if (rows == null || !rows.containsKey(id)) {
            load();
            rows = state.joinRows(slot.slot());
        }
        return Optional.ofNullable(rows == null ? null : rows.get(id));
    }

    /** The owner's collection, and the other side's on the targets, are read again on next use. */
    private void relinked(List<Object> targets) {
        forget();
        inverses.relinked(a, owner, targets);
    }

    @Override
    String uniqueHint() {
        return "A pair may have one join row only" + (a.throughScope().isEmpty() ? "" : ", and a row outside the "
            + "through scope " + a.throughScope() + " still counts") + ". Update that row, or declare through(..., t -> "
            + "t.unique(false)) with a join model that has its own id. ";
    }
}
