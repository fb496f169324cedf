package dev.kinship.runtime.internal.query;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.EntityTypes;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of a condition tree, text and bound values together: comparisons (decimals compared by
 * value, LIKE case-sensitive on every database), IN lists padded to a power of two so that lists
 * of similar length share one statement, NULL tests, AND/OR/NOT with SQL's three-valued logic, and
 * {@code has} as an EXISTS over an association of any kind, nestable. A field may be a path through
 * to-one associations; the {@link Scope} decides how its tables are joined.
 */
public final class ConditionSql {

    /** Where a condition's fields live: a model under an alias, and the joins its paths need. */
    public interface Scope {

        /** @return the model whose fields the condition names */
        EntityType type();

        /** @return the SQL alias of that model's table */
        String alias();

        /**
         * @return an expression reading {@code column} of the model reached from {@link #alias()}
         *         through the to-one associations of {@code path} (NULL where the path leads
         *         nowhere); values its text binds are added to {@code values}
         */
        String pathColumn(List<AssociationSlot> path, ColumnMapping column, List<Object> values);
    }

    /** Checks a value against the column it is compared with; @return it in the column's type. */
    public interface ValueCheck {
        Object fit(ColumnMapping column, Object value, String what);
    }

    private final SqlTexts sql;
    private final EntityTypes types;
    private final ValueCheck check;
    private int subqueries;

    public ConditionSql(SqlTexts sql, EntityTypes types, ValueCheck check) {
        this.sql = sql;
        this.types = types;
        this.check = check;
    }

    /** Appends the SQL of {@code node} to {@code out} and its values, in order, to {@code values}. */
    public void render(Conditions.Node node, Scope scope, StringBuilder out, List<Object> values) {
        Dialect dialect = sql.dialect();
        if (node instanceof Conditions.Compare c) {
            Field f = field(c.field(), scope, values);
            if (c.op() == Conditions.Op.LIKE || c.op() == Conditions.Op.LIKE_IGNORE_CASE) {
                if (f.column().type() != String.class) {
                    throw new IllegalArgumentException(call(c.op()) + "(\"" + c.field() + "\", ...): "
                        + f.describe() + " is " + f.column().type().getSimpleName() + ", not a String. Use eq, in or "
                        + "between for it.");
                }
                boolean ignoreCase = c.op() == Conditions.Op.LIKE_IGNORE_CASE;
                out.append(dialect.like(f.expression(), ignoreCase));
                values.add(dialect.likePattern((String) c.value(), ignoreCase));
                return;
            }
            String call = c.op().name().toLowerCase(java.util.Locale.ROOT);
            Object value = check.fit(f.column(), c.value(), call + "(\"" + c.field() + "\", ...): " + f.describe());
            out.append(dialect.comparable(f.expression(), f.column().type())).append(' ').append(c.op().sql())
                .append(' ').append(dialect.comparable("?", f.column().type()));
            values.add(value);
            return;
        }
        if (node instanceof Conditions.Between b) {
            Field f = field(b.field(), scope, values);
            String what = "between(\"" + b.field() + "\", ...): " + f.describe();
            values.add(check.fit(f.column(), b.low(), what));
            values.add(check.fit(f.column(), b.high(), what));
            String placeholder = dialect.comparable("?", f.column().type());
            out.append(dialect.comparable(f.expression(), f.column().type())).append(" BETWEEN ").append(placeholder)
                .append(" AND ").append(placeholder);
            return;
        }
        if (node instanceof Conditions.In in) {
            if (in.values().isEmpty()) {
                out.append(in.negated() ? "1 = 1" : "1 = 0");
                return;
            }
            Field f = field(in.field(), scope, values);
            String what = (in.negated() ? "notIn" : "in") + "(\"" + in.field() + "\", ...): " + f.describe();
            int size = in.values().size();
            int padded = Integer.highestOneBit(size) == size ? size : Integer.highestOneBit(size) << 1;
            for (int i = 0; i < padded; i++) {
                values.add(check.fit(f.column(), in.values().get(Math.min(i, size - 1)), what));
            }
            out.append(dialect.comparable(f.expression(), f.column().type())).append(in.negated() ? " NOT IN (" : " IN (")
                .append(String.join(", ", java.util.Collections.nCopies(padded,
                    dialect.comparable("?", f.column().type())))).append(')');
            return;
        }
        if (node instanceof Conditions.Null n) {
            out.append(field(n.field(), scope, values).expression()).append(n.negated() ? " IS NOT NULL" : " IS NULL");
            return;
        }
        if (node instanceof Conditions.Junction j) {
            if (j.parts().isEmpty()) {
                out.append(j.and() ? "1 = 1" : "1 = 0");
                return;
            }
            out.append('(');
            for (int i = 0; i < j.parts().size(); i++) {
                out.append(i == 0 ? "" : j.and() ? " AND " : " OR ");
                render(j.parts().get(i), scope, out, values);
            }
            out.append(')');
            return;
        }
        if (node instanceof Conditions.Not not) {
            out.append("NOT (");
            render(not.part(), scope, out, values);
            out.append(')');
            return;
        }
        if (node instanceof Conditions.Has has) {
            has(has, scope, out, values);
        }
    }

