package dev.kinship.runtime.polymorphic;

import java.util.List;

/** Images and videos sharing one comment table. */
final class Models {

    private Models() {
    }

    interface Commentable {
        String getTitle();
    }

    static class Image implements Commentable {
        Long id;
        String title;
        List<Comment> comments;

        Image() {
        }

        Image(String title) {
            this.title = title;
        }

        @Override
        public String getTitle() {
            return title;
        }

        public List<Comment> getComments() {
            return comments;
        }
    }

    static class Video implements Commentable {
        Long id;
        String title;
        List<Comment> comments;

        Video() {
        }

        Video(String title) {
            this.title = title;
        }

        @Override
        public String getTitle() {
            return title;
        }

        public List<Comment> getComments() {
            return comments;
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
    }
}
