package dev.kinship.dsl;

import static dev.kinship.dsl.internal.Declaration.Option.ALIAS;
import static dev.kinship.dsl.internal.Declaration.Option.ALLOW_NULL;
import static dev.kinship.dsl.internal.Declaration.Option.CONSTRAINTS;
import static dev.kinship.dsl.internal.Declaration.Option.FOREIGN_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.HOOKS;
import static dev.kinship.dsl.internal.Declaration.Option.ON_DELETE;
import static dev.kinship.dsl.internal.Declaration.Option.ON_UPDATE;
import static dev.kinship.dsl.internal.Declaration.Option.OTHER_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.SOURCE_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.TARGET_KEY;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_MODEL;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_TABLE;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_SOFT_DELETE;
import static dev.kinship.dsl.internal.Declaration.Option.THROUGH_UNIQUE;
import static dev.kinship.dsl.internal.Declaration.Option.TYPE_KEY;

import dev.kinship.dsl.internal.Declaration;
import dev.kinship.dsl.internal.Declaration.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The step implementations: each wraps an immutable {@link Chain} and returns new steps. */
abstract class AssociationChain implements Associations {

    final Chain chain;

    AssociationChain(Chain chain) {
        this.chain = chain;
    }

    @Override
    public Class<?> source() {
        return chain.source();
    }

    @Override
    public int size() {
        return chain.declarations().size();
    }

    @Override
    public HasOneStep hasOne(Class<?> target) {
        return new HasOne(start(AssociationKind.HAS_ONE, target));
    }

    @Override
    public BelongsToStep belongsTo(Class<?> target) {
        return new BelongsTo(start(AssociationKind.BELONGS_TO, target));
    }

    @Override
    public HasManyStep hasMany(Class<?> target) {
        return new HasMany(start(AssociationKind.HAS_MANY, target));
    }

    @Override
    public BelongsToManyStep belongsToMany(Class<?> target) {
        return new BelongsToMany(start(AssociationKind.BELONGS_TO_MANY, target));
    }

    @Override
    public BelongsToPolymorphicStep belongsToPolymorphic(String alias) {
        Declaration d = Declaration.of(AssociationKind.BELONGS_TO_POLYMORPHIC, chain.source(), null)
            .with(ALIAS, requireText(alias, "alias"));
        return new BelongsToPolymorphic(chain.append(d));
    }

    @Override
    public String toString() {
        return "Associations.of(" + chain.source().getSimpleName() + ") with " + size() + " declaration(s)";
    }

    private Chain start(AssociationKind kind, Class<?> target) {
        Objects.requireNonNull(target, "target");
        return chain.append(Declaration.of(kind, chain.source(), target));
    }

    static String requireText(String value, String argument) {
        Objects.requireNonNull(value, argument);
        if (value.isBlank()) {
            throw new IllegalArgumentException(argument + " must not be blank, but was '" + value + "'");
        }
        return value;
    }

    /** The chain before any association is started. */
    static final class Root extends AssociationChain {
        Root(Chain chain) {
            super(chain);
        }
    }

    /** Options shared by every kind, returning the concrete step type. */
    abstract static class Step<S extends AssociationStep<S>> extends AssociationChain implements AssociationStep<S> {

        Step(Chain chain) {
            super(chain);
        }

        abstract S wrap(Chain next);

        final S set(Option option, Object value) {
            return wrap(chain.updateLast(d -> d.with(option, value)));
        }

        final S text(Option option, String value, String argument) {
            return set(option, requireText(value, argument));
        }

        final S scoped(String field, Object value) {
            requireText(field, "scope field");
            return wrap(chain.updateLast(d -> d.withScope(field, value)));
        }

        @Override
        public S as(String alias) {
            return text(ALIAS, alias, "alias");
        }

        @Override
        public S foreignKey(String field) {
            return text(FOREIGN_KEY, field, "foreignKey");
        }

        @Override
        public S onDelete(ReferentialAction action) {
            return set(ON_DELETE, Objects.requireNonNull(action, "action"));
        }

        @Override
        public S onUpdate(ReferentialAction action) {
            return set(ON_UPDATE, Objects.requireNonNull(action, "action"));
        }

        @Override
        public S constraints(boolean constraints) {
            return set(CONSTRAINTS, constraints);
        }

        @Override
        public S hooks(boolean hooks) {
            return set(HOOKS, hooks);
        }
    }

    static final class HasOne extends Step<HasOneStep> implements HasOneStep {
        HasOne(Chain chain) {
            super(chain);
        }

        @Override
        HasOneStep wrap(Chain next) {
            return new HasOne(next);
        }

