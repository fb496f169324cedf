package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.internal.loading.SelectPlan;
import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.query.ConditionSql;
import dev.kinship.runtime.internal.query.Conditions;
import dev.kinship.runtime.internal.query.PathJoins;
import dev.kinship.runtime.internal.query.Values;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one root statement that come from a query's conditions and order: the LEFT JOINs
 * their paths need (once per path, aliased {@code p1, p2 ...}, to-one only, so the roots are not
 * multiplied), the predicates with their values, and the ORDER BY terms. Made anew for each
 * statement; its text is the shape the statement is cached under.
 */
final class RootClauses implements ConditionSql.Scope {

    /** One ORDER BY entry of a query: a field or path, and its direction. */
    record Sort(String path, boolean descending) {
    }

    private final SqlTexts sql;
    private final EntityType type;
    private final ConditionSql conditions;
    private final PathJoins paths;
    private final List<String> predicates = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final List<String> orderTerms = new ArrayList<>();
    private boolean orderedById;

    RootClauses(SessionImpl session, EntityType type) {
        this(session, type, null);
    }

    /**
     * @param plan the statement's plan, whose plain to-one includes on the roots a path reads
     *             instead of joining their table again; null when the paths join on their own
     */
    RootClauses(SessionImpl session, EntityType type, SelectPlan plan) {
        this.sql = session.sql();
        this.type = type;
        this.conditions = new ConditionSql(sql, session.types(), Values::fit);
        this.paths = new PathJoins(conditions, sql, "t0", "p",
            slot -> plan == null ? java.util.Optional.empty() : plan.plainToOneJoin(slot));
    }

    /** Renders {@code filters} and {@code sorts}; @return this */
    RootClauses render(List<Conditions.Node> filters, List<Sort> sorts) {
        for (Conditions.Node filter : filters) {
            StringBuilder out = new StringBuilder();
            conditions.render(filter, this, out, values);
            predicates.add(out.toString());
        }
        for (Sort sort : sorts) {
            ConditionSql.Field field = conditions.field(sort.path(), this);
            boolean onRoot = !sort.path().contains(".");
            orderTerms.add(sql.dialect().orderTerm(field.expression(), field.column().type(),
                !onRoot || field.column().info().nullable(), sort.descending()));
            orderedById |= onRoot && type.hasId() && field.column() == type.id();
        }
        return this;
    }

    @Override
    public EntityType type() {
        return type;
    }

    @Override
    public String alias() {
        return "t0";
    }

    @Override
    public String pathColumn(List<AssociationSlot> path, ColumnMapping column, List<Object> values) {
        return paths.column(path, column);
    }

    /** @return the LEFT JOINs of the paths, to follow the FROM (or the include joins) */
    String joins() {
        return paths.text();
    }

    /** @return the values bound in {@link #joins()} */
    List<Object> joinValues() {
        return paths.values();
    }

    /** @return the predicates, each to be ANDed */
    List<String> predicates() {
        return predicates;
    }

    /** @return the values of {@link #predicates()}, in order */
    List<Object> values() {
        return values;
    }

    /** @return the ORDER BY terms */
    List<String> orderTerms() {
        return orderTerms;
    }

    /** @return whether the order already ends with a unique key (the root's id) */
    boolean orderedById() {
        return orderedById;
    }

    /** @return the text that, with the plan's shape, identifies the statement */
    String shape() {
        return paths.text() + "|" + String.join(" AND ", predicates) + "|" + String.join(", ", orderTerms);
    }
}
