package dev.kinship.dsl;

import dev.kinship.dsl.internal.MermaidWriter;
import dev.kinship.dsl.internal.ModelRegistration;
import dev.kinship.dsl.internal.ResolvedSchema;
import dev.kinship.dsl.internal.SchemaResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every registered model and every association between them, resolved and validated.
 * Immutable and thread-safe: build it once and share it.
 */
public final class Schema {

    private final Map<Class<?>, ModelInfo> models;
    private final Map<Class<?>, List<Association>> associations;
    private final List<JoinTable> joinTables;

    private Schema(ResolvedSchema resolved) {
        Map<Class<?>, ModelInfo> byClass = new LinkedHashMap<>();
        resolved.models().forEach(m -> byClass.put(m.type(), m));
        this.models = java.util.Collections.unmodifiableMap(byClass);
        Map<Class<?>, List<Association>> bySource = new LinkedHashMap<>();
        byClass.keySet().forEach(c -> bySource.put(c, new ArrayList<>()));
        resolved.associations().forEach(a -> bySource.get(a.source()).add(a));
        bySource.replaceAll((c, list) -> List.copyOf(list));
        this.associations = java.util.Collections.unmodifiableMap(bySource);
        this.joinTables = List.copyOf(resolved.joinTables());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the resolved model of {@code type}
     * @throws IllegalArgumentException when {@code type} is not registered (the message lists the models)
     */
    public ModelInfo model(Class<?> type) {
        ModelInfo info = models.get(Objects.requireNonNull(type, "type"));
        if (info == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a model of this schema. Registered models: "
                + modelNames() + ". Register it with Schema.builder().model(" + type.getSimpleName() + ".class).");
        }
        return info;
    }

    /** @return the resolved model of {@code type}, if registered */
    public Optional<ModelInfo> findModel(Class<?> type) {
        return Optional.ofNullable(models.get(type));
    }

    /** @return every model, in registration order */
    public Collection<ModelInfo> models() {
        return models.values();
    }

    /**
     * @return the associations declared with {@code source} as source, in declaration order
     * @throws IllegalArgumentException when {@code source} is not registered
     */
    public List<Association> associations(Class<?> source) {
        model(source);
        return associations.get(source);
    }

    /** @return every association of every model */
    public List<Association> associations() {
        return associations.values().stream().flatMap(List::stream).toList();
    }

    /**
     * @return the association of {@code source} named {@code alias}
     * @throws IllegalArgumentException when there is none (the message lists the aliases {@code source} has)
     */
    public Association association(Class<?> source, String alias) {
        return findAssociation(source, alias).orElseThrow(() -> new IllegalArgumentException(
            source.getSimpleName() + " has no association '" + alias + "'. Its associations: "
                + aliasesOf(source) + ". Use one of those aliases, or declare the association with Associations.of("
                + source.getSimpleName() + ".class)."));
    }

    /** @return the association of {@code source} named {@code alias}, if any */
    public Optional<Association> findAssociation(Class<?> source, String alias) {
        return associations(source).stream().filter(a -> a.alias().equals(alias)).findFirst();
    }

    /** @return the aliases of {@code source}'s associations, e.g. {@code [author, comments]} */
    public List<String> aliasesOf(Class<?> source) {
        return associations(source).stream().map(Association::alias).toList();
    }

    /** @return every belongsToMany join table, each once */
    public List<JoinTable> joinTables() {
        return joinTables;
    }

