package dev.kinship.runtime;

import dev.kinship.runtime.internal.model.EntityTypes;
import java.util.Objects;

/** Helpers for entity instances that Kinship manages. */
public final class Entities {

    private Entities() {
    }

    /**
     * @return the user's class of {@code entity}: for a managed instance (an instance of the
     *         generated subclass) its entity class, for any other object its own class
     * @throws NullPointerException when {@code entity} is null
     */
    public static Class<?> classOf(Object entity) {
        return EntityTypes.userClass(Objects.requireNonNull(entity, "entity"));
    }

    /** @return whether {@code entity} is an instance Kinship manages (returned by a session) */
    public static boolean isManaged(Object entity) {
        return EntityTypes.stateOf(Objects.requireNonNull(entity, "entity")) != null;
    }

    /**
     * @return whether association {@code alias} of a managed {@code entity} is loaded (reading
     *         it costs no statement)
     * @throws IllegalArgumentException when {@code entity} is not managed or has no such association
     */
    public static boolean isLoaded(Object entity, String alias) {
        var state = EntityTypes.stateOf(Objects.requireNonNull(entity, "entity"));
        if (state == null) {
            throw new IllegalArgumentException(entity.getClass().getSimpleName() + " is not managed by a session.");
        }
        var slot = state.type().slot(alias).orElseThrow(() -> new IllegalArgumentException(state.type().name()
            + " has no association '" + alias + "'. Its associations: " + state.type().slotsByAlias().keySet() + "."));
        return state.isLoaded(slot.slot());
    }
}
