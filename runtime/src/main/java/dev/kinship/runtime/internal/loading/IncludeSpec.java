package dev.kinship.runtime.internal.loading;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.Where;
import dev.kinship.runtime.internal.query.ConditionSql;
import dev.kinship.runtime.internal.query.Conditions;
import dev.kinship.runtime.internal.query.Values;
import dev.kinship.runtime.internal.sql.SqlTexts;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.Include;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One include as the user declared it, resolved against the owner's associations when declared. */
public final class IncludeSpec implements Include {

    private final EntityTypes types;
    private final EntityType owner;
    private final AssociationSlot slot;
    private final EntityType target;
    private final SqlTexts sql;
    private final List<Conditions.Node> conditions = new ArrayList<>();
    private final List<Sort> orders = new ArrayList<>();
    private Integer limit;
    private final Map<String, Object> throughWhere = new LinkedHashMap<>();
    private final List<IncludeSpec> nested = new ArrayList<>();
    private Boolean required;
    private Boolean separate;

    /** One ORDER BY entry of an include: a field or path of the target, and its direction. */
    public record Sort(String path, boolean descending) {
    }

    private IncludeSpec(EntityTypes types, SqlTexts sql, EntityType owner, AssociationSlot slot) {
        this.types = types;
        this.sql = sql;
        this.owner = owner;
        this.slot = slot;
        Association a = slot.association();
        this.target = a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC ? null : types.of(a.target());
    }

    /**
     * @throws KinshipException when {@code owner} has no association {@code alias} (the message lists its aliases)
     */
    public static IncludeSpec of(EntityType owner, EntityTypes types, SqlTexts sql, String alias) {
        Objects.requireNonNull(alias, "alias");
        AssociationSlot slot = owner.slot(alias).orElseThrow(() -> unknown(owner, types, alias));
        return new IncludeSpec(types, sql, owner, slot);
    }

    private static KinshipException unknown(EntityType owner, EntityTypes types, String alias) {
        List<String> aliases = List.copyOf(owner.slotsByAlias().keySet());
        List<AssociationSlot> sameModel = owner.slotsByAlias().values().stream()
            .filter(s -> s.association().target().getSimpleName().equalsIgnoreCase(alias)
                || types.schema().findModel(s.association().target()).map(m -> m.table().equalsIgnoreCase(alias))
                    .orElse(false))
            .toList();
        String hint = sameModel.size() > 1
            ? " " + sameModel.get(0).association().target().getSimpleName() + " is associated with " + owner.name()
                + " " + sameModel.size() + " times, as " + sameModel.stream().map(s -> "'" + s.alias() + "'")
                .collect(Collectors.joining(" and ")) + ": include it by one of those aliases."
            : sameModel.size() == 1 ? " Did you mean '" + sameModel.get(0).alias() + "'?" : "";
        return new KinshipException("include(\"" + alias + "\"): " + owner.name() + " has no association '" + alias
            + "'. Its associations: " + aliases + "." + hint);
    }

    @Override
    public Include where(String field, Object value) {
        requireSingleTarget("where");
        Objects.requireNonNull(field, "field");
        ColumnMapping column = target.column(field).orElseThrow(() -> new IllegalArgumentException(
            "include(\"" + slot.alias() + "\").where(\"" + field + "\", ...): " + target.name() + " has no field '"
                + field + "'. Its fields: " + target.columnsByName().keySet() + "."));
        Object fitted = Values.fit(column, value, "include(\"" + slot.alias() + "\").where(\"" + field + "\", ...): field "
            + target.name() + "." + field);
        conditions.add(fitted == null ? Conditions.of(Where.isNull(field))
            : Conditions.compare(field, Conditions.Op.EQ, fitted));
        return this;
    }

    @Override
    public Include where(Condition... conditions) {
        requireSingleTarget("where");
        Objects.requireNonNull(conditions, "where(conditions)");
        List<Conditions.Node> nodes = new ArrayList<>();
        for (Condition condition : conditions) {
            nodes.add(Conditions.of(Objects.requireNonNull(condition, "where(...): a condition is null")));
        }
        for (Conditions.Node node : nodes) {
            try {
                render(node, "t0", new StringBuilder(), new ArrayList<>());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("include(\"" + slot.alias() + "\").where(...): " + e.getMessage(), e);
            }
        }
        this.conditions.addAll(nodes);
        return this;
    }

    @Override
    public Include orderBy(String field) {
        return order(field, false, "orderBy");
    }

    @Override
    public Include orderByDescending(String field) {
        return order(field, true, "orderByDescending");
    }

