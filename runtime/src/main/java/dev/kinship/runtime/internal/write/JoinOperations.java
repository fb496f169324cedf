package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.loading.JoinShape;
import dev.kinship.runtime.internal.loading.ScopeClause;
import dev.kinship.runtime.internal.loading.SessionContext;
import dev.kinship.runtime.internal.mapping.AssociationSlot;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The belongsToMany operations, on join rows only: add inserts the missing rows in one
 * statement (through-scope values and the given through values written) and updates the
 * through values of existing ones; remove deletes only rows within the through scope, so rows
 * of another scope (another type of a polymorphic join table) are never touched.
 */
final class JoinOperations extends AssociationOperations implements ToMany<Object> {

    private final Association a;
    private final EntityType target;
    private final EntityType joinModel;
    private final String table;
    private final List<ColumnInfo> joinColumns;

    JoinOperations(SessionContext session, Writer writer, Object owner, AssociationSlot slot) {
        super(session, writer, owner, slot);
        this.a = slot.association();
        this.target = session.types().of(a.target());
        this.joinModel = a.throughModel().map(session.types()::of).orElse(null);
        this.table = a.through().orElseThrow();
        this.joinColumns = joinModel != null ? joinModel.info().columnInfos()
            : session.types().schema().joinTable(table).orElseThrow().columns();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object> get() {
        Object value = current();
        return value == null ? List.of() : new ArrayList<>((Collection<Object>) value);
    }

    private ScopeClause joinScope() {
        return JoinShape.scope(session, a, "j");
    }

    private String fromWhere() {
        SqlTexts sql = session.sql();
        return " FROM " + sql.quote(table) + " j " + sql.dialect().drivingJoin() + " " + sql.table(target, "t0")
            + " ON t0." + sql.quote(a.targetKeyColumn()) + " = j." + sql.quote(a.otherKeyColumn().orElseThrow())
            + " WHERE j." + sql.quote(a.foreignKeyColumn()) + " = ?" + joinScope().sql()
            + ScopeClause.of(sql, target, "t0", a.scope()).sql();
    }

    private Object[] fromWhereValues() {
        return concat(concat(new Object[] {ownerKey()}, joinScope().values()),
            ScopeClause.of(session.sql(), target, "t0", a.scope()).values());
    }

    @Override
    public long count() {
        return count("SELECT COUNT(*)" + fromWhere(), fromWhereValues());
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
            Object id = target.idOf(c);
            if (id == null) {
                return false;
            }
            ids.add(id);
        }
        ids = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
        SqlTexts sql = session.sql();
        long found = 0;
        for (Object[] chunk : sql.chunks(ids, fromWhereValues().length)) {
            String text = "SELECT COUNT(DISTINCT t0." + sql.quote(a.targetKeyColumn()) + ")" + fromWhere() + " AND t0."
                + sql.quote(a.targetKeyColumn()) + " IN (" + sql.placeholders(chunk.length) + ")";
            found += count(text, concat(fromWhereValues(), chunk));
        }
        return found == ids.size();
    }

    @Override
    public void add(Object candidate) {
        addAll(List.of(candidate), Map.of());
    }

    @Override
    public void add(Object candidate, Map<String, Object> throughValues) {
        addAll(List.of(candidate), throughValues);
    }

    @Override
    public void addAll(Collection<?> candidates) {
        addAll(candidates, Map.of());
    }

