package dev.kinship.runtime.internal.model;

/**
 * Implemented by every generated entity subclass: access to the Kinship state kept beside the
 * user's fields. The method names are not bean getters, so serialisers do not see them.
 */
public interface ManagedEntity {

    /** @return the state, or null while the instance is being built */
    EntityState kinship$state();

    /** Attaches the state. */
    void kinship$state(EntityState state);
}