        @Override
        public HasOneStep sourceKey(String field) {
            return text(SOURCE_KEY, field, "sourceKey");
        }

        @Override
        public HasOneStep scope(String field, Object value) {
            return scoped(field, value);
        }

        @Override
        public HasOneStep allowNull(boolean allowNull) {
            return set(ALLOW_NULL, allowNull);
        }
    }

    static final class HasMany extends Step<HasManyStep> implements HasManyStep {
        HasMany(Chain chain) {
            super(chain);
        }

        @Override
        HasManyStep wrap(Chain next) {
            return new HasMany(next);
        }

        @Override
        public HasManyStep sourceKey(String field) {
            return text(SOURCE_KEY, field, "sourceKey");
        }

        @Override
        public HasManyStep scope(String field, Object value) {
            return scoped(field, value);
        }

        @Override
        public HasManyStep allowNull(boolean allowNull) {
            return set(ALLOW_NULL, allowNull);
        }
    }

    static final class BelongsTo extends Step<BelongsToStep> implements BelongsToStep {
        BelongsTo(Chain chain) {
            super(chain);
        }

        @Override
        BelongsToStep wrap(Chain next) {
            return new BelongsTo(next);
        }

        @Override
        public BelongsToStep targetKey(String field) {
            return text(TARGET_KEY, field, "targetKey");
        }

        @Override
        public BelongsToStep allowNull(boolean allowNull) {
            return set(ALLOW_NULL, allowNull);
        }
    }

    static final class BelongsToMany extends Step<BelongsToManyStep> implements BelongsToManyStep {
        BelongsToMany(Chain chain) {
            super(chain);
        }

        @Override
        BelongsToManyStep wrap(Chain next) {
            return new BelongsToMany(next);
        }

        @Override
        public BelongsToManyStep through(String joinTable) {
            return text(THROUGH_TABLE, joinTable, "joinTable");
        }

        @Override
        public BelongsToManyStep through(String joinTable, Consumer<Through> options) {
            requireText(joinTable, "joinTable");
            return withThrough(THROUGH_TABLE, joinTable, options);
        }

        @Override
        public BelongsToManyStep through(Class<?> joinModel) {
            return set(THROUGH_MODEL, Objects.requireNonNull(joinModel, "joinModel"));
        }

        @Override
        public BelongsToManyStep through(Class<?> joinModel, Consumer<Through> options) {
            return withThrough(THROUGH_MODEL, Objects.requireNonNull(joinModel, "joinModel"), options);
        }

        private BelongsToManyStep withThrough(Option option, Object through, Consumer<Through> options) {
            Objects.requireNonNull(options, "options");
            ThroughCollector collected = new ThroughCollector();
            options.accept(collected);
            return wrap(chain.updateLast(d -> {
                Declaration next = d.with(option, through).withThroughScope(collected.scope);
                next = collected.softDelete == null ? next : next.with(THROUGH_SOFT_DELETE, collected.softDelete);
                return collected.unique == null ? next : next.with(THROUGH_UNIQUE, collected.unique);
            }));
        }

        @Override
        public BelongsToManyStep otherKey(String field) {
            return text(OTHER_KEY, field, "otherKey");
        }

        @Override
        public BelongsToManyStep scope(String field, Object value) {
            return scoped(field, value);
        }
    }

    static final class BelongsToPolymorphic extends Step<BelongsToPolymorphicStep>
            implements BelongsToPolymorphicStep {
        BelongsToPolymorphic(Chain chain) {
            super(chain);
        }

        @Override
        BelongsToPolymorphicStep wrap(Chain next) {
            return new BelongsToPolymorphic(next);
        }

        @Override
        public BelongsToPolymorphicStep type(String value, Class<?> model) {
            requireText(value, "type value");
            Objects.requireNonNull(model, "type model");
            return wrap(chain.updateLast(d -> d.withType(value, model)));
        }

        @Override
        public BelongsToPolymorphicStep typeKey(String field) {
            return text(TYPE_KEY, field, "typeKey");
        }
    }

    /** Collects the options of one {@code through(..., options)} call. */
    private static final class ThroughCollector implements Through {
        private Boolean unique;
        private String softDelete;
        private final Map<String, Object> scope = new LinkedHashMap<>();

        @Override
        public Through softDelete(String field) {
            this.softDelete = requireText(field, "softDelete field");
            return this;
        }

        @Override
        public Through unique(boolean unique) {
            this.unique = unique;
            return this;
        }

        @Override
        public Through scope(String field, Object value) {
            scope.put(requireText(field, "through scope field"), value);
            return this;
        }
    }
}
