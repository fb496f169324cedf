package dev.kinship.dsl;

/**
 * A polymorphic belongsTo: the source's key column refers to a row of the model named by its
 * type column.
 *
 * <pre>{@code
 * Associations.of(Comment.class)
 *     .belongsToPolymorphic("commentable")        // commentableId + commentableType
 *         .type("image", Image.class)
 *         .type("video", Video.class)
 * }</pre>
 */
public interface BelongsToPolymorphicStep extends AssociationStep<BelongsToPolymorphicStep> {

    /**
     * Maps a value of the type column to a target model.
     *
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    BelongsToPolymorphicStep type(String value, Class<?> model);

    /**
     * Names the type column's field (default: {@code alias + "Type"}).
     *
     * @throws NullPointerException     when {@code field} is null
     * @throws IllegalArgumentException when {@code field} is blank
     */
    BelongsToPolymorphicStep typeKey(String field);
}
