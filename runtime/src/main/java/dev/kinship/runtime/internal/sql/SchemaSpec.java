package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.ReferentialAction;
import java.util.List;
import java.util.Optional;

/**
 * What a schema wants of the database, table by table: the frozen shape both the DDL writer and
 * the comparison with a live database start from.
 *
 * @param tables  every table, models first, then plain join tables, in declaration order
 * @param indexes an index on every key column, and a unique one on every referenced column that is
 *                not an id
 */
public record SchemaSpec(List<Table> tables, List<Index> indexes) {

    public SchemaSpec {
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
    }

    /** @return the table named {@code name} */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * One table.
     *
     * @param name        its name
     * @param model       the model it stores ({@code Model} or {@code join table Name})
     * @param columns     its columns, in field order
     * @param primaryKey  a composite primary key (a join table's), or empty
     * @param uniqueKey   a join model's UNIQUE pair, or empty
     * @param uniqueKeys  the model's own UNIQUE constraints ({@code ModelOptions.unique}), each its columns
     * @param foreignKeys its foreign keys
     */
    public record Table(String name, String model, List<Column> columns, List<String> primaryKey, List<String> uniqueKey,
            List<List<String>> uniqueKeys, List<ForeignKey> foreignKeys) {

        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            uniqueKey = List.copyOf(uniqueKey);
            uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
            foreignKeys = List.copyOf(foreignKeys);
        }

        /** @return the column named {@code name} */
        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        /** @return the foreign key on {@code column} */
        public Optional<ForeignKey> foreignKey(String column) {
            return foreignKeys.stream().filter(f -> f.column().equals(column)).findFirst();
        }

        /** @return whether {@code column} must refuse NULL (declared so, or part of the composite key) */
        public boolean notNull(Column column) {
            return !column.nullable() || primaryKey.contains(column.name());
        }
    }

    /**
     * One column.
     *
     * @param name      its name
     * @param field     {@code Model.field}, or the key name for a column without a field
     * @param type      the Java type it holds (boxed)
     * @param id        whether it is the id
     * @param generated whether the database generates its values
     * @param nullable  whether the model allows null in it
     */
    public record Column(String name, String field, Class<?> type, boolean id, boolean generated, boolean nullable) {
    }

    /**
     * A foreign key.
     *
     * @param name       its constraint name
     * @param column     the referring column
     * @param table      the referenced table
     * @param referenced the referenced column
     * @param onDelete   its ON DELETE rule
     * @param onUpdate   its ON UPDATE rule
     */
    public record ForeignKey(String name, String column, String table, String referenced, ReferentialAction onDelete,
            ReferentialAction onUpdate) {
    }

    /**
     * An index over one column.
     *
     * @param name   its name
     * @param table  its table
     * @param column its column
     * @param unique whether it is unique
     */
    public record Index(String name, String table, String column, boolean unique) {
    }
}
