package dev.kinship.dsl.internal;

import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.dsl.internal.EntityIntrospector.FieldShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A model while the schema resolves: mutable, never seen outside the resolver. */
final class ModelDraft {

    private static final Set<Class<?>> GENERATED_IDS = Set.of(Long.class, Integer.class);

    final Class<?> type;
    final String table;
    final boolean underscored;
    final Map<String, String> columnOverrides;
    final Map<String, FieldShape> fields;
    final List<List<String>> uniques;
    final Set<String> notNulls;
    /** Key columns without a field, by key name, with their Java type. */
    final Map<String, Class<?>> keptKeys = new LinkedHashMap<>();
    /** Key name → whether its column accepts NULL, as resolved from the associations sharing it. */
    final Map<String, Boolean> keyNullability = new HashMap<>();

    ModelDraft(ModelRegistration registration, boolean underscoredDefault) {
        this.type = registration.type();
        this.underscored = registration.isUnderscored(underscoredDefault);
        String name = Naming.plural(type.getSimpleName());
        this.table = registration.table() != null ? registration.table() : underscored ? Naming.snake(name) : name;
        this.columnOverrides = registration.columns();
        this.fields = EntityIntrospector.fields(type);
        this.uniques = registration.uniques();
        this.notNulls = registration.notNulls();
    }

    String name() {
        return type.getSimpleName();
    }

    /** The column of a field or of a kept key: explicit, else snake case when underscored, else the name. */
    String columnName(String fieldOrKey) {
        String explicit = columnOverrides.get(fieldOrKey);
        if (explicit != null) {
            return explicit;
        }
        return underscored ? Naming.snake(fieldOrKey) : fieldOrKey;
    }

    Optional<FieldShape> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    Optional<FieldShape> simpleField(String name) {
        return field(name).filter(FieldShape::simple);
    }

    /** A field whose name differs from {@code name} only in case. */
    Optional<FieldShape> fieldIgnoringCase(String name) {
        return fields.values().stream()
            .filter(f -> !f.name().equals(name) && f.name().equalsIgnoreCase(name))
            .findFirst();
    }

    Optional<FieldShape> id() {
        return simpleField("id");
    }

    /** The type of a key: the field's boxed type, or the kept key's type. */
    Optional<Class<?>> keyType(String key) {
        Optional<FieldShape> f = simpleField(key);
        if (f.isPresent()) {
            return Optional.of(f.get().boxedType());
        }
        return Optional.ofNullable(keptKeys.get(key));
    }

    List<String> simpleFieldNames() {
        return fields.values().stream().filter(FieldShape::simple).map(FieldShape::name).toList();
    }

    ModelInfo freeze() {
        List<ColumnInfo> columns = new ArrayList<>();
        for (FieldShape f : fields.values()) {
            if (!f.simple()) {
                continue;
            }
            boolean id = f.name().equals("id");
            boolean nullable = !id && !f.primitive() && keyNullability.getOrDefault(f.name(), true)
                && !notNulls.contains(f.name());
            columns.add(new ColumnInfo(columnName(f.name()), f.name(), f.boxedType(), id,
                id && GENERATED_IDS.contains(f.boxedType()), nullable));
        }
        keptKeys.forEach((key, keyType) -> columns.add(
            new ColumnInfo(columnName(key), null, keyType, false, false, keyNullability.getOrDefault(key, true))));
        List<List<String>> uniqueColumns = uniques.stream()
            .map(key -> key.stream().map(this::columnName).toList()).toList();
        return new ModelInfo(type, table, columns, uniqueColumns);
    }
}
