package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.sql.ShapeKey.Kind;

/**
 * Insert, update by id and delete by ids of one model's rows. Each statement is built once per
 * shape; a dialect overrides one by returning a subclass from {@link Dialect#writeStatements}.
 */
public class WriteStatements {

    protected final SqlTexts sql;

    public WriteStatements(SqlTexts sql) {
        this.sql = sql;
    }

    /**
     * @return {@code INSERT INTO "T" ("a", "b") VALUES (?, ?)}, returning the id when the database
     *         generates it, or advancing the id generator when an explicit id is given for a
     *         generated key. Binds every column in order, but the id when {@code generateId}.
     */
    public String insert(ModelInfo model, boolean generateId) {
        return sql.cached(new ShapeKey(Kind.INSERT, model.type(), "", 0, String.valueOf(generateId)), () -> {
            StringBuilder names = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (ColumnInfo column : model.columnInfos()) {
                if (generateId && column.id()) {
                    continue;
                }
                names.append(names.length() == 0 ? "" : ", ").append(sql.quote(column.name()));
                marks.append(marks.length() == 0 ? "?" : ", ?");
            }
            String head = "INSERT INTO " + sql.quote(model.table());
            String body = names.length() == 0 ? " DEFAULT VALUES" : " (" + names + ") VALUES (" + marks + ")";
            return head + body + (generateId ? sql.dialect().returningId(model.idColumn())
                : advancesGeneratedId(model) ? sql.dialect().advanceGeneratedId(model.table(), model.idColumn()) : "");
        });
    }

    /**
     * @return whether an insert with an explicit id must advance the database's generator of ids
     *         (the insert then returns a result set of one row)
     */
    public boolean advancesGeneratedId(ModelInfo model) {
        return model.hasId() && model.idInfo().generated()
            && !sql.dialect().advanceGeneratedId(model.table(), model.idColumn()).isEmpty();
    }

    /** @return {@code UPDATE "T" SET "a" = ?, ... WHERE "id" = ?}: binds every column but the id, in order, then the id */
    public String updateById(ModelInfo model) {
        return sql.cached(ShapeKey.of(Kind.UPDATE_BY_ID, model.type(), "", 0), () -> {
            StringBuilder sets = new StringBuilder();
            for (ColumnInfo column : model.columnInfos()) {
                if (!column.id()) {
                    sets.append(sets.length() == 0 ? "" : ", ").append(sql.quote(column.name())).append(" = ?");
                }
            }
            return "UPDATE " + sql.quote(model.table()) + " SET " + sets + " WHERE " + sql.quote(model.idColumn())
                + " = ?";
        });
    }

    /** @return {@code DELETE FROM "T" WHERE "id" IN (...)}: binds the ids */
    public String deleteByIds(ModelInfo model, int size) {
        return sql.cached(ShapeKey.of(Kind.DELETE_BY_IDS, model.type(), "", size), () -> "DELETE FROM "
            + sql.quote(model.table()) + " WHERE " + sql.in(sql.quote(model.idColumn()), size));
    }
}
