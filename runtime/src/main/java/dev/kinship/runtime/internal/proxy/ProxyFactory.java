package dev.kinship.runtime.internal.proxy;

import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.InterceptedAccessor;
import dev.kinship.runtime.internal.model.ManagedEntity;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.modifier.FieldPersistence;
import net.bytebuddy.description.modifier.SyntheticState;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.dynamic.scaffold.subclass.ConstructorStrategy;
import net.bytebuddy.implementation.FieldAccessor;
import net.bytebuddy.implementation.SuperMethodCall;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Makes the subclass of an entity class that intercepts its association getters and setters.
 * Classes are defined in the entity's own package through a private lookup (no agent, no
 * build step, any package on Java 17+). They are cached per entity class (in a
 * {@link ClassValue}, so a class loader that goes away takes its subclasses with it) and per
 * set of intercepted accessors; a subclass is generated at most once however many threads ask
 * at the same time. Nothing else of the user's class is overridden: equals, hashCode, toString
 * and every other method stay the user's, and the only added members (the state field and the
 * {@link ManagedEntity} methods) are not bean properties.
 */
public final class ProxyFactory {

    private static final ClassValue<Map<List<InterceptedAccessor>, Class<?>>> CACHE = new ClassValue<>() {
        @Override
        protected Map<List<InterceptedAccessor>, Class<?>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String STATE_FIELD = "kinship$state";

    private ProxyFactory() {
    }

    /**
     * @return the generated subclass of {@code type} intercepting {@code accessors}
     * @throws KinshipException when the class cannot be subclassed or a getter or setter is final
     */
    public static Class<?> proxyOf(Class<?> type, List<InterceptedAccessor> accessors) {
        return CACHE.get(type).computeIfAbsent(List.copyOf(accessors), a -> generate(type, a));
    }

    private static Class<?> generate(Class<?> type, List<InterceptedAccessor> accessors) {
        requireSubclassable(type);
        DynamicType.Builder<?> builder = new ByteBuddy()
            .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
            .name(type.getName() + "$Kinship$" + COUNTER.incrementAndGet())
            .defineField(STATE_FIELD, EntityState.class, Visibility.PRIVATE, FieldPersistence.TRANSIENT,
                SyntheticState.SYNTHETIC)
            .implement(ManagedEntity.class)
            .intercept(FieldAccessor.ofField(STATE_FIELD));
        for (InterceptedAccessor accessor : accessors) {
            if (accessor.getter() != null) {
                requireOverridable(type, "getter", accessor.getter());
                builder = builder.method(ElementMatchers.named(accessor.getter()).and(ElementMatchers.takesArguments(0)))
                    .intercept(Advice.withCustomMapping().bind(Slot.class, accessor.slot())
                        .to(GetterAdvice.class).wrap(SuperMethodCall.INSTANCE));
            }
            if (accessor.setter() != null) {
                requireOverridable(type, "setter", accessor.setter(), accessor.fieldType());
                builder = builder.method(ElementMatchers.named(accessor.setter()).and(ElementMatchers.takesArguments(1)))
                    .intercept(Advice.withCustomMapping().bind(Slot.class, accessor.slot())
                        .to(SetterAdvice.class).wrap(SuperMethodCall.INSTANCE));
            }
        }
        try (DynamicType.Unloaded<?> unloaded = builder.make()) {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return unloaded.load(type.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup)).getLoaded();
        } catch (IllegalAccessException | RuntimeException e) {
            throw new KinshipException("Model " + type.getSimpleName() + ": cannot define its lazy-loading subclass in "
                + "package '" + type.getPackageName() + "' (" + e.getMessage() + "). When " + type.getSimpleName()
                + " is in a named module, open that package to Kinship ('opens " + type.getPackageName()
                + " to dev.kinship.runtime;' or to ALL-UNNAMED).", e);
        }
    }

    /** What the schema's validation checks too, said the same way, for classes that reach here without it. */
    private static void requireSubclassable(Class<?> type) {
        String reason = null;
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isPrimitive() || type.isArray() || type.isEnum()) {
            reason = "is not a class that can be subclassed";
        } else if (type.isRecord()) {
            reason = "is a record, and records are final";
        } else if (Modifier.isFinal(modifiers)) {
            reason = "is final";
        } else if (Modifier.isAbstract(modifiers)) {
            reason = "is abstract";
        } else if (Modifier.isPrivate(modifiers)) {
            reason = "is private";
        } else if (type.isMemberClass() && !Modifier.isStatic(modifiers)) {
            reason = "is an inner class (not static)";
        } else {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                if (Modifier.isPrivate(constructor.getModifiers())) {
                    reason = "has only a private no-arg constructor";
                }
            } catch (NoSuchMethodException e) {
                reason = "has no no-arg constructor";
            }
        }
        if (reason != null) {
            String name = type.getSimpleName();
            throw new KinshipException("Model " + name + " " + reason + ". Kinship subclasses every entity class at "
                + "run time for lazy loading, so " + name + " must be a non-final, non-abstract class (not a record or "
                + "an interface) with a no-arg constructor that is at least package-private.");
        }
    }

    private static void requireOverridable(Class<?> type, String role, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == parameters.length
                        && Modifier.isFinal(m.getModifiers())) {
                    String call = type.getSimpleName() + "." + name + (parameters.length == 0 ? "()" : "(...)");
                    throw new KinshipException(role.equals("getter")
                        ? "Model " + type.getSimpleName() + ": getter " + call + " is final, so lazy loading cannot "
                            + "intercept it. Remove 'final' from " + name + "()."
                        : "Model " + type.getSimpleName() + ": setter " + call + " is final, so Kinship cannot mark "
                            + "the association loaded when it is called. Remove 'final' from " + name + "(...).");
                }
            }
        }
    }
}
