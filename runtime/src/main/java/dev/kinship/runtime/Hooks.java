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
}
