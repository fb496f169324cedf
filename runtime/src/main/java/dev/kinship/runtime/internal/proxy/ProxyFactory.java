package dev.kinship.runtime.internal.proxy;

import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.internal.loading.EntityState;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
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
 * build step) and cached by entity class and intercepted accessors, so a class is generated
 * at most once however many threads ask at the same time.
 */
public final class ProxyFactory {

    /** One intercepted association: its getter and setter (either may be absent) and its slot. */
    public record Accessor(String getter, String setter, Class<?> fieldType, int slot) {
    }

    private record Key(Class<?> type, List<Accessor> accessors) {
    }

    private static final Map<Key, Class<?>> CACHE = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String STATE_FIELD = "kinship$state";

    private ProxyFactory() {
    }

    /**
     * @return the generated subclass of {@code type} intercepting {@code accessors}
     * @throws KinshipException when a getter or setter is final or the class cannot be subclassed
     */
    public static Class<?> proxyOf(Class<?> type, List<Accessor> accessors) {
        return CACHE.computeIfAbsent(new Key(type, List.copyOf(accessors)), ProxyFactory::generate);
    }

    private static Class<?> generate(Key key) {
        Class<?> type = key.type();
        DynamicType.Builder<?> builder = new ByteBuddy()
            .subclass(type, ConstructorStrategy.Default.IMITATE_SUPER_CLASS_OPENING)
            .name(type.getName() + "$Kinship$" + COUNTER.incrementAndGet())
            .defineField(STATE_FIELD, EntityState.class, Visibility.PRIVATE)
            .implement(ManagedEntity.class)
            .intercept(FieldAccessor.ofField(STATE_FIELD));
        for (Accessor accessor : key.accessors()) {
            if (accessor.getter() != null) {
                requireOverridable(type, accessor.getter());
                builder = builder.method(ElementMatchers.named(accessor.getter()).and(ElementMatchers.takesArguments(0)))
                    .intercept(Advice.withCustomMapping().bind(Slot.class, accessor.slot())
                        .to(GetterAdvice.class).wrap(SuperMethodCall.INSTANCE));
            }
            if (accessor.setter() != null) {
                requireOverridable(type, accessor.setter(), accessor.fieldType());
                builder = builder.method(ElementMatchers.named(accessor.setter()).and(ElementMatchers.takesArguments(1)))
                    .intercept(Advice.withCustomMapping().bind(Slot.class, accessor.slot())
                        .to(SetterAdvice.class).wrap(SuperMethodCall.INSTANCE));
            }
        }
        try (DynamicType.Unloaded<?> unloaded = builder.make()) {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return unloaded.load(type.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup)).getLoaded();
        } catch (IllegalAccessException | RuntimeException e) {
            throw new KinshipException("Cannot generate the lazy-loading subclass of " + type.getName() + ": " + e
                + ". The class must be non-final, with a no-arg constructor that is at least package-private, in a "
                + "package Kinship may read (open it to Kinship when it is in a named module).", e);
        }
    }

    private static void requireOverridable(Class<?> type, String name, Class<?>... parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == parameters.length
                        && Modifier.isFinal(m.getModifiers())) {
                    throw new KinshipException(type.getSimpleName() + "." + name + "(...) is final, so lazy loading "
                        + "cannot intercept it. Remove 'final' from " + name + "().");
                }
            }
        }
    }
}
