package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Hooks;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The hooks of one Database. Thread-safe; registration is rare, lookups are per write. A hook
 * registered with {@link #onWithSession} gets the session whose write runs it: the session sets
 * itself as the thread's current one while a write of its runs ({@link #enter}).
 */
public final class HookRegistry implements Hooks {

    private record Registration(Class<?> type, BiConsumer<Object, Session> action) {
    }

    private static final ThreadLocal<Session> CURRENT = new ThreadLocal<>();

    private final EntityTypes types;
    private final Map<Hook, List<Registration>> byHook = new EnumMap<>(Hook.class);
    private final Map<Class<?>, Map<Hook, List<BiConsumer<Object, Session>>>> resolved = new ConcurrentHashMap<>();

    public HookRegistry(EntityTypes types) {
        this.types = types;
        for (Hook hook : Hook.values()) {
            byHook.put(hook, new CopyOnWriteArrayList<>());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Hooks on(Class<T> type, Hook hook, Consumer<? super T> action) {
        Objects.requireNonNull(action, "action");
        Consumer<Object> plain = (Consumer<Object>) action;
        return register(type, hook, (entity, session) -> plain.accept(entity));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Hooks onWithSession(Class<T> type, Hook hook, BiConsumer<? super T, Session> action) {
        Objects.requireNonNull(action, "action");
        return register(type, hook, (BiConsumer<Object, Session>) action);
    }

    private Hooks register(Class<?> type, Hook hook, BiConsumer<Object, Session> action) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hook, "hook");
        boolean known = false;
        for (var t : types.all()) {
            known |= type.isAssignableFrom(t.type());
        }
        if (!known) {
            types.of(type);
        }
        byHook.get(hook).add(new Registration(type, action));
        resolved.clear();
        return this;
    }

    /** @return whether any hook of {@code hook} applies to {@code type} */
    public boolean has(Class<?> type, Hook hook) {
        return !actions(type, hook).isEmpty();
    }

    /** Runs the hooks of {@code hook} for {@code entity} (of model {@code type}) in registration order. */
    public void run(Class<?> type, Hook hook, Object entity) {
        List<BiConsumer<Object, Session>> actions = actions(type, hook);
        if (actions.isEmpty()) {
            return;
        }
        Session session = CURRENT.get();
        for (BiConsumer<Object, Session> action : actions) {
            action.accept(entity, session);
        }
    }

    /**
     * Makes {@code session} the thread's current session, whose writes run the hooks;
     * @return the one it replaces, to give back to {@link #leave} when the write ends
     */
    public static Session enter(Session session) {
        Session previous = CURRENT.get();
        CURRENT.set(session);
        return previous;
    }

    /** Gives the thread back the current session it had before {@link #enter}. */
    public static void leave(Session previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    private List<BiConsumer<Object, Session>> actions(Class<?> type, Hook hook) {
        return resolved.computeIfAbsent(type, t -> {
            Map<Hook, List<BiConsumer<Object, Session>>> map = new EnumMap<>(Hook.class);
            for (Hook h : Hook.values()) {
                List<BiConsumer<Object, Session>> list = new ArrayList<>();
                for (Registration r : byHook.get(h)) {
                    if (r.type().isAssignableFrom(t)) {
                        list.add(r.action());
                    }
                }
                map.put(h, List.copyOf(list));
            }
            return map;
        }).get(hook);
    }
}
