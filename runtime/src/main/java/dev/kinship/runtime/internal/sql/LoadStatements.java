package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.sql.ShapeKey.Kind;
import java.util.function.Supplier;

/**
 * The statements that load an association for a batch of owners, by IN list over the owners'
 * keys: belongsTo (the targets by their key), hasOne/hasMany (the targets by their foreign key)
 * and belongsToMany (the join rows driving, the targets joined). The target side — select list,
 * joined includes, filters, order — comes from the include's plan; a limit per owner wraps the
 * statement in {@link SelectStatements#perOwnerLimit}. Each shape is built once; a dialect
 * overrides one by returning a subclass from {@link Dialect#loadStatements}.
 */
public class LoadStatements {

    protected final SqlTexts sql;

    public LoadStatements(SqlTexts sql) {
        this.sql = sql;
    }

    /**
     * @param target the include's target side: its select list, joins, filters and order
     */
    public record Target(String selectList, String joins, String where, String order, String collectionOrder,
            boolean limited) {
    }

    /**
     * @return {@code SELECT <target> FROM "T" t0 <joins> WHERE t0."key" IN (...) <where> [ORDER BY
     *         t0."key" <collection order>]}: binds the joins' values, the keys, then the where's
     */
    public String belongsTo(Association a, ModelInfo target, String keyColumn, Target t, int size, Object shape) {
        return cached(Kind.LOAD_BELONGS_TO, a, size, shape, () -> {
            String key = "t0." + sql.quote(keyColumn);
            return "SELECT " + t.selectList() + " FROM " + sql.table(target, "t0") + t.joins() + " WHERE "
                + sql.in(key, size) + t.where() + (t.collectionOrder().isEmpty() ? "" : " ORDER BY " + key
                + t.collectionOrder());
        });
    }

    /**
     * @return {@code SELECT <target> FROM "T" t0 <joins> WHERE t0."fk" IN (...) <scope and where>
     *         ORDER BY t0."fk", <order> <collection order>}, ordered as the key's index is; binds the
     *         joins' values, the keys, the scope's and where's values, then the order's (or, limited,
     *         the order's first and the limit last)
     */
    public String has(Association a, ModelInfo target, Target t, int size, Object shape) {
        return cached(Kind.LOAD_HAS, a, size, shape, () -> {
            String owner = "t0." + sql.quote(a.foreignKeyColumn());
            String fromWhere = " FROM " + sql.table(target, "t0") + t.joins() + " WHERE " + sql.in(owner, size)
                + t.where();
            return t.limited() ? sql.selects().perOwnerLimit(t.selectList(), fromWhere, owner, t.order())
                : "SELECT " + t.selectList() + fromWhere + " ORDER BY " + owner + ", " + t.order() + t.collectionOrder();
        });
    }

    /**
     * @return {@code SELECT <join row>, <target> FROM "Join" j <driving join> "T" t0 ON t0."key" =
     *         j."other" <joins> WHERE j."fk" IN (...) <scopes and where> ORDER BY j."fk", <order>}: the
     *         join table drives and each owner's rows are adjacent; binds as {@link #has} does
     */
    public String belongsToMany(Association a, ModelInfo target, String joinSelectList, Target t, int size,
            Object shape) {
        return cached(Kind.LOAD_BELONGS_TO_MANY, a, size, shape, () -> {
            String owner = "j." + sql.quote(a.foreignKeyColumn());
            String fromWhere = " FROM " + sql.quote(a.through().orElseThrow()) + " j " + sql.dialect().drivingJoin() + " "
                + sql.table(target, "t0") + " ON t0." + sql.quote(a.targetKeyColumn()) + " = j."
                + sql.quote(a.otherKeyColumn().orElseThrow()) + t.joins() + " WHERE " + sql.in(owner, size) + t.where();
            String select = joinSelectList + ", " + t.selectList();
            return t.limited() ? sql.selects().perOwnerLimit(select, fromWhere, owner, t.order())
                : "SELECT " + select + fromWhere + " ORDER BY " + owner + ", " + t.order() + t.collectionOrder();
        });
    }

    private String cached(Kind kind, Association a, int size, Object shape, Supplier<String> builder) {
        return sql.cached(new ShapeKey(kind, a.source(), a.alias(), size, shape), builder);
    }
}
