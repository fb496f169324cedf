package dev.kinship.runtime.internal.proxy;

import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.ManagedEntity;

/** Called from the code inlined into generated getters and setters. */
public final class LazyLoads {

    private LazyLoads() {
    }

    /** Before an association getter runs: load the association unless it is loaded. */
    public static void beforeGet(Object self, int slot) {
        EntityState state = ((ManagedEntity) self).kinship$state();
        if (state == null || state.isLoaded(slot)) {
            return;
        }
        state.loader().lazyLoad(state, slot);
    }

    /** After an association setter ran: what was set is loaded, and no lazy load overwrites it. */
    public static void afterSet(Object self, int slot) {
        EntityState state = ((ManagedEntity) self).kinship$state();
        if (state != null) {
            state.loaded(slot, true);
        }
    }
}
