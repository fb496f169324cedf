package dev.kinship.benchmarks.kinship;

/** A Kinship entity over the data set's Comments table. */
public class Comment {
    private Long id;
    private String body;
    private Long postId;
    private Long authorId;
    private User author;

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Long getPostId() {
        return postId;
    }

    public User getAuthor() {
        return author;
    }
}
