package dev.kinship.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One registered entity class, resolved: its table and columns. Immutable. */
public final class ModelInfo {

    private final Class<?> type;
    private final String table;
    private final List<ColumnInfo> columnInfos;
    private final List<String> columns;
    private final ColumnInfo id;
    private final List<List<String>> uniqueKeys;

    /**
     * @param type        the entity class
     * @param table       the SQL table name
     * @param columnInfos every column, in the order of the class's fields, kept key columns last
     */
    public ModelInfo(Class<?> type, String table, List<ColumnInfo> columnInfos) {
        this(type, table, columnInfos, List.of());
    }

    /**
     * @param type        the entity class
     * @param table       the SQL table name
     * @param columnInfos every column, in the order of the class's fields, kept key columns last
     * @param uniqueKeys  the columns of each UNIQUE constraint of {@code ModelOptions.unique}
     */
    public ModelInfo(Class<?> type, String table, List<ColumnInfo> columnInfos, List<List<String>> uniqueKeys) {
        this.uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
        this.type = Objects.requireNonNull(type, "type");
        this.table = Objects.requireNonNull(table, "table");
        this.columnInfos = List.copyOf(columnInfos);
        this.columns = this.columnInfos.stream().map(ColumnInfo::name).toList();
        this.id = this.columnInfos.stream().filter(ColumnInfo::id).findFirst().orElse(null);
    }

    /** @return the columns of each UNIQUE constraint declared with {@code ModelOptions.unique}, empty when none */
    public List<List<String>> uniqueKeys() {
        return uniqueKeys;
    }

    /** @return the entity class */
    public Class<?> type() {
        return type;
    }

    /** @return the SQL table name */
    public String table() {
        return table;
    }

    /**
     * @return the primary key's column name
     * @throws IllegalStateException for a join model without an {@code id} field
     */
    public String idColumn() {
        return idInfo().name();
    }

    /** @return whether the model has an {@code id} field (join models may not) */
    public boolean hasId() {
        return id != null;
    }

    /**
     * @return the primary key column
     * @throws IllegalStateException for a join model without an {@code id} field
     */
    public ColumnInfo idInfo() {
        if (id == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no 'id' field: it is a join model whose rows "
                + "are keyed by both foreign keys. Check hasId() first and use JoinTable.key() for such a model.");
        }
        return id;
    }

    /** @return the SQL column names, in order */
    public List<String> columns() {
        return columns;
    }

    /** @return every column with its field, type and constraints, in order */
    public List<ColumnInfo> columnInfos() {
        return columnInfos;
    }

    /** @return the column holding {@code field}, if the field is a column */
    public Optional<ColumnInfo> columnOfField(String field) {
        return columnInfos.stream().filter(c -> c.field().filter(field::equals).isPresent()).findFirst();
    }

    /** @return the column named {@code column} */
    public Optional<ColumnInfo> column(String column) {
        return columnInfos.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    @Override
    public String toString() {
        return type.getSimpleName() + " -> " + table + columns;
    }
}
