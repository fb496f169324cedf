package dev.kinship.runtime;

/**
 * A test of rows, made only by the static methods of {@link Where} and given to
 * {@link Query#where(Condition...)} or {@link Include#where(Condition...)}. Conditions are
 * immutable values: one may be kept in a constant and used by many queries.
 *
 * <p>Nulls follow SQL's three-valued logic: a comparison with a NULL column is unknown, and
 * {@link Where#not(Condition)} keeps it unknown, so neither {@code ne("status", "x")} nor its
 * {@code not} matches a row whose status is NULL.
 */
public interface Condition {
}
