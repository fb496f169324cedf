package dev.kinship.runtime.internal.model;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.internal.codec.TypeMapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The entity types of one Database, made once from its Schema. */
public final class EntityTypes {

    /** Makes the subclass of a model class that intercepts the given association accessors. */
    @FunctionalInterface
    public interface Subclasses {
        Class<?> subclassOf(Class<?> type, List<InterceptedAccessor> accessors);
    }

    private final Schema schema;
    private final Map<Class<?>, EntityType> byClass = new LinkedHashMap<>();
    private final Map<Class<?>, EntityType> byProxy = new LinkedHashMap<>();

    /** @param subclasses makes each model's generated subclass, which its {@link EntityType} receives */
    public EntityTypes(Schema schema, TypeMapping mapping, Subclasses subclasses) {
        this.schema = schema;
        for (ModelInfo info : schema.models()) {
            List<Association> associations = schema.associations(info.type());
            Class<?> proxy = subclasses.subclassOf(info.type(), EntityType.interceptedAccessors(info, associations));
            EntityType type = new EntityType(info, associations, mapping, proxy);
            byClass.put(info.type(), type);
            byProxy.put(type.proxyClass(), type);
        }
    }

    public Schema schema() {
        return schema;
    }

    /**
     * @return the type of model class {@code type} (or of its generated subclass)
     * @throws IllegalArgumentException when it is not a model (the message lists the models)
     */
    public EntityType of(Class<?> type) {
        EntityType found = byClass.get(type);
        if (found == null) {
            found = byProxy.get(type);
        }
        if (found == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a model of this schema. Models: "
                + byClass.keySet().stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "[", "]"))
                + ". Register it with Schema.builder().model(" + type.getSimpleName() + ".class).");
        }
        return found;
    }

    /** @return the fields that identify a row of {@code type}: its id, or a join model's two keys */
    public List<String> rowKey(EntityType type) {
        if (type.hasId()) {
            return List.of(type.id().name());
        }
        return schema.joinTables().stream().filter(j -> j.model().filter(type.type()::equals).isPresent())
            .findFirst().map(j -> j.key().stream().map(column -> fieldOf(type, column)).toList())
            .orElse(List.of());
    }

    private static String fieldOf(EntityType type, String column) {
        for (ColumnMapping c : type.columns()) {
            if (c.column().equals(column)) {
                return c.name();
            }
        }
        return column;
    }

    /** @return the type of {@code entity}, managed or not */
    public EntityType ofEntity(Object entity) {
        if (entity instanceof ManagedEntity m) {
            EntityState state = m.kinship$state();
            if (state != null) {
                EntityType type = state.type();
                if (byClass.get(type.type()) != type) {
                    throw new IllegalArgumentException(state.describe() + " is managed by another Database (it was "
                        + "loaded or written through that Database's sessions), so this Database cannot write or "
                        + "navigate it. Use a session of the Database it came from, or copy its fields into a new "
                        + type.name() + " for this one.");
                }
                return type;
            }
        }
        return of(entity.getClass());
    }

    public Iterable<EntityType> all() {
        return byClass.values();
    }

    /** @return the user's class of a managed instance (or the class itself) */
    public static Class<?> userClass(Object entity) {
        Class<?> type = entity.getClass();
        return entity instanceof ManagedEntity ? type.getSuperclass() : type;
    }

    /** @return the state of a managed instance, or null */
    public static EntityState stateOf(Object entity) {
        return entity instanceof ManagedEntity m ? m.kinship$state() : null;
    }
}
