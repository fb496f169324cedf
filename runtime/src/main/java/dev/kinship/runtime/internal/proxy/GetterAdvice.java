package dev.kinship.runtime.internal.proxy;

import dev.kinship.runtime.internal.proxy.LazyLoads;
import net.bytebuddy.asm.Advice;

/** Inlined at the start of an association getter: load the association if it is not loaded yet. */
public final class GetterAdvice {

    private GetterAdvice() {
    }

    @Advice.OnMethodEnter
    public static void enter(@Advice.This Object self, @Slot int slot) {
        LazyLoads.beforeGet(self, slot);
    }
}