    private static String call(Conditions.Op op) {
        return op == Conditions.Op.LIKE ? "like" : "likeIgnoreCase";
    }

    // ---- has ------------------------------------------------------------------------------------

    private void has(Conditions.Has has, Scope scope, StringBuilder out, List<Object> values) {
        AssociationSlot slot = scope.type().slot(has.alias()).orElseThrow(() -> new IllegalArgumentException(
            "has(\"" + has.alias() + "\", ...): " + scope.type().name() + " has no association '" + has.alias() + "'."
                + Names.suggestion(has.alias(), scope.type().slotsByAlias().keySet()) + " Its associations: "
                + scope.type().slotsByAlias().keySet() + "."));
        Association a = slot.association();
        if (a.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC) {
            out.append('(');
            String glue = "";
            for (Map.Entry<String, Class<?>> type : a.types().entrySet()) {
                ColumnMapping typeColumn = scope.type().column(a.typeKey().orElseThrow()).orElseThrow();
                out.append(glue).append('(').append(scope.alias()).append('.').append(sql.quote(typeColumn.column()))
                    .append(" = ? AND ");
                values.add(type.getKey());
                exists(types.of(type.getValue()), a.targetKeyColumn(), scope.alias() + "." + sql.quote(a.foreignKeyColumn()),
                    null, Map.of(), has, out, values);
                out.append(')');
                glue = " OR ";
            }
            out.append(')');
            return;
        }
        EntityType target = types.of(a.target());
        switch (a.kind()) {
            case BELONGS_TO -> exists(target, a.targetKeyColumn(), scope.alias() + "." + sql.quote(a.foreignKeyColumn()),
                null, a.scope(), has, out, values);
            case HAS_ONE, HAS_MANY -> exists(target, a.foreignKeyColumn(),
                scope.alias() + "." + sql.quote(a.sourceKeyColumn()), null, a.scope(), has, out, values);
            case BELONGS_TO_MANY -> exists(target, a.targetKeyColumn(),
                scope.alias() + "." + sql.quote(a.sourceKeyColumn()), a, a.scope(), has, out, values);
            default -> throw new IllegalStateException("no has() for " + a.kind());
        }
    }

