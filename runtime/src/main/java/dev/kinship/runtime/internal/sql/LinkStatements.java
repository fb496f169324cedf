package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.sql.ShapeKey.Kind;
import java.util.List;

/**
 * The statements of association operations: a belongsTo's or hasOne's key, a hasMany's links
 * (the targets hold the key), each cached per association and shape. The join rows of a
 * belongsToMany are in {@link JoinStatements}. A dialect overrides one statement by returning a
 * subclass from {@link Dialect#linkStatements}.
 */
public class LinkStatements {

    protected final SqlTexts sql;

    public LinkStatements(SqlTexts sql) {
        this.sql = sql;
    }

    // ---- to-one -----------------------------------------------------------------------------

    /**
     * @return {@code UPDATE "Owner" SET "fk" = ?[, "type" = ?] WHERE "id" = ?}: binds the key, the
     *         type value when {@code typeColumn} is not null, then the owner's id
     */
    public String setKey(Association a, ModelInfo owner, String fkColumn, String typeColumn) {
        return sql.cached(ShapeKey.of(Kind.SET_KEY, a.source(), a.alias(), 0), () -> "UPDATE "
            + sql.quote(owner.table()) + " SET " + sql.quote(fkColumn) + " = ?"
            + (typeColumn == null ? "" : ", " + sql.quote(typeColumn) + " = ?") + " WHERE "
            + sql.quote(owner.idColumn()) + " = ?");
    }

    /** @return {@code UPDATE "T" SET "fk" = ?, <scope columns> = ? WHERE "id" = ?}: binds the key, the scope values, the id */
    public String linkOne(Association a, ModelInfo target, String fkColumn, List<String> scopeColumns) {
        return sql.cached(ShapeKey.of(Kind.LINK_ONE, a.source(), a.alias(), 0), () -> "UPDATE "
            + sql.quote(target.table()) + " SET " + sets(fkColumn, scopeColumns) + " WHERE "
            + sql.quote(target.idColumn()) + " = ?");
    }

    /** @return {@code UPDATE "T" SET "fk" = NULL WHERE "id" = ?}: binds the id */
    public String unlinkOne(Association a, ModelInfo target, String fkColumn) {
        return sql.cached(ShapeKey.of(Kind.UNLINK_ONE, a.source(), a.alias(), 0), () -> "UPDATE "
            + sql.quote(target.table()) + " SET " + sql.quote(fkColumn) + " = NULL WHERE "
            + sql.quote(target.idColumn()) + " = ?");
    }

    private String sets(String fkColumn, List<String> scopeColumns) {
        StringBuilder sets = new StringBuilder(sql.quote(fkColumn)).append(" = ?");
        for (String column : scopeColumns) {
            sets.append(", ").append(sql.quote(column)).append(" = ?");
        }
        return sets.toString();
    }

    // ---- hasMany ----------------------------------------------------------------------------

    /** @return {@code FROM "Targets" t0 WHERE t0."fk" = ? <scope>} */
    private String hasManyFrom(ModelInfo target, String fkColumn, ScopeClause scope) {
        return " FROM " + sql.table(target, "t0") + " WHERE t0." + sql.quote(fkColumn) + " = ?" + scope.sql();
    }

    /** @return {@code SELECT COUNT(*) FROM "Targets" t0 WHERE t0."fk" = ? <scope>}: binds the owner's key, the scope */
    public String hasManyCount(Association a, ModelInfo target, String fkColumn, ScopeClause scope) {
        return sql.cached(ShapeKey.of(Kind.HAS_MANY_COUNT, a.source(), a.alias(), 0),
            () -> "SELECT COUNT(*)" + hasManyFrom(target, fkColumn, scope));
    }

    /** @return the count of the targets among an IN list of ids: binds the owner's key, the scope, the ids */
    public String hasManyContains(Association a, ModelInfo target, String fkColumn, ScopeClause scope, int size) {
        return sql.cached(ShapeKey.of(Kind.HAS_MANY_CONTAINS, a.source(), a.alias(), size),
            () -> "SELECT COUNT(*)" + hasManyFrom(target, fkColumn, scope) + " AND "
                + sql.in("t0." + sql.quote(target.idColumn()), size));
    }

    /**
     * @return {@code UPDATE "Targets" SET "fk" = ?, <scope columns> = ? WHERE "id" IN (...)}: binds
     *         the owner's key, the scope values, the ids
     */
    public String hasManyLink(Association a, ModelInfo target, String fkColumn, List<String> scopeColumns, int size) {
        return sql.cached(ShapeKey.of(Kind.HAS_MANY_LINK, a.source(), a.alias(), size), () -> "UPDATE "
            + sql.quote(target.table()) + " SET " + sets(fkColumn, scopeColumns) + " WHERE "
            + sql.in(sql.quote(target.idColumn()), size));
    }

    /**
     * @return the UPDATE that nulls the key of those of the ids still linked to the owner within
     *         the scope: binds the ids, the owner's key, the scope
     */
    public String hasManyUnlink(Association a, ModelInfo target, String fkColumn, ScopeClause scope, int size) {
        return sql.cached(ShapeKey.of(Kind.HAS_MANY_UNLINK, a.source(), a.alias(), size), () -> "UPDATE "
            + sql.quote(target.table()) + " AS t0 SET " + sql.quote(fkColumn) + " = NULL WHERE "
            + sql.in("t0." + sql.quote(target.idColumn()), size) + " AND t0." + sql.quote(fkColumn) + " = ?"
            + scope.sql());
    }

    /** @return the SELECT of those of the ids linked to the owner within the scope: binds the ids, the owner's key, the scope */
    public String hasManyLinked(Association a, ModelInfo target, String fkColumn, ScopeClause scope, int size) {
        return sql.cached(ShapeKey.of(Kind.HAS_MANY_LINKED, a.source(), a.alias(), size), () -> "SELECT "
            + sql.columns(target, "t0") + " FROM " + sql.table(target, "t0") + " WHERE "
            + sql.in("t0." + sql.quote(target.idColumn()), size) + " AND t0." + sql.quote(fkColumn) + " = ?"
            + scope.sql());
    }
}
