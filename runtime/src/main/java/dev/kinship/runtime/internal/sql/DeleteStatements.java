package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.sql.ShapeKey.Kind;

/**
 * The statements of delete rules (RESTRICT counts, CASCADE loads, SET_NULL updates, join-row
 * deletes), each over an IN list of parent keys and cached per association and size, and the
 * look-ups that explain a failed write. A dialect overrides one statement by returning a
 * subclass from {@link Dialect#deleteStatements}.
 */
public class DeleteStatements {

    protected final SqlTexts sql;

    public DeleteStatements(SqlTexts sql) {
        this.sql = sql;
    }

    private static ShapeKey key(Kind kind, Association a, int size) {
        return ShapeKey.of(kind, a.source(), a.alias(), size);
    }

    /**
     * @return {@code SELECT key, COUNT(*) FROM ... WHERE key IN (...) <scope> GROUP BY key} over the
     *         children (alias t0) or, when {@code child} is null, the join rows (alias j) of the
     *         parent keys: binds the keys, then the scope
     */
    public String restrictCount(Association a, ModelInfo child, String childKeyColumn, ScopeClause scope, int size) {
        return sql.cached(key(Kind.RESTRICT_COUNT, a, size), () -> {
            String table = child == null ? sql.quote(a.through().orElseThrow()) + " j" : sql.table(child, "t0");
            String key = child == null ? "j." + sql.quote(a.foreignKeyColumn()) : "t0." + sql.quote(childKeyColumn);
            return "SELECT " + key + ", COUNT(*) FROM " + table + " WHERE " + sql.in(key, size) + scope.sql()
                + " GROUP BY " + key;
        });
    }

    /** @return the SELECT of the children (alias t0) of the parent keys within the scope: binds the keys, the scope */
    public String cascadeLoad(Association a, ModelInfo child, String childKeyColumn, ScopeClause scope, int size) {
        return sql.cached(key(Kind.CASCADE_LOAD, a, size), () -> "SELECT " + sql.columns(child, "t0") + " FROM "
            + sql.table(child, "t0") + " WHERE " + sql.in("t0." + sql.quote(childKeyColumn), size) + scope.sql());
    }

    /** @return the SELECT of the join-model rows (alias j) of the owner keys within the scope: binds the keys, the scope */
    public String joinRowsLoad(Association a, ModelInfo joinModel, ScopeClause scope, int size) {
        return sql.cached(key(Kind.JOIN_ROWS_LOAD, a, size), () -> "SELECT " + sql.columns(joinModel, "j") + " FROM "
            + sql.quote(a.through().orElseThrow()) + " j WHERE " + sql.in("j." + sql.quote(a.foreignKeyColumn()), size)
            + scope.sql());
    }

    /** @return the UPDATE that nulls the key of the children (alias t0) of the parent keys: binds the keys, the scope */
    public String cascadeUnlink(Association a, ModelInfo child, String fkColumn, ScopeClause scope, int size) {
        return sql.cached(key(Kind.CASCADE_UNLINK, a, size), () -> "UPDATE " + sql.quote(child.table()) + " AS t0 SET "
            + sql.quote(fkColumn) + " = NULL WHERE " + sql.in("t0." + sql.quote(fkColumn), size) + scope.sql());
    }

    /** @return the DELETE of the join rows (alias j) of the owner keys within the scope: binds the keys, the scope */
    public String joinRowsDelete(Association a, ScopeClause scope, int size) {
        return sql.cached(key(Kind.JOIN_ROWS_DELETE, a, size), () -> "DELETE FROM "
            + sql.quote(a.through().orElseThrow()) + " AS j WHERE " + sql.in("j." + sql.quote(a.foreignKeyColumn()),
            size) + scope.sql());
    }

    /** @return {@code SELECT 1 FROM "T" WHERE "column" = ?}: binds the value */
    public String rowExists(String table, String column) {
        return sql.cached(new ShapeKey(Kind.ROW_EXISTS, null, table, 0, column), () -> "SELECT 1 FROM "
            + sql.quote(table) + " WHERE " + sql.quote(column) + " = ?");
    }

    /** @return {@code SELECT COUNT(*) FROM "T" WHERE "column" = ?}: binds the key */
    public String referenceCount(String table, String column) {
        return sql.cached(new ShapeKey(Kind.REFERENCE_COUNT, null, table, 0, column), () -> "SELECT COUNT(*) FROM "
            + sql.quote(table) + " WHERE " + sql.quote(column) + " = ?");
    }
}
