package dev.kinship.runtime.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code AND col = ?} / {@code AND col IS NULL} conditions of a scope, with their values.
 *
 * @param sql    text starting with " AND ", or empty
 * @param values the bound values, in order
 */
public record ScopeClause(String sql, Object[] values) {

    private static final ScopeClause NONE = new ScopeClause("", new Object[0]);

    /** @return no conditions */
    public static ScopeClause none() {
        return NONE;
    }

    /** @return the clause of a scope on columns (a null value means IS NULL), qualified by {@code alias} */
    public static ScopeClause ofColumns(SqlTexts sql, String alias, Map<String, Object> columns) {
        if (columns.isEmpty()) {
            return NONE;
        }
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        columns.forEach((column, value) -> append(sql, text, values, alias, column, value));
        return new ScopeClause(text.toString(), values.toArray());
    }

    private static void append(SqlTexts sql, StringBuilder text, List<Object> values, String alias, String column,
            Object value) {
        text.append(" AND ").append(alias).append('.').append(sql.quote(column));
        if (value == null) {
            text.append(" IS NULL");
        } else {
            text.append(" = ?");
            values.add(value);
        }
    }
}