    /**
     * {@code EXISTS (SELECT 1 FROM target e [JOIN paths] WHERE e.key = outer AND scope AND conditions)};
     * for a belongsToMany the join table drives: {@code FROM join j JOIN target e ON e.key = j.other
     * WHERE j.fk = outer.sourceKey AND through scope AND ...}.
     */
    private void exists(EntityType target, String keyColumn, String outerKey, Association through,
            Map<String, Object> targetScope, Conditions.Has has, StringBuilder out, List<Object> values) {
        String alias = "e" + (++subqueries);
        SubScope sub = new SubScope(target, alias);
        StringBuilder where = new StringBuilder();
        List<Object> whereValues = new ArrayList<>();
        String from;
        if (through != null) {
            String join = "j" + subqueries;
            from = sql.quote(through.through().orElseThrow()) + " " + join + " JOIN " + sql.table(target.info(), alias) + " ON "
                + alias + "." + sql.quote(keyColumn) + " = " + join + "." + sql.quote(through.otherKeyColumn().orElseThrow());
            where.append(join).append('.').append(sql.quote(through.foreignKeyColumn())).append(" = ").append(outerKey)
                .append(throughScope(through, join, whereValues));
        } else {
            from = sql.table(target.info(), alias);
            where.append(alias).append('.').append(sql.quote(keyColumn)).append(" = ").append(outerKey);
        }
        ScopeClause scope = ScopeClause.ofColumns(sql, alias, target.scopeColumns(targetScope));
        where.append(scope.sql());
        whereValues.addAll(List.of(scope.values()));
        for (Conditions.Node part : has.parts()) {
            where.append(" AND ");
            render(part, sub, where, whereValues);
        }
        out.append("EXISTS (SELECT 1 FROM ").append(from).append(sub.paths.text()).append(" WHERE ").append(where)
            .append(')');
        values.addAll(sub.paths.values());
        values.addAll(whereValues);
    }

    private String throughScope(Association a, String join, List<Object> values) {
        Map<String, Object> columns = new LinkedHashMap<>();
        if (a.throughModel().isPresent()) {
            EntityType model = types.of(a.throughModel().get());
            a.throughScope().forEach((field, value) -> columns.put(model.column(field).orElseThrow().column(), value));
        } else {
            var joinColumns = types.schema().joinTable(a.through().orElseThrow()).orElseThrow().columns();
            a.throughScope().forEach((field, value) -> columns.put(joinColumns.stream()
                .filter(c -> c.field().orElse(c.name()).equals(field) || c.name().equals(field)).findFirst()
                .orElseThrow().name(), value));
        }
        ScopeClause clause = ScopeClause.ofColumns(sql, join, columns);
        values.addAll(List.of(clause.values()));
        return clause.sql();
    }

    /**
     * @return a scope on {@code type} aliased {@code alias} where no join can be added (an ON
     *         clause, a load's WHERE): a path reads its column through a correlated subquery
     */
    public Scope correlated(EntityType type, String alias) {
        return new Scope() {
            @Override
            public EntityType type() {
                return type;
            }

            @Override
            public String alias() {
                return alias;
            }

            @Override
            public String pathColumn(List<AssociationSlot> path, ColumnMapping column, List<Object> values) {
                String base = "c" + (++subqueries);
                StringBuilder from = new StringBuilder();
                String previous = alias;
                String first = null;
                String last = null;
                List<Object> firstValues = new ArrayList<>();
                for (int i = 0; i < path.size(); i++) {
                    Association a = path.get(i).association();
                    String at = base + "_" + i;
                    String on = pathJoin(a, previous, at, i == 0 ? firstValues : values);
                    if (i == 0) {
                        from.append(sql.table(types.of(a.target()).info(), at));
                        first = on;
                    } else {
                        from.append(" JOIN ").append(sql.table(types.of(a.target()).info(), at)).append(" ON ").append(on);
                    }
                    previous = at;
                    last = at;
                }
                values.addAll(firstValues); // the first ON condition is the subquery's WHERE, after the joins
                return "(SELECT " + last + "." + sql.quote(column.column()) + " FROM " + from + " WHERE " + first + ")";
            }
        };
    }

    /** The scope of an EXISTS subquery: its paths LEFT JOIN inside the subquery. */
    private final class SubScope implements Scope {
        private final EntityType type;
        private final String alias;
        private final PathJoins paths;