    private void addAll(Collection<?> candidates, Map<String, Object> throughValues) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Object> extra = throughColumns(throughValues);
        session.atomic(() -> {
            List<Object> ids = new ArrayList<>();
            for (Object c : candidates) {
                ids.add(target.idOf(requireRow(c, "add")));
            }
            ids = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
            Set<Object> existing = linked(ids);
            List<Object> missing = ids.stream().filter(id -> !existing.contains(id)).toList();
            insertRows(missing, extra);
            if (!extra.isEmpty() && !existing.isEmpty()) {
                updateRows(new ArrayList<>(existing), extra);
            }
            forget();
            return null;
        });
    }

    /** @return the through values by column, checked against the join table's columns */
    private Map<String, Object> throughColumns(Map<String, Object> values) {
        Map<String, Object> columns = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            String column = joinModel != null ? joinModel.column(field).map(c -> c.column()).orElse(null)
                : joinColumns.stream().anyMatch(c -> c.name().equals(field)) ? field : null;
            if (column == null) {
                throw new IllegalArgumentException(a.describe() + ": the join " + (joinModel != null ? "model "
                    + joinModel.name() + " has no field '" : "table " + table + " has no column '") + field + "'. Its "
                    + (joinModel != null ? "fields: " + joinModel.columnsByName().keySet() : "columns: "
                    + joinColumns.stream().map(ColumnInfo::name).toList()) + ".");
            }
            columns.put(column, value);
        });
        return columns;
    }

    /** @return the ids of {@code ids} already linked within the through scope */
    private Set<Object> linked(List<Object> ids) {
        Set<Object> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        SqlTexts sql = session.sql();
        ScopeClause scope = joinScope();
        Executor executor = session.executor();
        for (Object[] chunk : sql.chunks(ids, 1 + scope.values().length)) {
            String text = "SELECT j." + sql.quote(a.otherKeyColumn().orElseThrow()) + " FROM " + sql.quote(table)
                + " j WHERE j." + sql.quote(a.foreignKeyColumn()) + " = ?" + scope.sql() + " AND j."
                + sql.quote(a.otherKeyColumn().orElseThrow()) + " IN (" + sql.placeholders(chunk.length) + ")";
            Object[] values = concat(concat(new Object[] {ownerKey()}, scope.values()), chunk);
            try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
                while (rows.next()) {
                    found.add(target.id().codec().read(rows, 1));
                }
            } catch (SQLException e) {
                throw new DataAccessException(a.describe() + ": reading join rows failed: " + e.getMessage()
                    + ". Statement: " + text, e);
            }
        }
        return found;
    }

    private void insertRows(List<Object> ids, Map<String, Object> extra) {
        if (ids.isEmpty()) {
            return;
        }
        SqlTexts sql = session.sql();
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put(a.foreignKeyColumn(), ownerKey());
        scopeColumns().forEach((column, value) -> {
            if (value != null) {
                fixed.put(column, value);
            }
        });
        fixed.putAll(extra);
        List<String> columns = new ArrayList<>(fixed.keySet());
        columns.add(a.otherKeyColumn().orElseThrow());
        int perRow = columns.size();
        int maxRows = Math.max(1, sql.dialect().maxParameters() / perRow);
        String names = String.join(", ", columns.stream().map(sql::quote).toList());
        String row = "(" + sql.placeholders(perRow) + ")";
        for (int from = 0; from < ids.size(); from += maxRows) {
            List<Object> part = ids.subList(from, Math.min(ids.size(), from + maxRows));
            List<Object> values = new ArrayList<>();
            StringBuilder rows = new StringBuilder();
            for (Object id : part) {
                rows.append(rows.length() == 0 ? "" : ", ").append(row);
                values.addAll(fixed.values());
                values.add(id);
            }
            update("INSERT INTO " + sql.quote(table) + " (" + names + ") VALUES " + rows, values.toArray());
        }
    }

    private Map<String, Object> scopeColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        a.throughScope().forEach((field, value) -> columns.put(joinModel != null
            ? joinModel.column(field).orElseThrow().column() : JoinShape.columnOf(joinColumns, field), value));
        return columns;
    }

    private void updateRows(List<Object> ids, Map<String, Object> extra) {
        SqlTexts sql = session.sql();
        ScopeClause scope = ScopeClause.ofColumns(sql, "j", scopeColumns());
        String sets = String.join(", ", extra.keySet().stream().map(c -> sql.quote(c) + " = ?").toList());
        for (Object[] chunk : sql.chunks(ids, extra.size() + 1 + scope.values().length)) {
            update("UPDATE " + sql.quote(table) + " AS j SET " + sets + " WHERE j." + sql.quote(a.foreignKeyColumn())
                + " = ?" + scope.sql() + " AND j." + sql.quote(a.otherKeyColumn().orElseThrow()) + " IN ("
                + sql.placeholders(chunk.length) + ")",
                concat(concat(concat(extra.values().toArray(), new Object[] {ownerKey()}), scope.values()), chunk));
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
            List<Object> ids = new ArrayList<>();
            for (Object c : candidates) {
                ids.add(target.idOf(requireRow(c, "remove")));
            }
            unlinkIds(ids);
            forget();
            return null;
        });
    }

    private void unlinkIds(List<Object> ids) {
        SqlTexts sql = session.sql();
        ScopeClause scope = joinScope();
        for (Object[] chunk : sql.chunks(ids, 1 + scope.values().length)) {
            update("DELETE FROM " + sql.quote(table) + " AS j WHERE j." + sql.quote(a.foreignKeyColumn()) + " = ?"
                + scope.sql() + " AND j." + sql.quote(a.otherKeyColumn().orElseThrow()) + " IN ("
                + sql.placeholders(chunk.length) + ")", concat(concat(new Object[] {ownerKey()}, scope.values()), chunk));
        }
    }

    @Override
    public void set(Collection<?> targets) {
        session.atomic(() -> {
            Set<Object> wanted = new java.util.LinkedHashSet<>();
            for (Object c : targets) {
                wanted.add(target.idOf(requireRow(c, "set")));
            }
            Set<Object> current = currentIds();
            List<Object> gone = current.stream().filter(id -> !wanted.contains(id)).toList();
            List<Object> added = wanted.stream().filter(id -> !current.contains(id)).toList();
            if (!gone.isEmpty()) {
                unlinkIds(gone);
            }
            insertRows(added, Map.of());
            forget();
            return null;
        });
    }

    private Set<Object> currentIds() {
        SqlTexts sql = session.sql();
        ScopeClause scope = joinScope();
        String text = "SELECT j." + sql.quote(a.otherKeyColumn().orElseThrow()) + " FROM " + sql.quote(table)
            + " j WHERE j." + sql.quote(a.foreignKeyColumn()) + " = ?" + scope.sql();
        Object[] values = concat(new Object[] {ownerKey()}, scope.values());
        Set<Object> ids = new HashSet<>();
        Executor executor = session.executor();
        try (ResultSet rows = executor.query(executor.prepare(text, values), text, values)) {
            while (rows.next()) {
                ids.add(target.id().codec().read(rows, 1));
            }
        } catch (SQLException e) {
            throw new DataAccessException(a.describe() + ": reading join rows failed: " + e.getMessage()
                + ". Statement: " + text, e);
        }
        return ids;
    }

    @Override
    public Object create(Object candidate) {
        return session.atomic(() -> {
            ToOneOperations.writeScope(typeOf(candidate), candidate, a.scope());
            Object managed = writer.insert(candidate);
            insertRows(List.of(target.idOf(managed)), Map.of());
            forget();
            return managed;
        });
    }

    @Override
    public Optional<Object> through(Object candidate) {
        current();
        Map<Object, Object> rows = state.joinRows(slot.slot());
        return rows == null ? Optional.empty() : Optional.ofNullable(rows.get(target.idOf(candidate)));
    }
}