    /** @return the join table named {@code name}, if any */
    public Optional<JoinTable> joinTable(String name) {
        return joinTables.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** @return a Mermaid {@code erDiagram} of every model, join table and association */
    public String toMermaid() {
        return MermaidWriter.write(models.values(), associations(), joinTables);
    }

    private String modelNames() {
        return models.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public String toString() {
        return "Schema" + modelNames();
    }

    /**
     * Collects models and associations; {@link #build()} resolves and validates them. Not
     * thread-safe; the schema it builds is.
     */
    public static final class Builder {

        private final Map<Class<?>, ModelRegistration> models = new LinkedHashMap<>();
        private final List<Associations> associations = new ArrayList<>();
        private boolean underscored;

        private Builder() {
        }

        /**
         * Sets the default of {@link ModelOptions#underscored(boolean)} for every model.
         *
         * @return this builder
         */
        public Builder underscored(boolean underscored) {
            this.underscored = underscored;
            return this;
        }

        /**
         * Registers an entity class with default options.
         *
         * @return this builder
         * @throws NullPointerException when {@code type} is null
         */
        public Builder model(Class<?> type) {
            registration(type);
            return this;
        }

        /**
         * Registers an entity class and sets its options.
         *
         * @return this builder
         * @throws NullPointerException when an argument is null
         */
        public Builder model(Class<?> type, Consumer<ModelOptions> options) {
            Objects.requireNonNull(options, "options");
            options.accept(registration(type));
            return this;
        }

        /**
         * Adds the associations of one or more chains.
         *
         * @return this builder
         * @throws NullPointerException     when an argument is null
         * @throws IllegalArgumentException when a chain does not come from {@link Associations#of(Class)}
         */
        public Builder associate(Associations... chains) {
            Objects.requireNonNull(chains, "chains");
            for (int i = 0; i < chains.length; i++) {
                Associations chain = Objects.requireNonNull(chains[i], "chains[" + i + "]");
                if (!(chain instanceof AssociationChain)) {
                    throw new IllegalArgumentException("Associations must start with Associations.of(...); got "
                        + chain.getClass().getName());
                }
                associations.add(chain);
            }
            return this;
        }

        /**
         * Registers each class as a model and, where it declares {@code static Associations
         * associate()} (at any visibility), adds the associations it returns.
         *
         * @return this builder
         * @throws NullPointerException     when an argument is null
         * @throws AssociationDefinitionException when an {@code associate()} method is not static, fails or
         *                                        returns null
         */
        public Builder discover(Class<?>... types) {
            Objects.requireNonNull(types, "types");
            for (int i = 0; i < types.length; i++) {
                Class<?> type = Objects.requireNonNull(types[i], "types[" + i + "]");
                model(type);
                associateMethod(type).ifPresent(method -> associate(invoke(type, method)));
            }
            return this;
        }

        /**
         * Resolves every default and validates every declaration.
         *
         * @return the immutable schema
         * @throws AssociationDefinitionException when a declaration cannot work (the message
         *                                        names the association and how to fix it)
         */
        public Schema build() {
            List<dev.kinship.dsl.internal.Declaration> declarations = new ArrayList<>();
            associations.forEach(a -> declarations.addAll(((AssociationChain) a).chain.declarations()));
            return new Schema(SchemaResolver.resolve(new ArrayList<>(models.values()), declarations, underscored));
        }

        private ModelRegistration registration(Class<?> type) {
            Objects.requireNonNull(type, "type");
            return models.computeIfAbsent(type, ModelRegistration::new);
        }

        private static Optional<Method> associateMethod(Class<?> type) {
            try {
                Method method = type.getDeclaredMethod("associate");
                if (!Associations.class.isAssignableFrom(method.getReturnType())) {
                    return Optional.empty();
                }
                if (!Modifier.isStatic(method.getModifiers())) {
                    throw new AssociationDefinitionException(type.getSimpleName() + ".associate() is an instance method, "
                        + "so discover(...) cannot call it and its associations would be lost. Declare it as static "
                        + "Associations associate().");
                }
                return Optional.of(method);
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }

        private static Associations invoke(Class<?> type, Method method) {
            try {
                method.setAccessible(true);
                Associations result = (Associations) method.invoke(null);
                if (result == null) {
                    throw new AssociationDefinitionException(type.getSimpleName() + ".associate() returned null. "
                        + "Return the chain, e.g. return Associations.of(" + type.getSimpleName() + ".class).hasMany(...);");
                }
                return result;
            } catch (IllegalAccessException | RuntimeException e) {
                if (e instanceof KinshipException k) {
                    throw k;
                }
                throw new AssociationDefinitionException(type.getSimpleName() + ".associate() could not be called: " + e
                    + ". Make it a static method without parameters that returns Associations.", e);
            } catch (InvocationTargetException e) {
                throw new AssociationDefinitionException(type.getSimpleName() + ".associate() threw "
                    + e.getCause() + ". Fix the declaration inside it.", e.getCause());
            }
        }
    }
}
