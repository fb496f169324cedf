package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.sql.ShapeKey.Kind;
import java.util.List;

/**
 * Reads of root rows: find by id, and the parts of a query's root select, its page of roots and
 * its count (the joins and includes come from the select plan). Each statement is built once per shape; a dialect overrides
 * one by returning a subclass from {@link Dialect#selectStatements}.
 */
public class SelectStatements {

    protected final SqlTexts sql;

    public SelectStatements(SqlTexts sql) {
        this.sql = sql;
    }

    /** @return {@code SELECT t0."a", ... FROM "T" t0 WHERE t0."id" = ?}: binds the id */
    public String findById(ModelInfo model) {
        return sql.cached(ShapeKey.of(Kind.FIND_BY_ID, model.type(), "", 0), () -> "SELECT " + sql.columns(model, "t0")
            + " FROM " + sql.table(model, "t0") + " WHERE t0." + sql.quote(model.idColumn()) + " = ?");
    }

    /** @return {@code t0."column" IS NULL}, or {@code t0."column" = ?} compared as the dialect compares {@code type} */
    public String equalTo(String column, Class<?> type, boolean isNull) {
        String qualified = "t0." + sql.quote(column);
        return isNull ? qualified + " IS NULL"
            : sql.dialect().comparable(qualified, type) + " = " + sql.dialect().comparable("?", type);
    }

    /** @return {@code  WHERE p1 AND p2 ...}, or empty when there are no predicates */
    public String where(List<String> predicates) {
        return predicates.isEmpty() ? "" : " WHERE " + String.join(" AND ", predicates);
    }

    /** @return one ORDER BY term on {@code t0."column"}: NULLs and decimals ordered as the dialect orders them */
    public String orderTerm(String column, Class<?> type, boolean nullable, boolean descending) {
        return sql.dialect().orderTerm("t0." + sql.quote(column), type, nullable, descending);
    }

    /** @return {@code t0."id"}, the term that breaks ties */
    public String idTerm(String idColumn) {
        return "t0." + sql.quote(idColumn);
    }

    /** @return {@code  ORDER BY t1, t2 ...}, or empty when there are no terms */
    public String orderBy(List<String> terms) {
        return terms.isEmpty() ? "" : " ORDER BY " + String.join(", ", terms);
    }

    /** @return {@code SELECT COUNT(*) FROM "T" t0 <where>}: binds the where's values */
    public String count(ModelInfo model, String where) {
        return "SELECT COUNT(*) FROM " + sql.table(model, "t0") + where;
    }

    /**
     * @return the page of roots, {@code SELECT <primary columns> FROM "T" t0 <where> <order> LIMIT/OFFSET}:
     *         binds the where's values, then the limit and offset that are set
     */
    public String page(ModelInfo model, String primaryColumns, String where, String order, boolean limit,
            boolean offset) {
        return "SELECT " + primaryColumns + " FROM " + sql.table(model, "t0") + where + order
            + sql.dialect().limitOffset(limit, offset);
    }

    /** @return the root select: {@code <select from> <where> <order> <collection order> LIMIT/OFFSET} */
    public String root(String selectFrom, String where, String order, String collectionOrder, boolean limit,
            boolean offset) {
        return selectFrom + where + order + collectionOrder + sql.dialect().limitOffset(limit, offset);
    }

    /**
     * @return {@code inner} cut to the first {@code limit} targets of every owner: {@code SELECT *
     *         FROM (<inner select list>, <owner> AS kinship_owner, DENSE_RANK() OVER (PARTITION BY
     *         <owner> ORDER BY <order>) AS kinship_rank <inner from and where>) kinship_page WHERE
     *         kinship_rank <= ? ORDER BY kinship_owner, kinship_rank}; binds the inner statement's
     *         values, then the limit. Targets tied in rank (rows of one target multiplied by joins)
     *         share it, so the limit counts targets, not rows.
     */
    public String perOwnerLimit(String selectList, String fromWhere, String owner, String order) {
        return "SELECT * FROM (SELECT " + selectList + ", " + owner + " AS kinship_owner, DENSE_RANK() OVER (PARTITION "
            + "BY " + owner + " ORDER BY " + order + ") AS kinship_rank" + fromWhere + ") kinship_page WHERE "
            + "kinship_rank <= ? ORDER BY kinship_owner, kinship_rank";
    }

    /** @return the text cached under the query's {@code shape} (kind COUNT, SELECT or PAGE), built on first use */
    public String cached(ShapeKey.Kind kind, Class<?> model, Object shape, java.util.function.Supplier<String> builder) {
        return sql.cached(new ShapeKey(kind, model, "", 0, shape), builder);
    }
}
