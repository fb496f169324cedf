package dev.kinship.dsl;

/**
 * Options of one model, collected while {@link Schema.Builder#model(Class, java.util.function.Consumer)}
 * runs: {@code m -> m.table("profiles").underscored(true)}.
 */
public interface ModelOptions {

    /**
     * The table name (default: the plural of the class name, e.g. {@code Users}; snake case
     * when underscored, e.g. {@code team_members}).
     *
     * @throws NullPointerException     when {@code table} is null
     * @throws IllegalArgumentException when {@code table} is blank
     */
    ModelOptions table(String table);

    /** @param underscored true: camelCase fields map to snake_case columns ({@code authorId} → {@code author_id}) */
    ModelOptions underscored(boolean underscored);

    /**
     * Maps one field to a column of another name.
     *
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when an argument is blank
     */
    ModelOptions column(String field, String column);
}