    private Include order(String field, boolean descending, String call) {
        Objects.requireNonNull(field, "field");
        requireToMany(call + "(\"" + field + "\")");
        try {
            new ConditionSql(sql, types, Values::fit).field(field, new ConditionSql(sql, types, Values::fit)
                .correlated(target, "t0"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("include(\"" + slot.alias() + "\")." + call + "(\"" + field + "\"): "
                + e.getMessage(), e);
        }
        orders.add(new Sort(field, descending));
        return this;
    }

    @Override
    public Include limit(int limit) {
        requireToMany("limit(" + limit + ")");
        if (limit < 1) {
            throw new IllegalArgumentException("include(\"" + slot.alias() + "\").limit(" + limit + "): a limit keeps at "
                + "least one target per owner. Pass 1 or more, or leave the include out.");
        }
        this.limit = limit;
        return this;
    }

    private void requireToMany(String call) {
        if (!slot.kind().isToMany()) {
            throw new IllegalArgumentException("include(\"" + slot.alias() + "\")." + call + ": '" + slot.alias()
                + "' is " + slot.kind().methodName() + ", a to-one association; order and limit apply to to-many "
                + "includes.");
        }
    }

    /** Appends {@code node} rendered on the target aliased {@code alias} (paths as correlated subqueries). */
    private void render(Conditions.Node node, String alias, StringBuilder out, List<Object> values) {
        ConditionSql conditionSql = new ConditionSql(sql, types, Values::fit);
        conditionSql.render(node, conditionSql.correlated(target, alias), out, values);
    }

    /**
     * @return the include's conditions on the target aliased {@code alias}, as {@code  AND (...)}
     *         text (empty when there are none) and values
     */
    public SelectPlan.Filter filter(String alias) {
        StringBuilder out = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (Conditions.Node node : conditions) {
            out.append(" AND ");
            render(node, alias, out, values);
        }
        return new SelectPlan.Filter(out.toString(), values.toArray());
    }

    /** @return the ORDER BY terms of the include on the target aliased {@code alias}; values they bind added to {@code values} */
    public List<String> orderTerms(String alias, List<Object> values) {
        List<String> terms = new ArrayList<>();
        ConditionSql conditionSql = new ConditionSql(sql, types, Values::fit);
        for (Sort sort : orders) {
            ConditionSql.Field field = conditionSql.field(sort.path(), conditionSql.correlated(target, alias), values);
            terms.add(sql.dialect().orderTerm(field.expression(), field.column().type(),
                sort.path().contains(".") || field.column().info().nullable(), sort.descending()));
        }
        return terms;
    }

    /** @return whether the include filters nothing: no condition, no through condition */
    public boolean plainJoin() {
        return conditions.isEmpty() && throughWhere.isEmpty();
    }

    /** @return whether the include orders its list */
    public boolean ordered() {
        return !orders.isEmpty();
    }

    /** @return at most how many targets per owner, or null for all */
    public Integer limit() {
        return limit;
    }

    @Override
    public Include required(boolean required) {
        this.required = required;
        return this;
    }

    @Override
    public Include separate(boolean separate) {
        this.separate = separate;
        return this;
    }

    @Override
    public Include include(String alias) {
        nested.add(of(requireTarget(alias), types, sql, alias));
        return this;
    }

    @Override
    public Include include(String alias, Consumer<Include> options) {
        IncludeSpec spec = of(requireTarget(alias), types, sql, alias);
        Objects.requireNonNull(options, "options").accept(spec);
        nested.add(spec);
        return this;
    }

    private EntityType requireTarget(String alias) {
        if (target == null) {
            throw new IllegalArgumentException("include(\"" + alias + "\") below the polymorphic include '"
                + slot.alias() + "' is not supported: its targets are of several models.");
        }
        return target;
    }

    private void requireSingleTarget(String call) {
        if (target == null) {
            throw new IllegalArgumentException(call + "(...) is not supported on the polymorphic include '"
                + slot.alias() + "': its targets are of several models.");
        }
    }

    @Override
    public Include throughWhere(String field, Object value) {
        Association a = slot.association();
        if (a.kind() != AssociationKind.BELONGS_TO_MANY) {
            throw new IllegalArgumentException("throughWhere(\"" + field + "\", ...) applies to belongsToMany only; '"
                + slot.alias() + "' is " + a.kind().methodName() + ".");
        }
        Objects.requireNonNull(field, "field");
        if (a.throughModel().isPresent()) {
            EntityType join = types.of(a.throughModel().get());
            ColumnMapping column = join.column(field).orElseThrow(() -> new IllegalArgumentException(
                "throughWhere(\"" + field + "\", ...): join model " + join.name() + " has no field '" + field
                    + "'. Its fields: " + join.columnsByName().keySet() + "."));
            throughWhere.put(column.column(), value);
        } else {
            List<ColumnInfo> columns = types.schema().joinTable(a.through().orElseThrow()).orElseThrow()
                .columns();
            String column = JoinShape.columnOf(columns, field);
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException("throughWhere(\"" + field + "\", ...): join table '"
                    + a.through().orElseThrow() + "' has no column '" + column + "'. Its columns: "
                    + columns.stream().map(ColumnInfo::name).toList() + ".");
            }
            throughWhere.put(column, value);
        }
        return this;
    }

    public EntityType owner() {
        return owner;
    }

    public AssociationSlot slot() {
        return slot;
    }

    /** @return the target type, or null for a polymorphic include */
    public EntityType target() {
        return target;
    }


    public Map<String, Object> throughWhere() {
        return throughWhere;
    }

    public List<IncludeSpec> nested() {
        return nested;
    }

    /** @return whether owners without a match are dropped: explicit, else true once where is given */
    public boolean required() {
        return required != null ? required : !conditions.isEmpty() || !throughWhere.isEmpty();
    }

    /** @return whether this include is read in its owner's statement (a JOIN) */
    public boolean joined() {
        AssociationKind kind = slot.kind();
        if (kind == AssociationKind.BELONGS_TO_POLYMORPHIC) {
            return false;
        }
        if (kind.isToMany()) {
            return Boolean.FALSE.equals(separate) && limit == null;
        }
        return !Boolean.TRUE.equals(separate);
    }

    /** @return a key describing the shape of this include and its nested includes, for statement caching */
    public String shape() {
        StringBuilder out = new StringBuilder(slot.alias()).append(joined() ? "+j" : "+s").append(required() ? "+r" : "");
        SelectPlan.Filter filter = filter("x");
        out.append('|').append(filter.sql()).append('|').append(orders).append('|').append(limit != null);
        throughWhere.forEach((c, v) -> out.append("|j.").append(c).append(v == null ? "=null" : "=?"));
        nested.forEach(n -> out.append("(").append(n.shape()).append(")"));
        return out.toString();
    }
}
