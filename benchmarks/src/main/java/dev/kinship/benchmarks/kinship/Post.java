package dev.kinship.benchmarks.kinship;

import java.util.List;

/** A Kinship entity over the data set's Posts table. */
public class Post {
    private Long id;
    private String title;
    private String body;
    private boolean published;
    private Long authorId;
    private User author;
    private List<Comment> comments;
    private List<Category> categories;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isPublished() {
        return published;
    }

    public User getAuthor() {
        return author;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public List<Category> getCategories() {
        return categories;
    }
}
