package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.LazyLoadingException;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.model.ManagedEntity;
import dev.kinship.runtime.internal.sql.LoadStatements;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Loads one association for many owners at once: one statement per association (per IN-list
 * chunk), results assigned to every owner's field, which is then marked loaded. The targets
 * brought in form a new load group, so navigation below them stays batched.
 */
public final class AssociationLoader {

    private final SessionContext session;
    private final SqlTexts sql;
    private String lastStatement;

    public AssociationLoader(SessionContext session) {
        this.session = session;
        this.sql = session.sql();
    }

    /** Loads {@code slot} lazily for every owner (all of one type) and marks it loaded. */
    public void load(List<EntityState> owners, AssociationSlot slot) {
        load(owners, slot, null);
    }

    /**
     * Loads {@code slot} for every owner and marks it loaded; {@code spec}, when given, filters
     * the targets and names the includes to load below them.
     */
    public void load(List<EntityState> owners, AssociationSlot slot, IncludeSpec spec) {
        try {
            switch (slot.kind()) {
                case BELONGS_TO -> loadBelongsTo(owners, slot, slot.association().target(), spec);
                case BELONGS_TO_POLYMORPHIC -> loadPolymorphic(owners, slot);
                case HAS_ONE, HAS_MANY -> loadHas(owners, slot, spec);
                case BELONGS_TO_MANY -> loadBelongsToMany(owners, slot, spec);
            }
        } catch (SQLException e) {
            EntityState first = owners.get(0);
            if (spec == null) {
                throw new LazyLoadingException("Lazy loading " + first.describe() + "." + slot.alias() + " failed: "
                    + e.getMessage() + ". Statement: " + lastStatement, e);
            }
            throw new DataAccessException("include(\"" + slot.alias() + "\") of " + first.type().name() + " failed for "
                + owners.size() + " " + first.type().name() + "(s), starting with " + first.describe() + ": "
                + e.getMessage() + ". Statement: " + lastStatement, e);
        }
    }

    // ---- belongsTo --------------------------------------------------------------------------

    private void loadBelongsTo(List<EntityState> owners, AssociationSlot slot, Class<?> targetClass, IncludeSpec spec)
            throws SQLException {
        Association a = slot.association();
        EntityType ownerType = owners.get(0).type();
        EntityType target = session.types().of(targetClass);
        ColumnMapping fk = ownerType.column(a.foreignKey()).orElseThrow();
        boolean byId = a.targetKey().equals("id") && spec == null;
        Map<Object, Object> found = new HashMap<>();
        List<Object> missing = new ArrayList<>();
        LinkedHashSet<Object> keys = new LinkedHashSet<>();
        LoadGroup group = new LoadGroup(owners.size());
        for (EntityState owner : owners) {
            Object key = ownerType.get(owner.entity(), fk);
            if (key != null && keys.add(key)) {
                Object known = byId ? session.identityMap().get(target.type(), key) : null;
                if (known != null) {
                    found.put(key, known);
                    // the targets of one load navigate together, whether read now or known before
                    group.share(((ManagedEntity) known).kinship$state());
                } else {
                    missing.add(key);
                }
            }
        }
        if (!missing.isEmpty()) {
            ColumnMapping targetKey = target.column(a.targetKey()).orElseThrow();
            TargetQuery q = new TargetQuery(target, 0, spec);
            LoadStatements.Target side = q.side("", "");
            Materializer materializer = session.materializer();
            List<Object> loaded = new ArrayList<>();
            for (Object[] chunk : sql.chunks(missing, q.values.length + q.joinValues.length)) {
                String text = sql.loads().belongsTo(a, target.info(), targetKey.column(), side, chunk.length,
                    List.of(targetClass, q.shape));
                try (ResultSet rows = run(text, q.bind(chunk))) {
                    q.plan.startStatement();
                    Object previous = null;
                    while (rows.next()) {
                        Object entity = q.plan.readRow(rows, materializer, group);
                        if (entity != previous) {
                            found.put(target.get(entity, targetKey), entity);
                            loaded.add(entity);
                            previous = entity;
                        }
                    }
                }
            }
            q.loadBelow(loaded);
        }
        for (EntityState owner : owners) {
            Object key = ownerType.get(owner.entity(), fk);
            slot.write(owner.entity(), key == null ? null : found.get(key));
            owner.loaded(slot.slot(), true);
        }
    }

