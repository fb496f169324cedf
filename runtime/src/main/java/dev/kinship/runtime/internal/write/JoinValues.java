package dev.kinship.runtime.internal.write;

import dev.kinship.dsl.ColumnInfo;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values a belongsToMany writes into join rows besides the two keys: the through values
 * given to {@code add(target, values)} (checked against the join model's fields or the join
 * table's columns), and, for a join model, the values its no-arg constructor gives its fields.
 */
final class JoinValues {

    private JoinValues() {
    }

    /**
     * @return {@code values} by column, in the order given
     * @throws IllegalArgumentException for a name that is no column, a key, the id, a scope column
     *                                  given another value than the scope's, or a value of the wrong type
     */
    static Map<String, Object> columns(AssociationOperations ops, EntityType joinModel, List<ColumnInfo> joinColumns,
            Map<String, Object> scopeColumns, Map<String, Object> values, String call) {
        Objects.requireNonNull(values, "throughValues");
        Map<String, Object> columns = new LinkedHashMap<>();
        String where = ops.describe(call) + ": ";
        String owner = joinModel != null ? "join model " + joinModel.name() : "join table '" + ops.a.through().orElseThrow()
            + "'";
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "through value name");
            Object value = e.getValue();
            ColumnInfo column = find(joinModel, joinColumns, name);
            if (column == null) {
                throw new IllegalArgumentException(where + "through value '" + name + "' is not a " + (joinModel != null
                    ? "field" : "column") + " of the " + owner + ". Its " + (joinModel != null ? "fields: "
                    + joinModel.columnsByName().keySet() : "columns: " + joinColumns.stream().map(ColumnInfo::name)
                    .toList()) + ".");
            }
            if (column.id() || column.name().equals(ops.a.foreignKeyColumn())
                    || column.name().equals(ops.a.otherKeyColumn().orElseThrow())) {
                throw new IllegalArgumentException(where + "through value '" + name + "' is " + (column.id()
                    ? "the id" : "a key") + " of the " + owner + ", which Kinship writes itself. Leave it out.");
            }
            if (scopeColumns.containsKey(column.name()) && !Objects.equals(scopeColumns.get(column.name()), value)) {
                throw new IllegalArgumentException(where + "through value '" + name + "' = " + value + " contradicts "
                    + "the through scope " + ops.a.throughScope() + ": such a join row would not link the two. Leave '"
                    + name + "' out; the scope's value is written.");
            }
            if (value != null && !column.type().isInstance(value)) {
                throw new IllegalArgumentException(where + "through value '" + name + "' is a "
                    + value.getClass().getSimpleName() + ", but the " + owner + " holds " + column.type().getSimpleName()
                    + " there. Pass a " + column.type().getSimpleName() + ".");
            }
            columns.put(column.name(), value);
        }
        return columns;
    }

    private static ColumnInfo find(EntityType joinModel, List<ColumnInfo> joinColumns, String name) {
        if (joinModel != null) {
            return joinModel.column(name).map(ColumnMapping::info).orElse(null);
        }
        for (ColumnInfo c : joinColumns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Adds to {@code out} the values a new instance of the join model holds (its field
     * initializers), for every column but the id and the two keys.
     */
    static void defaults(EntityType joinModel, String fkColumn, String otherColumn, Map<String, Object> out) {
        if (joinModel.hasId() && !joinModel.id().info().generated()) {
            throw new IllegalStateException("Join model " + joinModel.name() + " has an id the caller assigns ("
                + joinModel.id().type().getSimpleName() + "), so Kinship cannot add join rows for it. Give "
                + joinModel.name() + " a Long id, or no id, or insert its rows yourself.");
        }
        Object template = joinModel.newInstance();
        for (ColumnMapping c : joinModel.columns()) {
            String name = c.column();
            if (c.info().id() || c.kept() || name.equals(fkColumn) || name.equals(otherColumn)) {
                continue;
            }
            Object value = joinModel.get(template, c);
            if (value != null) {
                out.put(name, value);
            }
        }
    }

    /** Writes the through values into a loaded join-model instance, remembering the old ones. */
    static void write(EntityType joinModel, Object row, Map<String, Object> columns, Undo undo) {
        for (ColumnMapping c : joinModel.columns()) {
            if (columns.containsKey(c.column())) {
                undo.set(joinModel, row, c, columns.get(c.column()));
            }
        }
    }
}
