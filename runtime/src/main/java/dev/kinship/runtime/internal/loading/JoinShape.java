package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.JoinTable;
import dev.kinship.runtime.internal.codec.Codec;
import dev.kinship.runtime.internal.codec.TypeMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the join rows of a belongsToMany are selected and read: every column of a join model
 * (read as managed entities), or the columns of a plain join table (read as maps).
 */
public final class JoinShape {

    private final String table;
    private final EntityType model;
    private final List<ColumnInfo> columns;
    private final Codec[] codecs;
    private final int ownerKeyIndex;
    private final String selectList;
    private final ScopeClause scope;

    private JoinShape(TypeMapping types, String table, EntityType model, List<ColumnInfo> columns, int ownerKeyIndex,
            String selectList, ScopeClause scope) {
        this.table = table;
        this.model = model;
        this.columns = columns;
        this.codecs = columns.stream().map(c -> types.codec(c.type())).toArray(Codec[]::new);
        this.ownerKeyIndex = ownerKeyIndex;
        this.selectList = selectList;
        this.scope = scope;
    }

    public static JoinShape of(SessionContext session, Association a) {
        SqlTexts sql = session.sql();
        String table = a.through().orElseThrow();
        if (a.throughModel().isPresent()) {
            EntityType model = session.types().of(a.throughModel().get());
            List<ColumnInfo> columns = model.info().columnInfos();
            int ownerKey = indexOf(columns, a.foreignKeyColumn());
            return new JoinShape(sql.dialect().types(), table, model, columns, ownerKey, sql.columns(model, "j"), scope(session, a, "j"));
        }
        JoinTable join = session.types().schema().joinTable(table).orElseThrow();
        List<ColumnInfo> columns = join.columns();
        StringBuilder select = new StringBuilder();
        for (ColumnInfo c : columns) {
            select.append(select.length() == 0 ? "" : ", ").append("j.").append(sql.quote(c.name()));
        }
        return new JoinShape(sql.dialect().types(), table, null, columns, indexOf(columns, a.foreignKeyColumn()), select.toString(),
            scope(session, a, "j"));
    }

    /** @return the through scope of {@code a} on join rows aliased {@code alias} */
    public static ScopeClause scope(SessionContext session, Association a, String alias) {
        SqlTexts sql = session.sql();
        if (a.throughModel().isPresent()) {
            return ScopeClause.of(sql, session.types().of(a.throughModel().get()), alias, a.throughScope());
        }
        List<ColumnInfo> columns = session.types().schema().joinTable(a.through().orElseThrow()).orElseThrow().columns();
        Map<String, Object> scopeColumns = new LinkedHashMap<>();
        a.throughScope().forEach((field, value) -> scopeColumns.put(columnOf(columns, field), value));
        return ScopeClause.ofColumns(sql, alias, scopeColumns);
    }

    /** @return the column of a plain join table named by {@code field}: its column name, or the key name its declaration gave */
    public static String columnOf(List<ColumnInfo> columns, String field) {
        for (ColumnInfo c : columns) {
            if (c.name().equals(field) || c.field().filter(field::equals).isPresent()) {
                return c.name();
            }
        }
        return field;
    }

    private static int indexOf(List<ColumnInfo> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("join column " + name + " not found");
    }

    public String table() {
        return table;
    }

    public String selectList() {
        return selectList;
    }

    public int width() {
        return columns.size();
    }

    public String scopeSql() {
        return scope.sql();
    }

    public Object[] scopeValues() {
        return scope.values();
    }

    /** @return the join row of the current result row: a join-model entity or a column map */
    public Object read(ResultSet rows, Materializer materializer, LoadGroup group) throws SQLException {
        return read(rows, materializer, group, 1);
    }

    /** @return the join row whose columns start at {@code first} (1-based) in the current result row */
    public Object read(ResultSet rows, Materializer materializer, LoadGroup group, int first) throws SQLException {
        if (model != null) {
            return materializer.read(rows, model, first, group);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i).name(), codecs[i].read(rows, first + i));
        }
        return row;
    }

    /** @return the select list of the join row's columns qualified by {@code alias} */
    public String selectList(SqlTexts sql, String alias) {
        if (model != null) {
            return sql.columns(model, alias);
        }
        StringBuilder select = new StringBuilder();
        for (ColumnInfo c : columns) {
            select.append(select.length() == 0 ? "" : ", ").append(alias).append('.').append(sql.quote(c.name()));
        }
        return select.toString();
    }

    /** @return the owner's key in the current result row */
    public Object ownerKey(ResultSet rows) throws SQLException {
        return codecs[ownerKeyIndex].read(rows, ownerKeyIndex + 1);
    }

    /** @return the column names of a plain join table, in select order */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