        SubScope(EntityType type, String alias) {
            this.type = type;
            this.alias = alias;
            this.paths = new PathJoins(ConditionSql.this, sql, alias, alias + "_", slot -> java.util.Optional.empty());
        }

        @Override
        public EntityType type() {
            return type;
        }

        @Override
        public String alias() {
            return alias;
        }

        @Override
        public String pathColumn(List<AssociationSlot> path, ColumnMapping column, List<Object> values) {
            return paths.column(path, column);
        }
    }

    /** @return the model that to-one {@code slot} reaches */
    public EntityType target(AssociationSlot slot) {
        return types.of(slot.association().target());
    }

    /** @return the ON condition joining to-one {@code a} from table {@code from} to table {@code to}, scope included */
    public String pathJoin(Association a, String from, String to, List<Object> values) {
        String on = a.kind() == AssociationKind.BELONGS_TO
            ? to + "." + sql.quote(a.targetKeyColumn()) + " = " + from + "." + sql.quote(a.foreignKeyColumn())
            : to + "." + sql.quote(a.foreignKeyColumn()) + " = " + from + "." + sql.quote(a.sourceKeyColumn());
        ScopeClause scope = ScopeClause.ofColumns(sql, to, types.of(a.target()).scopeColumns(a.scope()));
        values.addAll(List.of(scope.values()));
        return on + scope.sql();
    }

    // ---- fields and paths -----------------------------------------------------------------------

    /** A resolved field: its column, the SQL expression that reads it, and how messages name it. */
    public record Field(ColumnMapping column, String expression, String describe) {
    }

    /**
     * @return {@code path} resolved in {@code scope}: a field of its model, or to-one aliases
     *         followed by a field of the model they reach
     * @throws IllegalArgumentException naming the unknown segment and listing what exists there
     */
    public Field field(String path, Scope scope) {
        return field(path, scope, new ArrayList<>());
    }

    /** {@link #field(String, Scope)}, adding the values its expression binds to {@code values}. */
    public Field field(String path, Scope scope, List<Object> values) {
        String[] segments = path.split("\\.", -1);
        EntityType at = scope.type();
        List<AssociationSlot> slots = new ArrayList<>();
        for (int i = 0; i < segments.length - 1; i++) {
            String segment = segments[i];
            AssociationSlot slot = at.slot(segment).orElse(null);
            if (slot == null || slot.kind().isToMany() || slot.kind() == AssociationKind.BELONGS_TO_POLYMORPHIC) {
                List<String> toOne = at.slotsByAlias().values().stream()
                    .filter(s -> !s.kind().isToMany() && s.kind() != AssociationKind.BELONGS_TO_POLYMORPHIC)
                    .map(AssociationSlot::alias).toList();
                throw new IllegalArgumentException("Field \"" + path + "\": " + at.name() + " has no to-one association '"
                    + segment + "'" + (slot != null ? " ('" + segment + "' is " + slot.kind() + "; test it with has(\""
                    + segment + "\", ...))" : "") + "." + Names.suggestion(segment, toOne) + " Its to-one associations: "
                    + toOne + ".");
            }
            slots.add(slot);
            at = types.of(slot.association().target());
        }
        String name = segments[segments.length - 1];
        EntityType owner = at;
        ColumnMapping column = owner.column(name).filter(c -> !c.kept()).orElse(null);
        if (column == null) {
            List<String> fields = java.util.Arrays.stream(owner.columns()).filter(c -> !c.kept())
                .map(ColumnMapping::name).toList();
            throw new IllegalArgumentException("Field \"" + path + "\": " + owner.name() + " has no field '" + name + "'."
                + Names.suggestion(name, fields) + " Its fields: " + fields + ".");
        }
        String expression = slots.isEmpty() ? scope.alias() + "." + sql.quote(column.column())
            : scope.pathColumn(slots, column, values);
        return new Field(column, expression, "field " + owner.name() + "." + column.name());
    }
}