    private void loadPolymorphic(List<EntityState> owners, AssociationSlot slot) throws SQLException {
        Association a = slot.association();
        EntityType ownerType = owners.get(0).type();
        ColumnMapping typeColumn = ownerType.column(a.typeKey().orElseThrow()).orElseThrow();
        Map<String, List<EntityState>> byType = new LinkedHashMap<>();
        for (EntityState owner : owners) {
            Object value = ownerType.get(owner.entity(), typeColumn);
            Class<?> target = value == null ? null : a.types().get(value.toString());
            if (target == null) {
                slot.write(owner.entity(), null);
                owner.loaded(slot.slot(), true);
            } else {
                byType.computeIfAbsent(value.toString(), k -> new ArrayList<>()).add(owner);
            }
        }
        for (Map.Entry<String, List<EntityState>> e : byType.entrySet()) {
            loadBelongsTo(e.getValue(), slot, a.types().get(e.getKey()), null);
        }
    }

    // ---- hasOne / hasMany -------------------------------------------------------------------

    private void loadHas(List<EntityState> owners, AssociationSlot slot, IncludeSpec spec) throws SQLException {
        Association a = slot.association();
        EntityType ownerType = owners.get(0).type();
        EntityType target = session.types().of(a.target());
        ColumnMapping sourceKey = ownerType.column(a.sourceKey()).orElseThrow();
        ColumnMapping fk = target.column(a.foreignKey()).orElseThrow();
        List<Object> keys = distinctKeys(owners, ownerType, sourceKey);
        Map<Object, Collection<Object>> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            ScopeClause scope = ScopeClause.ofColumns(sql, "t0", target.scopeColumns(a.scope()));
            TargetQuery q = new TargetQuery(target, 0, spec);
            // statement text is built only when its shape is not cached yet; ordered as the key's index is
            // (key, id): the index drives the IN list and no sort is needed
            LoadStatements.Target side = q.side(scope.sql(), q.order("t0", target.hasId()
                ? "t0." + sql.quote(target.id().column()) : "t0." + sql.quote(fk.column())));
            Object[] after = q.limitAfter(concat(concat(scope.values(), q.values), q.trailingOrderValues()));
            LoadGroup group = new LoadGroup(keys.size() * 2);
            Materializer materializer = session.materializer();
            List<Object> loaded = new ArrayList<>();
            for (Object[] chunk : sql.chunks(keys, after.length + q.joinValues.length)) {
                String text = sql.loads().has(a, target.info(), side, chunk.length, q.shape);
                try (ResultSet rows = run(text, concat(q.leadingOrderValues(), concat(q.joinValues, concat(chunk, after))))) {
                    q.plan.startStatement();
                    Object previous = null;
                    while (rows.next()) {
                        Object entity = q.plan.readRow(rows, materializer, group);
                        if (entity == previous) {
                            continue;
                        }
                        previous = entity;
                        Object key = target.get(entity, fk);
                        byKey.computeIfAbsent(key, k -> slot.newCollection(4)).add(entity);
                        loaded.add(entity);
                    }
                }
            }
            q.loadBelow(loaded);
        }
        boolean many = a.kind() == AssociationKind.HAS_MANY;
        Set<Object> handedOut = new HashSet<>();
        for (EntityState owner : owners) {
            Object key = ownerType.get(owner.entity(), sourceKey);
            Collection<Object> targets = key == null ? null : byKey.get(key);
            if (many) {
                slot.write(owner.entity(), own(targets, slot, handedOut, key));
            } else {
                slot.write(owner.entity(), targets == null || targets.isEmpty() ? null : targets.iterator().next());
            }
            owner.loaded(slot.slot(), true);
        }
    }

    /** Two owners may share a source key (a non-unique sourceKey): each gets its own collection. */
    private static Collection<Object> own(Collection<Object> targets, AssociationSlot slot, Set<Object> handedOut,
            Object key) {
        if (targets == null) {
            return slot.newCollection(0);
        }
        if (handedOut.add(key)) {
            return targets;
        }
        Collection<Object> copy = slot.newCollection(targets.size());
        copy.addAll(targets);
        return copy;
    }

    // ---- belongsToMany ----------------------------------------------------------------------

    private void loadBelongsToMany(List<EntityState> owners, AssociationSlot slot, IncludeSpec spec)
            throws SQLException {
        Association a = slot.association();
        EntityType ownerType = owners.get(0).type();
        EntityType target = session.types().of(a.target());
        ColumnMapping sourceKey = ownerType.column(a.sourceKey()).orElseThrow();
        List<Object> keys = distinctKeys(owners, ownerType, sourceKey);
        JoinShape join = JoinShape.of(session, a);
        Map<Object, Collection<Object>> byKey = new HashMap<>();
        Map<Object, Map<Object, Object>> rowsByKey = new HashMap<>();
        if (!keys.isEmpty()) {
            ScopeClause targetScope = ScopeClause.ofColumns(sql, "t0", target.scopeColumns(a.scope()));
            ScopeClause throughWhere = spec == null ? ScopeClause.ofColumns(sql, "j", Map.of())
                : ScopeClause.ofColumns(sql, "j", spec.throughWhere());
            TargetQuery q = new TargetQuery(target, join.width(), spec);
            Object[] after = q.limitAfter(concat(concat(concat(join.scopeValues(), throughWhere.values()),
                concat(targetScope.values(), q.values)), q.trailingOrderValues()));
            LoadStatements.Target side = q.side(join.scopeSql() + throughWhere.sql() + targetScope.sql(),
                q.order("t0", "j." + sql.quote(a.otherKeyColumn().orElseThrow())));
            // statement text is built only when its shape is not cached yet; ordered as the join table's key
            // is (foreignKey, otherKey): no sort, and each owner's rows adjacent
            LoadGroup group = new LoadGroup(keys.size() * 2);
            LoadGroup joinGroup = new LoadGroup(keys.size() * 2);
            Materializer materializer = session.materializer();
            List<Object> loaded = new ArrayList<>();
            for (Object[] chunk : sql.chunks(keys, after.length + q.joinValues.length)) {
                String text = sql.loads().belongsToMany(a, target.info(), join.selectList(), side, chunk.length,
                    List.of(q.shape, throughWhere.sql()));
                try (ResultSet rows = run(text, concat(q.leadingOrderValues(), concat(q.joinValues, concat(chunk, after))))) {
                    q.plan.startStatement();
                    Object previous = null;
                    Object previousOwner = null;
                    while (rows.next()) {
                        Object ownerKey = join.ownerKey(rows);
                        if (!ownerKey.equals(previousOwner)) {
                            q.plan.nextOwner();
                        }
                        Object entity = q.plan.readRow(rows, materializer, group);
                        if (entity == previous && ownerKey.equals(previousOwner)) {
                            continue; // the same link again: a joined collection below it, or a repeated join row
                        }
                        previous = entity;
                        previousOwner = ownerKey;
                        Object joinRow = join.read(rows, materializer, joinGroup);
                        byKey.computeIfAbsent(ownerKey, k -> slot.newCollection(4)).add(entity);
                        rowsByKey.computeIfAbsent(ownerKey, k -> new HashMap<>()).put(target.idOf(entity), joinRow);
                        loaded.add(entity);
                    }
                }
            }
            q.loadBelow(loaded);
        }
        Set<Object> handedOut = new HashSet<>();
        for (EntityState owner : owners) {
            Object key = ownerType.get(owner.entity(), sourceKey);
            Collection<Object> targets = key == null ? null : byKey.get(key);
            slot.write(owner.entity(), own(targets, slot, handedOut, key));
            owner.clearJoinRows(slot.slot());
            Map<Object, Object> joinRows = key == null ? null : rowsByKey.get(key);
            if (joinRows != null) {
                joinRows.forEach((targetId, row) -> owner.joinRow(slot.slot(), targetId, row));
            }
            owner.loaded(slot.slot(), true);
        }
    }

    /** The target side of a load: the plan with its joined includes, the include's filters and the loads below. */
    private final class TargetQuery {
        final SelectPlan plan;
        final String where;
        final Object[] values;
        final Object[] joinValues;
        final String shape;

        final Object[] orderValues;
        private final IncludeSpec spec;

        TargetQuery(EntityType target, int prefix, IncludeSpec spec) {
            this.spec = spec;
            List<IncludeSpec> nested = spec == null ? List.of() : spec.nested();
            this.plan = spec != null && spec.limit() != null
                ? SelectPlan.forLimitedTarget(session, target, prefix, nested)
                : SelectPlan.forTarget(session, target, prefix, nested);
            StringBuilder text = new StringBuilder();
            List<Object> bound = new ArrayList<>();
            if (spec != null) {
                SelectPlan.Filter filter = spec.filter("t0");
                text.append(filter.sql());
                bound.addAll(List.of(filter.values()));
            }
            for (SelectPlan.Filter f : plan.rootFilters()) {
                text.append(" AND ").append(f.sql());
                bound.addAll(List.of(f.values()));
            }
            this.where = text.toString();
            this.values = bound.toArray();
            List<Object> ordering = new ArrayList<>();
            this.terms = spec == null ? List.of() : spec.orderTerms("t0", ordering);
            this.orderValues = ordering.toArray();
            this.joinValues = plan.joinValues().toArray();
            this.shape = (spec == null ? "" : spec.shape()) + plan.shapeKey();
        }

        private final List<String> terms;

        /** @return the include's order terms, then {@code tieBreak} (the target's id, or the join row's key) */
        String order(String alias, String tieBreak) {
            List<String> all = new ArrayList<>(terms);
            all.add(tieBreak);
            return String.join(", ", all);
        }

        /** @return the target side of a load statement, with {@code conditions} before the include's own and {@code order} */
        LoadStatements.Target side(String conditions, String order) {
            return new LoadStatements.Target(plan.selectColumns(), plan.joins(), conditions + where, order,
                plan.collectionOrder(), limited());
        }

        /** @return whether the include keeps a number of targets per owner */
        boolean limited() {
            return spec != null && spec.limit() != null;
        }

        /** @return the values of the order terms when they precede the FROM (in the window of a limited load) */
        Object[] leadingOrderValues() {
            return limited() ? orderValues : new Object[0];
        }

        /** @return the values of the order terms when they end the statement (its ORDER BY) */
        Object[] trailingOrderValues() {
            return limited() ? new Object[0] : orderValues;
        }

        /** @return {@code values} with the limit after them, when the include has one */
        Object[] limitAfter(Object[] values) {
            return limited() ? concat(values, new Object[] {spec.limit()}) : values;
        }

        Object[] bind(Object[] chunk) {
            return concat(joinValues, concat(chunk, values));
        }

        void loadBelow(List<Object> loaded) {
            if (!plan.separateNodes().isEmpty() && !loaded.isEmpty()) {
                new EagerLoader(session).loadSeparate(plan, distinct(loaded));
            }
        }
    }

    private static List<Object> distinct(List<Object> entities) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Object> out = new ArrayList<>(entities.size());
        for (Object e : entities) {
            if (seen.add(e)) {
                out.add(e);
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static List<Object> distinctKeys(List<EntityState> owners, EntityType type, ColumnMapping key) {
        LinkedHashSet<Object> keys = new LinkedHashSet<>();
        for (EntityState owner : owners) {
            Object value = type.get(owner.entity(), key);
            if (value != null) {
                keys.add(value);
            }
        }
        return new ArrayList<>(keys);
    }

    private ResultSet run(String text, Object[] values) throws SQLException {
        lastStatement = text;
        Executor executor = session.executor();
        PreparedStatement statement = executor.prepare(text, values);
        return executor.query(statement, text, values);
    }

    static Object[] concat(Object[] a, Object[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
