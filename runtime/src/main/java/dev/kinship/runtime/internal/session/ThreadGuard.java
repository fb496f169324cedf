package dev.kinship.runtime.internal.session;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps a session to one thread at a time: the thread inside a call holds it, and another
 * thread that enters meanwhile is refused with an {@link IllegalStateException} naming both.
 * Handing a session from one thread to the next, one call at a time, stays allowed.
 */
final class ThreadGuard {

    private final AtomicReference<Thread> holder = new AtomicReference<>();
    private int depth;

    /** The current thread enters a call (calls may nest). */
    void enter() {
        Thread current = Thread.currentThread();
        if (holder.get() == current) {
            depth++;
            return;
        }
        if (!holder.compareAndSet(null, current)) {
            throw refused(current);
        }
        depth = 1;
    }

    /** The current thread leaves the call it entered. */
    void exit() {
        if (--depth == 0) {
            holder.set(null);
        }
    }

    /** @throws IllegalStateException when another thread is inside a call of the session */
    void check() {
        Thread inside = holder.get();
        if (inside != null && inside != Thread.currentThread()) {
            throw refused(Thread.currentThread());
        }
    }

    private IllegalStateException refused(Thread current) {
        Thread inside = holder.get();
        return new IllegalStateException("Session used from two threads at once: thread '" + current.getName()
            + "' called it while thread '" + (inside == null ? "?" : inside.getName()) + "' was inside a call of "
            + "it. A session is for one thread at a time; open a session per thread (database.openSession()).");
    }
}
