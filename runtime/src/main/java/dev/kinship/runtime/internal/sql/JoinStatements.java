package dev.kinship.runtime.internal.sql;

import dev.kinship.runtime.internal.sql.ShapeKey.Kind;
import java.util.Collection;
import java.util.List;

/**
 * The statements on a belongsToMany's join rows: count, contains, the current links, insert of
 * the missing ones, read, update and delete (or soft delete) of existing ones, each cached per
 * association and shape. Every statement is bounded by the through scope (and, where it reads
 * targets, the association's scope). A dialect overrides one statement by returning a subclass
 * from {@link Dialect#joinStatements}.
 */
public class JoinStatements {

    protected final SqlTexts sql;

    public JoinStatements(SqlTexts sql) {
        this.sql = sql;
    }

    private ShapeKey key(Kind kind, JoinPath path, int size, String variant) {
        return new ShapeKey(kind, path.association().source(), path.association().alias(), size, variant);
    }

    /** @return {@code FROM "Join" j <driving join> "Targets" t0 ON ... WHERE j."fk" = ? <through scope> <target scope>} */
    protected String fromWhere(JoinPath p) {
        return " FROM " + sql.quote(p.table()) + " j " + sql.dialect().drivingJoin() + " " + sql.table(p.target(), "t0")
            + " ON t0." + sql.quote(p.targetKeyColumn()) + " = j." + sql.quote(p.otherColumn()) + " WHERE j."
            + sql.quote(p.fkColumn()) + " = ?" + p.joinScope().sql() + p.targetScope().sql();
    }

    /** @return the count of linked targets: binds {@link JoinPath#fromWhereValues} */
    public String count(JoinPath p) {
        return sql.cached(key(Kind.JOIN_COUNT, p, 0, ""), () -> "SELECT COUNT(DISTINCT t0."
            + sql.quote(p.targetKeyColumn()) + ")" + fromWhere(p));
    }

    /** @return the count of linked targets among an IN list of keys: binds {@link JoinPath#fromWhereValues}, the keys */
    public String contains(JoinPath p, int size) {
        return sql.cached(key(Kind.JOIN_CONTAINS, p, size, ""), () -> "SELECT COUNT(DISTINCT t0."
            + sql.quote(p.targetKeyColumn()) + ")" + fromWhere(p) + " AND " + sql.in("j." + sql.quote(p.otherColumn()),
            size));
    }

    /** @return the target keys the owner is linked to: binds {@link JoinPath#fromWhereValues} */
    public String currentKeys(JoinPath p) {
        return sql.cached(key(Kind.JOIN_CURRENT, p, 0, ""), () -> "SELECT DISTINCT j." + sql.quote(p.otherColumn())
            + fromWhere(p));
    }

    /**
     * @return {@code INSERT ... SELECT DISTINCT ?, ..., v.column1 FROM (VALUES (?), ...) v WHERE NOT
     *         EXISTS (...)}: a join row for every key not linked yet within the through scope, so
     *         keys already linked are skipped and the padding of the IN-list chunk adds nothing.
     *         Binds the values of {@code columns} but the last (typed by {@code headTypes}), the
     *         keys, then the owner's key and the values of {@code guard} (the through scope, alias x).
     * @param columns the columns written, the other key column last
     */
    public String insertMissing(JoinPath p, List<String> columns, List<Class<?>> headTypes, ScopeClause guard,
            int size) {
        return sql.cached(key(Kind.JOIN_INSERT_MISSING, p, size, String.join(",", columns)), () -> {
            StringBuilder out = new StringBuilder("INSERT INTO ").append(sql.quote(p.table())).append(" (");
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(sql.quote(columns.get(i)));
            }
            out.append(") SELECT DISTINCT ");
            for (Class<?> type : headTypes) {
                out.append(sql.dialect().typedParameter(type)).append(", ");
            }
            return out.append("v.column1 FROM ").append(keyRows(size)).append(" WHERE NOT EXISTS (SELECT 1 FROM ").append(sql.quote(p.table()))
                .append(" AS x WHERE x.").append(sql.quote(p.fkColumn())).append(" = ? AND x.")
                .append(sql.quote(p.otherColumn())).append(" = v.column1").append(guard.sql()).append(')')
                .toString();
        });
    }

    /**
     * @return the rows, one column {@code column1}, aliased {@code v}, of one chunk of keys
     *         bound as {@link Dialect#inListParameters} gives them: {@code (VALUES (?), (?)) AS v}
     */
    protected String keyRows(int size) {
        StringBuilder out = new StringBuilder("(VALUES ");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "(?)" : ", (?)");
        }
        return out.append(") AS v").toString();
    }

    /** @return the join rows of an IN list of target keys: binds the owner's key, the through scope, the keys */
    public String rows(JoinPath p, String selectList, int size) {
        return sql.cached(key(Kind.JOIN_ROWS, p, size, ""), () -> "SELECT " + selectList + " FROM "
            + sql.quote(p.table()) + " j WHERE j." + sql.quote(p.fkColumn()) + " = ?" + p.joinScope().sql() + " AND "
            + sql.in("j." + sql.quote(p.otherColumn()), size));
    }

    /**
     * @return the UPDATE of {@code columns} of the owner's join rows to an IN list of target keys:
     *         binds the values of {@code columns}, the owner's key, the through scope, the keys
     */
    public String update(JoinPath p, Collection<String> columns, int size) {
        return sql.cached(key(Kind.JOIN_UPDATE, p, size, String.join(",", columns)), () -> {
            StringBuilder out = new StringBuilder("UPDATE ").append(sql.quote(p.table())).append(" AS j SET ");
            int i = 0;
            for (String column : columns) {
                out.append(i++ == 0 ? "" : ", ").append(sql.quote(column)).append(" = ?");
            }
            return out.append(" WHERE j.").append(sql.quote(p.fkColumn())).append(" = ?").append(p.joinScope().sql())
                .append(" AND ").append(sql.in("j." + sql.quote(p.otherColumn()), size)).toString();
        });
    }

    /**
     * @return the DELETE of the owner's join rows to an IN list of target keys, or with
     *         {@code softColumn} the UPDATE that sets it: binds the current time when soft, the
     *         owner's key, the through scope, the keys, then the target scope
     */
    public String unlink(JoinPath p, String softColumn, int size) {
        Kind kind = softColumn == null ? Kind.JOIN_UNLINK : Kind.JOIN_SOFT_UNLINK;
        return sql.cached(key(kind, p, size, ""), () -> {
            String action = softColumn == null ? "DELETE FROM " + sql.quote(p.table()) + " AS j WHERE j."
                : "UPDATE " + sql.quote(p.table()) + " AS j SET " + sql.quote(softColumn) + " = ? WHERE j.";
            String targetScope = p.targetScope().sql();
            return action + sql.quote(p.fkColumn()) + " = ?" + p.joinScope().sql() + " AND "
                + sql.in("j." + sql.quote(p.otherColumn()), size) + (targetScope.isEmpty() ? ""
                : " AND EXISTS (SELECT 1 FROM " + sql.table(p.target(), "t0") + " WHERE t0."
                    + sql.quote(p.targetKeyColumn()) + " = j." + sql.quote(p.otherColumn()) + targetScope + ")");
        });
    }
}
