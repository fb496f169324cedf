package dev.kinship.runtime.blog;

public class Comment {
    private Long id;
    private String body;
    private boolean approved;
    private Long postId;
    private Long authorId;
    private Post post;
    private User author;

    public Comment() {
    }

    public Comment(String body, Long postId, Long authorId, boolean approved) {
        this.body = body;
        this.postId = postId;
        this.authorId = authorId;
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

    public Post getPost() {
        return post;
    }

    public User getAuthor() {
        return author;
    }
}
