package dev.kinship.runtime;

import java.util.function.Consumer;

/**
 * Lifecycle callbacks of a {@link Database}. A hook registered for a class also runs for its
 * subclasses. An exception thrown by a hook aborts the operation and rolls back its transaction.
 */
public interface Hooks {

    /**
     * Registers {@code action} to run at {@code hook} for every entity of {@code type}; hooks of
     * one moment run in registration order.
     *
     * @return this registry
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code type} is not a model of the schema
     */
    <T> Hooks on(Class<T> type, Hook hook, Consumer<? super T> action);

    /**
     * Registers {@code action} to run at {@code hook} for every entity of {@code type}, given the
     * session of the write that runs it: its own writes through that session join the write's
     * transaction (behind a savepoint), so they commit or roll back with it. (A separate name, not
     * an overload of {@link #on}: a method reference would make an overload ambiguous.)
     *
     * @return this registry
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code type} is not a model of the schema
     */
    <T> Hooks onWithSession(Class<T> type, Hook hook, java.util.function.BiConsumer<? super T, Session> action);
}
