package dev.kinship.dsl.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.lang3.ClassUtils;

/** Reads an entity class once: its fields (columns or association fields) and whether it can be subclassed. */
public final class EntityIntrospector {

    private static final Set<Class<?>> SIMPLE = Set.of(
        String.class, Long.class, Integer.class, Short.class, Byte.class, Double.class, Float.class,
        Boolean.class, Character.class, BigDecimal.class, UUID.class, byte[].class,
        LocalDate.class, LocalDateTime.class, Instant.class);

    private EntityIntrospector() {
    }

    /** One instance field of an entity. */
    public record FieldShape(String name, Class<?> rawType, Type genericType, Class<?> declaringClass) {

        /** @return whether the field maps to one column */
        public boolean simple() {
            return isSimpleType(rawType);
        }

        /** @return the boxed type of a column field */
        public Class<?> boxedType() {
            return ClassUtils.primitiveToWrapper(rawType);
        }

        public boolean primitive() {
            return rawType.isPrimitive();
        }
    }

    /** @return whether values of {@code type} map to one column */
    public static boolean isSimpleType(Class<?> type) {
        Class<?> boxed = ClassUtils.primitiveToWrapper(type);
        return SIMPLE.contains(boxed) || type.isEnum();
    }

    /** @return every non-static, non-transient, non-synthetic field, superclasses first */
    public static Map<String, FieldShape> fields(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        Map<String, FieldShape> fields = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                fields.put(f.getName(), new FieldShape(f.getName(), f.getType(), f.getGenericType(), c));
            }
        }
        return fields;
    }

    /**
     * @return why Kinship cannot subclass {@code type}, if it cannot (a sentence fragment such
     *         as "is final")
     */
    public static Optional<String> whyNotSubclassable(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isEnum()) {
            return Optional.of("is not a class of its own (a primitive, an array or an enum)");
        }
        if (type.isInterface()) {
            return Optional.of("is an interface");
        }
        if (type.isRecord()) {
            return Optional.of("is a record, and records are final");
        }
        int mod = type.getModifiers();
        if (Modifier.isFinal(mod)) {
            return Optional.of("is final");
        }
        if (Modifier.isAbstract(mod)) {
            return Optional.of("is abstract");
        }
        if (type.isMemberClass() && !Modifier.isStatic(mod)) {
            return Optional.of("is an inner class (not static)");
        }
        if (type.isAnonymousClass() || type.isLocalClass()) {
            return Optional.of("is an anonymous or local class");
        }
        if (Modifier.isPrivate(mod)) {
            return Optional.of("is private");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            if (Modifier.isPrivate(constructor.getModifiers())) {
                return Optional.of("has only a private no-arg constructor");
            }
        } catch (NoSuchMethodException e) {
            return Optional.of("has no no-arg constructor");
        }
        return Optional.empty();
    }

    /** @return the no-argument method {@code name} of {@code type} or a superclass, if any */
    public static Optional<Method> findMethod(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return Optional.of(c.getDeclaredMethod(name, parameters));
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return Optional.empty();
    }
}
