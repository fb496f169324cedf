package dev.kinship.runtime.blog;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;

/** The guide's blog, as the runtime tests use it. */
public final class BlogSchema {

    private BlogSchema() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(User.class).model(Profile.class).model(Post.class).model(Comment.class).model(Category.class)
            .associate(Associations.of(User.class)
                .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE))
            .associate(Associations.of(Profile.class)
                .belongsTo(User.class).foreignKey("userId").as("user"))
            .associate(Associations.of(Post.class)
                .belongsTo(User.class).foreignKey("authorId").as("author")
                .hasMany(Comment.class).foreignKey("postId").as("comments").onDelete(CASCADE)
                .belongsToMany(Category.class).through("PostCategories").foreignKey("postId").otherKey("categoryId")
                    .as("categories")
                .belongsToMany(User.class).through("PostLikes").foreignKey("postId").otherKey("userId").as("likedBy"))
            .associate(Associations.of(Comment.class)
                .belongsTo(Post.class).foreignKey("postId").as("post")
                .belongsTo(User.class).foreignKey("authorId").as("author"))
            .associate(Associations.of(Category.class)
                .belongsToMany(Post.class).through("PostCategories").foreignKey("categoryId").otherKey("postId")
                    .as("posts"))
            .build();
    }
}
