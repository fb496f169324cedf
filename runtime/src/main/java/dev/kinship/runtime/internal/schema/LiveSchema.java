package dev.kinship.runtime.internal.schema;

import dev.kinship.dsl.ReferentialAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables of a live database, as its JDBC metadata reports them, by name.
 *
 * @param tables every table of the connection's schema
 */
record LiveSchema(Map<String, Table> tables) {

    LiveSchema {
        tables = Map.copyOf(tables);
    }

    Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    /**
     * @param name        the table's name
     * @param columns     its columns by name, in table order
     * @param primaryKey  the columns of its primary key
     * @param foreignKeys its foreign keys (single-column ones)
     * @param indexes     its indexes, unique constraints and primary key included where the
     *                    database keeps them as indexes
     */
    record Table(String name, Map<String, Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
            List<Index> indexes) {

        Optional<ForeignKey> foreignKey(String column) {
            return foreignKeys.stream().filter(f -> f.column().equals(column)).findFirst();
        }

        /** @return whether some index (or the primary key) covers exactly {@code columns}, unique if asked */
        boolean indexed(List<String> columns, boolean unique) {
            if (primaryKey.size() == columns.size() && primaryKey.containsAll(columns)) {
                return true;
            }
            return indexes.stream().anyMatch(i -> (i.unique() || !unique) && i.columns().size() == columns.size()
                && i.columns().containsAll(columns));
        }

        /** @return whether some index starts with {@code column}, so that lookups by it are served */
        boolean leads(String column) {
            return primaryKey.size() >= 1 && primaryKey.get(0).equals(column)
                || indexes.stream().anyMatch(i -> !i.columns().isEmpty() && i.columns().get(0).equals(column));
        }
    }

    /**
     * @param name       the column's name
     * @param type       its type as the metadata names it ({@code INTEGER}, {@code int8})
     * @param nullable   whether it accepts NULL
     * @param hasDefault whether it has a default or generates its values
     */
    record Column(String name, String type, boolean nullable, boolean hasDefault) {
    }

    /**
     * @param name       the constraint's name
     * @param column     the referring column
     * @param table      the referenced table
     * @param referenced the referenced column
     * @param onDelete   its ON DELETE rule
     * @param onUpdate   its ON UPDATE rule
     */
    record ForeignKey(String name, String column, String table, String referenced, ReferentialAction onDelete,
            ReferentialAction onUpdate) {
    }

    /**
     * @param name    the index's name
     * @param columns its columns in order
     * @param unique  whether it is unique
     */
    record Index(String name, List<String> columns, boolean unique) {
    }
}
