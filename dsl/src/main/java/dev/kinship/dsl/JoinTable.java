package dev.kinship.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A belongsToMany join table, resolved: its name, its model class where one was given, its
 * columns and the key that keeps pairs apart. Immutable.
 */
public final class JoinTable {

    /** How a join table keeps its rows apart. */
    public enum KeyKind {
        /** The key columns form the primary key (no {@code id} of its own). */
        PRIMARY_KEY,
        /** The model has its own id; the key columns are UNIQUE together. */
        UNIQUE,
        /** The same pair may appear more than once ({@code unique(false)}). */
        NONE
    }

    private final String name;
    private final Class<?> model;
    private final List<ColumnInfo> columns;
    private final List<String> key;
    private final KeyKind keyKind;

    /**
     * @param name    the table name
     * @param model   the join model, or null for a table named by a string
     * @param columns its columns (for a model, the model's)
     * @param key     the columns of the composite primary key or unique constraint
     * @param keyKind how {@code key} is enforced
     */
    public JoinTable(String name, Class<?> model, List<ColumnInfo> columns, List<String> key, KeyKind keyKind) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = model;
        this.columns = List.copyOf(columns);
        this.key = List.copyOf(key);
        this.keyKind = Objects.requireNonNull(keyKind, "keyKind");
    }

    /** @return the table name */
    public String name() {
        return name;
    }

    /** @return the join model, empty for a table named by a string */
    public Optional<Class<?>> model() {
        return Optional.ofNullable(model);
    }

    /** @return the columns of the table */
    public List<ColumnInfo> columns() {
        return columns;
    }

    /** @return the columns that are unique together */
    public List<String> key() {
        return key;
    }

    /** @return how {@link #key()} is enforced */
    public KeyKind keyKind() {
        return keyKind;
    }
}
