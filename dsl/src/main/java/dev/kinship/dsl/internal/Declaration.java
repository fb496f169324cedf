package dev.kinship.dsl.internal;

import dev.kinship.dsl.AssociationKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One association as declared, before anything is resolved: the kind, source, target and the
 * options given explicitly (an option that is absent was not given). Immutable: every
 * {@code with*} returns a new declaration.
 */
public final class Declaration {

    /** The options a declaration may carry. */
    public enum Option {
        ALIAS, FOREIGN_KEY, SOURCE_KEY, TARGET_KEY, OTHER_KEY, ON_DELETE, ON_UPDATE, CONSTRAINTS,
        HOOKS, ALLOW_NULL, THROUGH_TABLE, THROUGH_MODEL, THROUGH_UNIQUE, THROUGH_SOFT_DELETE, TYPE_KEY
    }

    private final AssociationKind kind;
    private final Class<?> source;
    private final Class<?> target;
    private final Map<Option, Object> options;
    private final Map<String, Object> scope;
    private final Map<String, Object> throughScope;
    private final List<Map.Entry<String, Class<?>>> types;

    private Declaration(AssociationKind kind, Class<?> source, Class<?> target, Map<Option, Object> options,
            Map<String, Object> scope, Map<String, Object> throughScope, List<Map.Entry<String, Class<?>>> types) {
        this.kind = kind;
        this.source = source;
        this.target = target;
        this.options = options;
        this.scope = scope;
        this.throughScope = throughScope;
        this.types = types;
    }

    /** A declaration with no options yet; {@code target} is null for a polymorphic belongsTo. */
    public static Declaration of(AssociationKind kind, Class<?> source, Class<?> target) {
        return new Declaration(kind, source, target, Collections.unmodifiableMap(new EnumMap<>(Option.class)),
            Map.of(), Map.of(), List.of());
    }

    public AssociationKind kind() {
        return kind;
    }

    public Class<?> source() {
        return source;
    }

    /** @return the target, or null for a polymorphic belongsTo (see {@link #types()}) */
    public Class<?> target() {
        return target;
    }

    public boolean has(Option option) {
        return options.containsKey(option);
    }

    public <T> Optional<T> get(Option option, Class<T> type) {
        return Optional.ofNullable(type.cast(options.get(option)));
    }

    /** @return the join model given to {@code through(Class)}, if any */
    public Optional<Class<?>> throughModel() {
        return Optional.ofNullable((Class<?>) options.get(Option.THROUGH_MODEL));
    }

    /** Scope on the target's rows; a null value means IS NULL. Insertion order kept. */
    public Map<String, Object> scope() {
        return scope;
    }

    /** Scope on the join rows of a belongsToMany. */
    public Map<String, Object> throughScope() {
        return throughScope;
    }

    /** Type value to target model of a polymorphic belongsTo, in declaration order (duplicates kept for validation). */
    public List<Map.Entry<String, Class<?>>> types() {
        return types;
    }

    public Declaration with(Option option, Object value) {
        EnumMap<Option, Object> copy = new EnumMap<>(Option.class);
        copy.putAll(options);
        copy.put(option, value);
        return new Declaration(kind, source, target, Collections.unmodifiableMap(copy), scope, throughScope, types);
    }

    public Declaration withScope(String column, Object value) {
        return new Declaration(kind, source, target, options, put(scope, column, value), throughScope, types);
    }

    public Declaration withThroughScope(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>(throughScope);
        copy.putAll(values);
        return new Declaration(kind, source, target, options, scope, Collections.unmodifiableMap(copy), types);
    }

    public Declaration withType(String value, Class<?> model) {
        List<Map.Entry<String, Class<?>>> copy = new ArrayList<>(types);
        copy.add(Map.entry(value, model));
        return new Declaration(kind, source, target, options, scope, throughScope, List.copyOf(copy));
    }

    private static <V> Map<String, V> put(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }

    /** The way the declaration reads in messages: {@code Post.belongsTo(User)}. */
    public String describe() {
        String targetName = target == null ? String.join("|", typeNames()) : target.getSimpleName();
        return source.getSimpleName() + "." + kind.methodName() + "(" + targetName + ")";
    }

    private Iterable<String> typeNames() {
        return types.stream().map(e -> e.getValue().getSimpleName()).toList();
    }
}
