package dev.kinship.runtime.write;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.util.List;

/**
 * Polymorphic associations: Post and Video are tagged through one "taggables" join table whose
 * taggableType column tells them apart (a through scope on each side), and Image and Video have
 * comments told apart by commentableType (a scope), deleted with them by Kinship (hooks(true)).
 */
final class MediaModels {

    private MediaModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Post.class).model(Video.class).model(Image.class).model(Tag.class).model(Comment.class)
            .associate(Associations.of(Post.class)
                .belongsToMany(Tag.class).through("taggables", t -> t.scope("taggableType", "post"))
                    .foreignKey("taggableId").otherKey("tagId").as("tags").constraints(false).hooks(true))
            .associate(Associations.of(Video.class)
                .belongsToMany(Tag.class).through("taggables", t -> t.scope("taggableType", "video"))
                    .foreignKey("taggableId").otherKey("tagId").as("tags").constraints(false)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "video").as("comments")
                    .constraints(false).hooks(true).onDelete(CASCADE))
            .associate(Associations.of(Image.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "image").as("comments")
                    .constraints(false).hooks(true).onDelete(CASCADE))
            .associate(Associations.of(Tag.class)
                .belongsToMany(Post.class).through("taggables", t -> t.scope("taggableType", "post"))
                    .foreignKey("tagId").otherKey("taggableId").as("posts").constraints(false))
            .associate(Associations.of(Comment.class)
                .belongsToPolymorphic("commentable").type("image", Image.class).type("video", Video.class))
            .build();
    }

    interface Commentable {
    }

    static class Post {
        Long id;
        String title;
        List<Tag> tags;

        Post() {
        }

        Post(String title) {
            this.title = title;
        }

        public List<Tag> getTags() {
            return tags;
        }

        @Override
        public String toString() {
            return "Post " + title;
        }
    }

    static class Video implements Commentable {
        Long id;
        String title;
        List<Tag> tags;
        List<Comment> comments;

        Video() {
        }

        Video(String title) {
            this.title = title;
        }

        public List<Comment> getComments() {
            return comments;
        }

        @Override
        public String toString() {
            return "Video " + title;
        }
    }

    static class Image implements Commentable {
        Long id;
        String url;
        List<Comment> comments;

        Image() {
        }

        Image(String url) {
            this.url = url;
        }

        public List<Comment> getComments() {
            return comments;
        }

        @Override
        public String toString() {
            return "Image " + url;
        }
    }

    static class Tag {
        Long id;
        String name;
        List<Post> posts;

        Tag() {
        }

        Tag(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "Tag " + name;
        }
    }

    static class Comment {
        Long id;
        String body;
        Long commentableId;
        String commentableType;
        Commentable commentable;

        Comment() {
        }

        Comment(String body) {
            this.body = body;
        }

        public Commentable getCommentable() {
            return commentable;
        }

        @Override
        public String toString() {
            return "Comment " + body;
        }
    }
}
