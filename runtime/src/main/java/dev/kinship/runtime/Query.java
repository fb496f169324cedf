package dev.kinship.runtime;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A query over one model. Each method returns the query (mutable, for one use in one thread).
 * {@code limit}, {@code offset} and {@code orderBy} apply to root entities whatever is included,
 * and {@link #count()} counts distinct roots.
 *
 * @param <T> the root type
 */
public interface Query<T> {

    /**
     * Keeps rows whose {@code field} equals {@code value} (null: IS NULL). Several calls are ANDed.
     *
     * @throws IllegalArgumentException when {@code field} is not a column of the model (the message
     *                                  lists them) or {@code value} does not fit it
     */
    Query<T> where(String field, Object value);

    /**
     * Keeps rows that match every one of {@code conditions} (made by {@link Where}), ANDed with
     * every other {@code where}. Fields may be paths through to-one associations
     * ({@code "author.username"}); the joins a path needs return the same roots.
     *
     * @throws IllegalArgumentException when a field, alias or path segment does not exist (the
     *                                  message lists what does) or a value does not fit its column
     * @throws NullPointerException     when a condition is null
     */
    Query<T> where(Condition... conditions);

    /**
     * Loads association {@code alias} with the roots.
     *
     * @throws dev.kinship.dsl.KinshipException when the model has no such association (the message
     *                                          lists its aliases)
     */
    Query<T> include(String alias);

    /** Loads association {@code alias} with options and nested includes. */
    Query<T> include(String alias, Consumer<Include> nested);

    /**
     * Orders by {@code field} (or a path through to-one associations, {@code "author.username"}),
     * ascending, NULLs first; later calls break ties.
     *
     * @throws IllegalArgumentException when the field or a path segment does not exist
     */
    Query<T> orderBy(String field);

    /**
     * Orders by {@code field} (or a path), descending, NULLs last.
     *
     * @throws IllegalArgumentException when the field or a path segment does not exist
     */
    Query<T> orderByDescending(String field);

    /** At most {@code limit} roots. */
    Query<T> limit(int limit);

    /** Skips the first {@code offset} roots. */
    Query<T> offset(int offset);

    /** @return every matching root */
    List<T> list();

    /** @return the first matching root */
    Optional<T> first();

    /** @return how many roots match */
    long count();

    /**
     * @return the matching roots, read as they are consumed (close the stream, e.g. with
     *         try-with-resources, to free its statement)
     */
    Stream<T> stream();
}
