package dev.kinship.runtime.internal.write;

import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Hooks;
import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The hooks of one Database. Thread-safe; registration is rare, lookups are per write. */
public final class HookRegistry implements Hooks {

    private record Registration(Class<?> type, Consumer<Object> action) {
    }

    private final EntityTypes types;
    private final Map<Hook, List<Registration>> byHook = new EnumMap<>(Hook.class);
    private final Map<Class<?>, Map<Hook, List<Consumer<Object>>>> resolved = new ConcurrentHashMap<>();

    public HookRegistry(EntityTypes types) {
        this.types = types;
        for (Hook hook : Hook.values()) {
            byHook.put(hook, new CopyOnWriteArrayList<>());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Hooks on(Class<T> type, Hook hook, Consumer<? super T> action) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(action, "action");
        boolean known = false;
        for (var t : types.all()) {
            known |= type.isAssignableFrom(t.type());
        }
        if (!known) {
            types.of(type);
        }
        byHook.get(hook).add(new Registration(type, (Consumer<Object>) action));
        resolved.clear();
        return this;
    }

    /** @return whether any hook of {@code hook} applies to {@code type} */
    public boolean has(Class<?> type, Hook hook) {
        return !actions(type, hook).isEmpty();
    }

    /** Runs the hooks of {@code hook} for {@code entity} (of model {@code type}) in registration order. */
    public void run(Class<?> type, Hook hook, Object entity) {
        for (Consumer<Object> action : actions(type, hook)) {
            action.accept(entity);
        }
    }

    private List<Consumer<Object>> actions(Class<?> type, Hook hook) {
        return resolved.computeIfAbsent(type, t -> {
            Map<Hook, List<Consumer<Object>>> map = new EnumMap<>(Hook.class);
            for (Hook h : Hook.values()) {
                List<Consumer<Object>> list = new ArrayList<>();
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
