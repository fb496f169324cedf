package dev.kinship.runtime;

import java.util.function.Consumer;

/** Options of one included association; each method returns this include. */
public interface Include {

    /** Keeps only included rows whose {@code field} equals {@code value}; makes the include required unless told otherwise. */
    Include where(String field, Object value);

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
