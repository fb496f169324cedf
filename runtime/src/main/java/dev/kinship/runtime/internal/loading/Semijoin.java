package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code EXISTS (...)} condition that keeps only owners with at least one match of a
 * required include: a semi-join, so owners are never multiplied and LIMIT still counts owners.
 * Nested required includes become nested EXISTS conditions.
 */
public final class Semijoin {

    /** Hands out aliases unique within one statement. */
    public static final class Aliases {
        private int next;

        public String next(String prefix) {
            return prefix + (++next);
        }
    }

    private Semijoin() {
    }

    /** @return the EXISTS condition of {@code spec} for owners aliased {@code ownerAlias} */
    public static SelectPlan.Filter exists(SessionContext session, IncludeSpec spec, String ownerAlias, Aliases aliases) {
        SqlTexts sql = session.sql();
        Association a = spec.slot().association();
        List<Object> values = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        EntityType owner = spec.owner();
        switch (a.kind()) {
            case BELONGS_TO -> {
                String e = aliases.next("e");
                out.append("EXISTS (SELECT 1 FROM ").append(sql.table(spec.target().info(), e)).append(" WHERE ").append(e)
                    .append('.').append(sql.quote(a.targetKeyColumn())).append(" = ").append(ownerAlias).append('.')
                    .append(sql.quote(owner.column(a.foreignKey()).orElseThrow().column()));
                appendTarget(session, spec, e, out, values, aliases);
                out.append(')');
            }
            case HAS_ONE, HAS_MANY -> {
                String e = aliases.next("e");
                out.append("EXISTS (SELECT 1 FROM ").append(sql.table(spec.target().info(), e)).append(" WHERE ").append(e)
                    .append('.').append(sql.quote(a.foreignKeyColumn())).append(" = ").append(ownerAlias).append('.')
                    .append(sql.quote(a.sourceKeyColumn()));
                appendScope(session, spec.target(), e, a.scope(), out, values);
                appendTarget(session, spec, e, out, values, aliases);
                out.append(')');
            }
            case BELONGS_TO_MANY -> {
                String e = aliases.next("e");
                String j = aliases.next("j");
                out.append("EXISTS (SELECT 1 FROM ").append(sql.quote(a.through().orElseThrow())).append(' ').append(j)
                    .append(' ').append(sql.dialect().drivingJoin()).append(' ').append(sql.table(spec.target().info(), e))
                    .append(" ON ").append(e).append('.').append(sql.quote(a.targetKeyColumn())).append(" = ").append(j)
                    .append('.').append(sql.quote(a.otherKeyColumn().orElseThrow())).append(" WHERE ").append(j)
                    .append('.').append(sql.quote(a.foreignKeyColumn())).append(" = ").append(ownerAlias).append('.')
                    .append(sql.quote(a.sourceKeyColumn()));
                ScopeClause joinScope = JoinShape.scope(session, a, j);
                out.append(joinScope.sql());
                values.addAll(List.of(joinScope.values()));
                ScopeClause through = ScopeClause.ofColumns(sql, j, spec.throughWhere());
                out.append(through.sql());
                values.addAll(List.of(through.values()));
                appendScope(session, spec.target(), e, a.scope(), out, values);
                appendTarget(session, spec, e, out, values, aliases);
                out.append(')');
            }
            case BELONGS_TO_POLYMORPHIC -> {
                ColumnMapping typeColumn = owner.column(a.typeKey().orElseThrow()).orElseThrow();
                ColumnMapping fk = owner.column(a.foreignKey()).orElseThrow();
                String glue = "(";
                for (Map.Entry<String, Class<?>> t : a.types().entrySet()) {
                    String e = aliases.next("e");
                    EntityType target = session.types().of(t.getValue());
                    out.append(glue).append("(").append(ownerAlias).append('.').append(sql.quote(typeColumn.column()))
                        .append(" = ? AND EXISTS (SELECT 1 FROM ").append(sql.table(target.info(), e)).append(" WHERE ")
                        .append(e).append('.').append(sql.quote(target.id().column())).append(" = ").append(ownerAlias)
                        .append('.').append(sql.quote(fk.column())).append("))");
                    values.add(t.getKey());
                    glue = " OR ";
                }
                out.append(')');
            }
        }
        return new SelectPlan.Filter(out.toString(), values.toArray());
    }

    private static void appendTarget(SessionContext session, IncludeSpec spec, String alias, StringBuilder out,
            List<Object> values, Aliases aliases) {
        SqlTexts sql = session.sql();
        SelectPlan.Filter filter = spec.filter(alias);
        out.append(filter.sql());
        values.addAll(List.of(filter.values()));
        for (IncludeSpec nested : spec.nested()) {
            if (nested.required()) {
                SelectPlan.Filter inner = exists(session, nested, alias, aliases);
                out.append(" AND ").append(inner.sql());
                values.addAll(List.of(inner.values()));
            }
        }
    }

    private static void appendScope(SessionContext session, EntityType target, String alias, Map<String, Object> scope,
            StringBuilder out, List<Object> values) {
        ScopeClause clause = ScopeClause.ofColumns(session.sql(), alias, target.scopeColumns(scope));
        out.append(clause.sql());
        values.addAll(List.of(clause.values()));
    }
}
