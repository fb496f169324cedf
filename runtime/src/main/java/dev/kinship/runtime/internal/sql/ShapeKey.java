package dev.kinship.runtime.internal.sql;

/**
 * The key under which {@link SqlTexts} caches one statement shape for the life of the Database.
 *
 * @param kind    which statement
 * @param model   the model (or an association's source model) the statement is for, null when none
 * @param alias   the association alias or the table alias, empty when none
 * @param size    the IN-list size, 0 when the statement has none
 * @param variant whatever else changes the text (a column list, a flag, a query's shape), empty when
 *                nothing does; compared by {@code equals}
 */
public record ShapeKey(Kind kind, Class<?> model, String alias, int size, Object variant) {

    /** Every statement and fragment the runtime builds. */
    public enum Kind {
        COLUMNS,
        FIND_BY_ID, COUNT, SELECT, PAGE,
        INSERT, UPDATE_BY_ID, DELETE_BY_IDS,
        SET_KEY, LINK_ONE, UNLINK_ONE,
        HAS_MANY_COUNT, HAS_MANY_CONTAINS, HAS_MANY_LINK, HAS_MANY_UNLINK, HAS_MANY_LINKED,
        JOIN_COUNT, JOIN_CONTAINS, JOIN_CURRENT, JOIN_INSERT_MISSING, JOIN_ROWS, JOIN_UPDATE, JOIN_UNLINK,
        JOIN_SOFT_UNLINK,
        RESTRICT_COUNT, CASCADE_LOAD, JOIN_ROWS_LOAD, CASCADE_UNLINK, JOIN_ROWS_DELETE,
        ROW_EXISTS, REFERENCE_COUNT,
        LOAD_BELONGS_TO, LOAD_HAS, LOAD_BELONGS_TO_MANY
    }

    /** @return the key of a statement of association {@code alias} of {@code model} */
    public static ShapeKey of(Kind kind, Class<?> model, String alias, int size) {
        return new ShapeKey(kind, model, alias, size, "");
    }
}
