package dev.kinship.dsl;

/**
 * Options of a belongsToMany's join table, collected while the {@code through(..., options)}
 * call runs: {@code t -> t.unique(false).scope("deletedAt", null)}.
 */
public interface Through {

    /**
     * @param unique false: the same pair may be linked more than once (the join model then
     *               needs an {@code id} of its own); default true. Both sides of one join table
     *               share the value: one side's explicit value applies to the other, and two
     *               different explicit values fail at {@code build()}
     */
    Through unique(boolean unique);

    /**
     * Restricts the association to join rows whose {@code field} equals {@code value} (null:
     * IS NULL) and writes that value into new join rows.
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    Through scope(String field, Object value);

    /**
     * Makes {@code remove}, {@code removeAll} and {@code set} mark a join row removed instead of
     * deleting it: {@code field} (an Instant, LocalDateTime or LocalDate field of the join model)
     * is set to the current time. The through scope must hide marked rows, e.g.
     * {@code t -> t.scope("deletedAt", null).softDelete("deletedAt")}.
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    Through softDelete(String field);
}
