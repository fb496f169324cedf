package dev.kinship.runtime.internal.model;

import dev.kinship.dsl.KinshipException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** Builds, once per field, the method handles that read and write it: {@code (Object)Object} and {@code (Object,Object)void}. */
public final class Accessors {

    private static final MethodType GET = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SET = MethodType.methodType(void.class, Object.class, Object.class);

    private Accessors() {
    }

    /** @return the field {@code name} of {@code type} or a superclass */
    public static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new IllegalStateException(type.getName() + " has no field " + name);
    }

    /** @return whether {@code type} or a superclass declares method {@code name} with exactly {@code parameters} */
    public static boolean hasMethod(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredMethod(name, parameters);
                return true;
            } catch (NoSuchMethodException e) {
                // look further up
            }
        }
        return false;
    }

    /** @return a handle reading {@code field}, typed {@code (Object)Object} */
    public static MethodHandle getter(Field field) {
        try {
            return lookup(field).unreflectGetter(field).asType(GET);
        } catch (IllegalAccessException e) {
            throw inaccessible(field, e);
        }
    }

    /**
     * @return a handle writing {@code field}, typed {@code (Object,Object)void}; a null written
     *         into a primitive field becomes its zero value
     */
    public static MethodHandle setter(Field field) {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new KinshipException(field.getDeclaringClass().getSimpleName() + "." + field.getName()
                + " is final, so Kinship cannot fill it from a row. Remove 'final' or make the field transient.");
        }
        try {
            MethodHandle setter = lookup(field).unreflectSetter(field);
            if (field.getType().isPrimitive()) {
                MethodHandle orZero = MethodHandles.filterArguments(setter, 1, nullToZero(field.getType()));
                return orZero.asType(SET);
            }
            return setter.asType(SET);
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw inaccessible(field, e);
        }
    }

    private static MethodHandle nullToZero(Class<?> primitive) throws NoSuchMethodException, IllegalAccessException {
        Object zero = java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(primitive, 1), 0);
        MethodHandle unbox = MethodHandles.identity(Object.class);
        MethodHandle test = MethodHandles.lookup().findStatic(java.util.Objects.class, "isNull",
            MethodType.methodType(boolean.class, Object.class));
        MethodHandle constant = MethodHandles.dropArguments(MethodHandles.constant(Object.class, zero), 0, Object.class);
        return MethodHandles.guardWithTest(test, constant, unbox)
            .asType(MethodType.methodType(primitive, Object.class));
    }

    private static MethodHandles.Lookup lookup(Field field) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
    }

    private static KinshipException inaccessible(Field field, Exception e) {
        return new KinshipException("Kinship cannot access " + field.getDeclaringClass().getName() + "."
            + field.getName() + ": " + e.getMessage() + ". When the class is in a named module, open its package "
            + "to Kinship.", e);
    }
}
