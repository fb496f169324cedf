package dev.kinship.runtime.internal.proxy;

import dev.kinship.runtime.internal.proxy.LazyLoads;
import net.bytebuddy.asm.Advice;

/** Inlined at the end of an association setter: what was set counts as loaded. */
public final class SetterAdvice {

    private SetterAdvice() {
    }

    @Advice.OnMethodExit
    public static void exit(@Advice.This Object self, @Slot int slot) {
        LazyLoads.afterSet(self, slot);
    }
}
