package dev.kinship.examples.polymorphic;

/** One comment table for images and videos: {@code commentableType} says which. */
public class Comment {
    private Long id;
    private String body;
    private Long commentableId;
    private String commentableType;
    private Commentable commentable;

    protected Comment() {
    }

    public Comment(String body) {
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public String getCommentableType() {
        return commentableType;
    }

    public Commentable getCommentable() {
        return commentable;
    }
}
