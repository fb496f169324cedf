package dev.kinship.runtime.internal.query;

import dev.kinship.runtime.internal.model.AssociationSlot;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The LEFT JOINs that paths through to-one associations need from one table: each path prefix
 * joined once, under an alias of its own, with the scope of the association in its ON clause.
 * To-one only, so the rows of the table are never multiplied. A join the statement has already
 * (a plain to-one include) can stand in for a path's first step.
 */
public final class PathJoins {

    private final ConditionSql conditions;
    private final SqlTexts sql;
    private final String root;
    private final String prefix;
    private final Function<AssociationSlot, Optional<String>> existing;
    private final StringBuilder joins = new StringBuilder();
    private final List<Object> values = new ArrayList<>();
    private final Map<String, String> joined = new LinkedHashMap<>();
    private int next;

    /**
     * @param root     the alias of the table the paths start from
     * @param prefix   the prefix of the aliases of the joined tables
     * @param existing the alias of a join the statement already has for a first step, if any
     */
    public PathJoins(ConditionSql conditions, SqlTexts sql, String root, String prefix,
            Function<AssociationSlot, Optional<String>> existing) {
        this.conditions = conditions;
        this.sql = sql;
        this.root = root;
        this.prefix = prefix;
        this.existing = existing;
    }

    /** @return the expression reading {@code column} at the end of {@code path}, joining what the path needs */
    public String column(List<AssociationSlot> path, ColumnMapping column) {
        String from = root;
        StringBuilder key = new StringBuilder();
        for (AssociationSlot slot : path) {
            key.append('.').append(slot.alias());
            String known = joined.get(key.toString());
            if (known == null && from.equals(root)) {
                known = existing.apply(slot).orElse(null);
            }
            if (known == null) {
                known = prefix + (++next);
                joins.append(" LEFT JOIN ").append(sql.table(conditions.target(slot).info(), known)).append(" ON ")
                    .append(conditions.pathJoin(slot.association(), from, known, values));
            }
            joined.put(key.toString(), known);
            from = known;
        }
        return from + "." + sql.quote(column.column());
    }

    /** @return the LEFT JOIN clauses, in the order the paths needed them */
    public String text() {
        return joins.toString();
    }

    /** @return the values bound in {@link #text()} */
    public List<Object> values() {
        return values;
    }
}
