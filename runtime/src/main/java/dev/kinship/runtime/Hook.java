package dev.kinship.runtime;

/** The moments of an entity's life that {@link Hooks} can observe. */
public enum Hook {
    /** Before the INSERT; the hook may change the entity. */
    BEFORE_CREATE,
    /** After the INSERT, with the id assigned. */
    AFTER_CREATE,
    /** Before the UPDATE (also for each child a SET_NULL rule with hooks unlinks). */
    BEFORE_UPDATE,
    /** After the UPDATE. */
    AFTER_UPDATE,
    /** Before the DELETE (also for each child a CASCADE rule with hooks deletes). */
    BEFORE_DESTROY,
    /** After the DELETE. */
    AFTER_DESTROY
}
