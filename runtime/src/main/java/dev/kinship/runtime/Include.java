package dev.kinship.runtime;

import java.util.function.Consumer;

/** Options of one included association; each method returns this include. */
public interface Include {

    /** Keeps only included rows whose {@code field} equals {@code value}; makes the include required unless told otherwise. */
    Include where(String field, Object value);

    /**
     * Keeps only included rows that match every one of {@code conditions} (made by {@link Where},
     * fields being the included model's, paths allowed), ANDed with every other {@code where};
     * with at least one condition the include becomes required unless {@code required(false)}
     * says otherwise.
     *
     * @throws IllegalArgumentException when a field does not exist or a value does not fit it
     */
    Include where(Condition... conditions);

    /**
     * Orders the included to-many list by {@code field} of the included model (or a path),
     * ascending, NULLs first; later calls break ties, the id last.
     *
     * @throws IllegalArgumentException when the field does not exist or the include is not to-many
     */
    Include orderBy(String field);

    /**
     * Orders the included to-many list by {@code field}, descending, NULLs last.
     *
     * @throws IllegalArgumentException when the field does not exist or the include is not to-many
     */
    Include orderByDescending(String field);

    /**
     * Loads at most {@code limit} targets per owner (the latest three comments of every post), in
     * the same number of statements as without it; without an order, the lowest ids. The list is
     * then not the whole association: {@code ToMany.get()} and {@code count()} still read all of it.
     *
     * @throws IllegalArgumentException when {@code limit} is less than 1 or the include is not to-many
     */
    Include limit(int limit);

    /** true: only owners that have a match are returned (default false, or true once {@code where} is given). */
    Include required(boolean required);

    /**
     * true: its own IN-list statement (any kind); false: a JOIN in the owner's statement (the
     * default for to-one). A to-many joined with {@code separate(false)} is deduplicated, and with
     * limit/offset the roots are paged in a subquery, so LIMIT still counts roots. One chain of
     * joined collections per statement: a second joined collection beside the first, or in
     * another branch, is read in a statement of its own instead (same objects, one more
     * statement). {@code stream()} always reads collections separately, per chunk.
     */
    Include separate(boolean separate);

    /** Includes an association of the included model. */
    Include include(String alias);

    /** Includes an association of the included model, with options. */
    Include include(String alias, Consumer<Include> nested);

    /** Keeps only targets whose join row's {@code field} equals {@code value} (belongsToMany). */
    Include throughWhere(String field, Object value);
}
