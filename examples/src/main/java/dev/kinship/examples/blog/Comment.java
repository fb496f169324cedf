package dev.kinship.examples.blog;

/** A comment on a post, by a user. */
public class Comment {
    private Long id;
    private String body;
    private boolean approved;
    private Long postId;
    private Long authorId;
    private User author;

    protected Comment() {
    }

    public Comment(String body, User author, boolean approved) {
        this.body = body;
        this.author = author;
        this.approved = approved;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public boolean isApproved() {
        return approved;
    }

    public Long getPostId() {
        return postId;
    }

    public User getAuthor() {
        return author;
    }
}
