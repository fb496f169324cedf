package dev.kinship.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a model's table, resolved: its SQL name, the field that holds it (none for a
 * key column Kinship keeps itself), its Java type and its constraints. Immutable.
 */
public final class ColumnInfo {

    private final String name;
    private final String field;
    private final Class<?> type;
    private final boolean id;
    private final boolean generated;
    private final boolean nullable;

    /**
     * @param name      the SQL column name
     * @param field     the entity field holding the value, or null when Kinship keeps it; for a
     *                  join table named by a string, the key name its declaration gave
     * @param type      the Java type of the value (boxed where the field is primitive)
     * @param id        whether this is the primary key
     * @param generated whether the database assigns the value (Long/Integer ids)
     * @param nullable  whether the column accepts NULL
     */
    public ColumnInfo(String name, String field, Class<?> type, boolean id, boolean generated, boolean nullable) {
        this.name = Objects.requireNonNull(name, "name");
        this.field = field;
        this.type = Objects.requireNonNull(type, "type");
        this.id = id;
        this.generated = generated;
        this.nullable = nullable;
    }

    /** @return the SQL column name */
    public String name() {
        return name;
    }

    /**
     * @return the field holding the value; empty for a key column Kinship keeps itself; for a join
     *         table named by a string, the key name as declared (e.g. {@code postId} for column
     *         {@code post_id})
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** @return the Java type of the value; primitives are reported boxed */
    public Class<?> type() {
        return type;
    }

    /** @return whether this column is the primary key */
    public boolean id() {
        return id;
    }

    /** @return whether the database generates the value on insert */
    public boolean generated() {
        return generated;
    }

    /** @return whether the column accepts NULL */
    public boolean nullable() {
        return nullable;
    }

    @Override
    public String toString() {
        return name + " " + type.getSimpleName() + (id ? " PK" : "") + (nullable ? "" : " NOT NULL");
    }
}
