package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A hasMany/hasOne scope resolved against the target's columns once per operation, so that
 * writing it into a row, or checking a row against it, is handle calls and array indexing.
 */
final class ScopeValues {

    private final EntityType type;
    private final ColumnMapping[] columns;
    private final Object[] values;

    private ScopeValues(EntityType type, ColumnMapping[] columns, Object[] values) {
        this.type = type;
        this.columns = columns;
        this.values = values;
    }

    static ScopeValues of(EntityType type, Map<String, Object> scope) {
        ColumnMapping[] columns = new ColumnMapping[scope.size()];
        Object[] values = new Object[scope.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : scope.entrySet()) {
            columns[i] = type.column(e.getKey()).orElseThrow();
            values[i++] = e.getValue();
        }
        return new ScopeValues(type, columns, values);
    }

    ColumnMapping[] columns() {
        return columns;
    }

    /** @return the names of the scope's columns, in order */
    List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.length);
        for (ColumnMapping column : columns) {
            names.add(column.column());
        }
        return names;
    }

    /** @return the scope's values, in column order (a copy: callers may bind it) */
    Object[] values() {
        return values.clone();
    }

    int size() {
        return columns.length;
    }

    /** @return whether {@code entity}'s fields hold the scope's values */
    boolean matches(Object entity) {
        for (int i = 0; i < columns.length; i++) {
            if (!Objects.equals(type.get(entity, columns[i]), values[i])) {
                return false;
            }
        }
        return true;
    }

    /** Writes the scope's values into {@code entity} (a new row, before its insert). */
    void write(Object entity) {
        for (int i = 0; i < columns.length; i++) {
            type.set(entity, columns[i], values[i]);
        }
    }

    /** Writes the scope's values into {@code entity}, remembering the old ones. */
    void write(Object entity, Undo undo) {
        for (int i = 0; i < columns.length; i++) {
            undo.set(type, entity, columns[i], values[i]);
        }
    }
}
