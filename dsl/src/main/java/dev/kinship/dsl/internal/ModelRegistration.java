package dev.kinship.dsl.internal;

import dev.kinship.dsl.ModelOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The options of one registered model, collected by {@code Schema.Builder}. Mutable until build(). */
public final class ModelRegistration implements ModelOptions {

    private final Class<?> type;
    private String table;
    private Boolean underscored;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<List<String>> uniques = new ArrayList<>();
    private final Set<String> notNulls = new LinkedHashSet<>();

    public ModelRegistration(Class<?> type) {
        this.type = type;
    }

    @Override
    public ModelOptions table(String table) {
        String name = Naming.requireText(table, "table");
        if (this.table != null && !this.table.equals(name)) {
            throw new IllegalArgumentException("Model " + type.getSimpleName() + " was given table '" + this.table
                + "' and now '" + name + "'; a model has one table. Register " + type.getSimpleName() + " once, or "
                + "keep one table(...) call.");
        }
        this.table = name;
        return this;
    }

    @Override
    public ModelOptions underscored(boolean underscored) {
        this.underscored = underscored;
        return this;
    }

    @Override
    public ModelOptions column(String field, String column) {
        columns.put(Naming.requireText(field, "field"), Naming.requireText(column, "column"));
        return this;
    }

    @Override
    public ModelOptions unique(String... fields) {
        List<String> key = fields("unique", fields);
        if (new LinkedHashSet<>(key).size() != key.size()) {
            throw new IllegalArgumentException("unique" + key + " names a field twice. Name each field of the "
                + "constraint once.");
        }
        uniques.add(key);
        return this;
    }

    @Override
    public ModelOptions notNull(String... fields) {
        notNulls.addAll(fields("notNull", fields));
        return this;
    }

    private static List<String> fields(String call, String... fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.length == 0) {
            throw new IllegalArgumentException(call + "() needs at least one field, e.g. " + call + "(\"isbn\").");
        }
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            names.add(Naming.requireText(field, "field"));
        }
        return List.copyOf(names);
    }

    /** @return the UNIQUE constraints, each a list of fields */
    public List<List<String>> uniques() {
        return Collections.unmodifiableList(uniques);
    }

    /** @return the fields made NOT NULL */
    public Set<String> notNulls() {
        return Collections.unmodifiableSet(notNulls);
    }

    public Class<?> type() {
        return type;
    }

    /** @return the explicit table name, or null */
    public String table() {
        return table;
    }

    public boolean isUnderscored(boolean fallback) {
        return underscored == null ? fallback : underscored;
    }

    public Map<String, String> columns() {
        return Collections.unmodifiableMap(columns);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelRegistration r && r.type.equals(type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type);
    }
}
