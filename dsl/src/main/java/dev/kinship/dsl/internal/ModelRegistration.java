package dev.kinship.dsl.internal;

import dev.kinship.dsl.ModelOptions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The options of one registered model, collected by {@code Schema.Builder}. Mutable until build(). */
public final class ModelRegistration implements ModelOptions {

    private final Class<?> type;
    private String table;
    private Boolean underscored;
    private final Map<String, String> columns = new LinkedHashMap<>();

    public ModelRegistration(Class<?> type) {
        this.type = type;
    }

    @Override
    public ModelOptions table(String table) {
        this.table = Naming.requireText(table, "table");
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
