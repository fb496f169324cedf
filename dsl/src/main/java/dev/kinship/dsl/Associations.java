package dev.kinship.dsl;

import java.util.Objects;

/**
 * The associations declared for one source class so far. Immutable: each step of the chain
 * returns a new {@code Associations}, so wherever a chain stops it is a finished declaration
 * that {@link Schema.Builder#associate(Associations...)} accepts.
 *
 * <pre>{@code
 * Associations.of(Post.class)
 *     .belongsTo(User.class).foreignKey("authorId").as("author")
 *     .hasMany(Comment.class).foreignKey("postId").as("comments").onDelete(CASCADE)
 * }</pre>
 *
 * Nothing is checked before {@code build()}, except null or blank arguments, which fail at
 * the call.
 */
public interface Associations {

    /**
     * Starts the declarations of one source class.
     *
     * @param source the entity class the associations belong to
     * @return an empty chain for {@code source}
     * @throws NullPointerException when {@code source} is null
     */
    static Associations of(Class<?> source) {
        return new AssociationChain.Root(Chain.start(Objects.requireNonNull(source, "source")));
    }

    /** @return the source class of every association in this chain */
    Class<?> source();

    /** @return how many associations this chain declares */
    int size();

    /**
     * Declares that one {@code target} row holds a foreign key to the source (User hasOne Profile).
     *
     * @throws NullPointerException when {@code target} is null
     */
    HasOneStep hasOne(Class<?> target);

    /**
     * Declares that the source holds a foreign key to {@code target} (Post belongsTo User).
     *
     * @throws NullPointerException when {@code target} is null
     */
    BelongsToStep belongsTo(Class<?> target);

    /**
     * Declares that any number of {@code target} rows hold a foreign key to the source.
     *
     * @throws NullPointerException when {@code target} is null
     */
    HasManyStep hasMany(Class<?> target);

    /**
     * Declares that the source and {@code target} are linked through a join table; give it
     * with one of the {@code through} options.
     *
     * @throws NullPointerException when {@code target} is null
     */
    BelongsToManyStep belongsToMany(Class<?> target);

    /**
     * Declares the reverse side of a polymorphic association: the source holds a key and a type
     * column, and the type value says which model the key refers to
     * ({@code Comment.belongsToPolymorphic("commentable").type("image", Image.class)}).
     *
     * @param alias the association's name, also the default stem of its columns
     *              ({@code commentableId}, {@code commentableType})
     * @throws NullPointerException     when {@code alias} is null
     * @throws IllegalArgumentException when {@code alias} is blank
     */
    BelongsToPolymorphicStep belongsToPolymorphic(String alias);
}
