package dev.kinship.runtime.internal.mapping;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.runtime.internal.codec.Codec;
import dev.kinship.runtime.internal.codec.TypeMapping;
import dev.kinship.runtime.internal.loading.EntityState;
import dev.kinship.runtime.internal.proxy.ManagedEntity;
import dev.kinship.runtime.internal.proxy.ProxyFactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.lang3.StringUtils;

/**
 * Everything the runtime needs about one model, computed once per Database: the generated
 * subclass and its constructor, the handles of every column and association field, in a fixed
 * order. Per-row work is array indexing and handle calls.
 */
public final class EntityType {

    private final Class<?> type;
    private final ModelInfo info;
    private final Class<?> proxyClass;
    private final MethodHandle constructor;
    private final ColumnMapping[] columns;
    private final int idIndex;
    private final int keptCount;
    private final Map<String, ColumnMapping> byName;
    private final AssociationSlot[] slots;
    private final Map<String, AssociationSlot> byAlias;
    private final Codec[] insertCodecs;
    private final Codec[] insertCodecsWithoutId;
    private final Codec[] updateCodecs;

    public EntityType(ModelInfo info, List<Association> associations, TypeMapping types) {
        this.type = info.type();
        this.info = info;
        List<ColumnMapping> mapped = new ArrayList<>();
        Map<String, ColumnMapping> names = new LinkedHashMap<>();
        int kept = 0;
        int id = -1;
        for (ColumnInfo column : info.columnInfos()) {
            ColumnMapping mapping;
            if (column.field().isPresent()) {
                Field field = Accessors.field(type, column.field().get());
                mapping = new ColumnMapping(column, field.getName(), codec(types, info, column, field.getName()),
                    Accessors.getter(field), Accessors.setter(field), -1);
            } else {
                String key = keyName(column, associations);
                mapping = new ColumnMapping(column, key, codec(types, info, column, key), null, null, kept++);
            }
            if (column.id()) {
                id = mapped.size();
            }
            mapped.add(mapping);
            names.put(mapping.name(), mapping);
        }
        this.columns = mapped.toArray(ColumnMapping[]::new);
        this.byName = Collections.unmodifiableMap(names);
        this.keptCount = kept;
        this.idIndex = id;
        this.insertCodecs = mapped.stream().map(ColumnMapping::codec).toArray(Codec[]::new);
        List<Codec> withoutId = new ArrayList<>();
        for (int i = 0; i < mapped.size(); i++) {
            if (i != id) {
                withoutId.add(mapped.get(i).codec());
            }
        }
        this.insertCodecsWithoutId = withoutId.toArray(Codec[]::new);
        if (id >= 0) {
            withoutId.add(mapped.get(id).codec());
        }
        this.updateCodecs = withoutId.toArray(Codec[]::new);
        List<AssociationSlot> slotList = new ArrayList<>();
        List<ProxyFactory.Accessor> accessors = new ArrayList<>();
        Map<String, AssociationSlot> aliases = new LinkedHashMap<>();
        for (Association a : associations) {
            int slot = slotList.size();
            MethodHandle getter = null;
            MethodHandle setter = null;
            if (a.field().isPresent()) {
                Field field = Accessors.field(type, a.field().get());
                getter = Accessors.getter(field);
                setter = Accessors.setter(field);
                accessors.add(new ProxyFactory.Accessor(findGetter(a.alias()), findSetter(a.alias(), field.getType()),
                    field.getType(), slot));
            }
            AssociationSlot s = new AssociationSlot(a, slot, getter, setter);
            slotList.add(s);
            aliases.put(a.alias(), s);
        }
        this.slots = slotList.toArray(AssociationSlot[]::new);
        this.byAlias = Collections.unmodifiableMap(aliases);
        this.proxyClass = ProxyFactory.proxyOf(type, accessors);
        try {
            this.constructor = MethodHandles.privateLookupIn(proxyClass, MethodHandles.lookup())
                .findConstructor(proxyClass, MethodType.methodType(void.class))
                .asType(MethodType.methodType(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No constructor on generated " + proxyClass.getName(), e);
        }
    }

    private static Codec codec(TypeMapping mapping, ModelInfo info, ColumnInfo column, String field) {
        return mapping.columnCodec(column.type(), info.type().getSimpleName(), field, column.name(), info.table());
    }

    private static String keyName(ColumnInfo column, List<Association> associations) {
        return associations.stream().filter(a -> a.foreignKeyColumn().equals(column.name()))
            .map(Association::foreignKey).findFirst()
            .or(() -> associations.stream().filter(a -> a.typeColumn().filter(column.name()::equals).isPresent())
                .map(a -> a.typeKey().orElseThrow()).findFirst())
            .orElse(column.name());
    }

    private String findGetter(String alias) {
        String name = "get" + StringUtils.capitalize(alias);
        return Accessors.hasMethod(type, name) ? name : null;
    }

    private String findSetter(String alias, Class<?> fieldType) {
        String name = "set" + StringUtils.capitalize(alias);
        return Accessors.hasMethod(type, name, fieldType) ? name : null;
    }

    public Class<?> type() {
        return type;
    }

    public ModelInfo info() {
        return info;
    }

    public String name() {
        return type.getSimpleName();
    }

    public Class<?> proxyClass() {
        return proxyClass;
    }

    public ColumnMapping[] columns() {
        return columns;
    }

    public ColumnMapping id() {
        return columns[idIndex];
    }

    public boolean hasId() {
        return idIndex >= 0;
    }

    public int idIndex() {
        return idIndex;
    }

    /** @return the codecs of the columns an INSERT binds, in column order: all of them, or all but a generated id */
    public Codec[] insertCodecs(boolean withoutId) {
        return withoutId ? insertCodecsWithoutId : insertCodecs;
    }

    /** @return the codecs of the values an UPDATE by id binds: every column but the id, then the id */
    public Codec[] updateCodecs() {
        return updateCodecs;
    }

    public int keptCount() {
        return keptCount;
    }

    /** @return the column of a field or kept key name */
    public Optional<ColumnMapping> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Map<String, ColumnMapping> columnsByName() {
        return byName;
    }

    public AssociationSlot[] slots() {
        return slots;
    }

    public Optional<AssociationSlot> slot(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    public Map<String, AssociationSlot> slotsByAlias() {
        return byAlias;
    }

    /** @return a new, empty instance of the generated subclass */
    public Object newInstance() {
        try {
            return (Object) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the value of {@code column} on {@code entity} (kept keys from its state) */
    public Object get(Object entity, ColumnMapping column) {
        if (column.kept()) {
            EntityState state = entity instanceof ManagedEntity m ? m.kinship$state() : null;
            return state == null ? null : state.kept(column.keptIndex());
        }
        try {
            return (Object) column.getter().invokeExact(entity);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code value} to {@code column} of {@code entity} (kept keys into its state). */
    public void set(Object entity, ColumnMapping column, Object value) {
        if (column.kept()) {
            EntityState state = entity instanceof ManagedEntity m ? m.kinship$state() : null;
            if (state != null) {
                state.kept(column.keptIndex(), value);
            }
            return;
        }
        try {
            column.setter().invokeExact(entity, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public Object idOf(Object entity) {
        return get(entity, id());
    }

    @Override
    public String toString() {
        return "EntityType[" + name() + "]";
    }
}
