package dev.kinship.runtime;

/** How a session loads an association that was not loaded when its getter is called. */
public enum LazyLoading {
    /** One statement per association for every entity loaded together (the default). */
    BATCHED,
    /** One statement per access: the classic N+1, for comparison or special needs. */
    PER_ENTITY,
    /** No lazy loading: an unloaded association throws {@link LazyLoadingException}. */
    OFF
}
