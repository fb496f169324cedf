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

    /**
     * One UNIQUE constraint over {@code fields} together (one field: its values are unique); call
     * again for another. A write that would break it is a {@code ConstraintViolationException}
     * naming the model and the fields, and writes nothing. Checked at {@code build()}: every field
     * must be a column field of the model.
     *
     * @throws NullPointerException     when a field is null
     * @throws IllegalArgumentException when no field is given, or one is blank or given twice
     */
    ModelOptions unique(String... fields);

    /**
     * Makes the columns of {@code fields} NOT NULL (a primitive field's column is already). A
     * write of null there is a {@code ConstraintViolationException} naming the model and the field,
     * and writes nothing. Checked at {@code build()}: every field must be a column field of the
     * model that is not an association's key (declare {@code allowNull(false)} on the association
     * for those).
     *
     * @throws NullPointerException     when a field is null
     * @throws IllegalArgumentException when no field is given, or one is blank
     */
    ModelOptions notNull(String... fields);
}
