package dev.kinship.examples.blog;

import java.util.List;

/** The guide's real-world model: four associations on one class. */
public class Post {
    private Long id;
    private String title;
    private Long authorId;
    private User author;
    private List<Comment> comments;
    private List<Category> categories;
    private List<User> likedBy;

    protected Post() {
    }

    public Post(String title, User author) {
        this.title = title;
        this.author = author;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
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

    public List<User> getLikedBy() {
        return likedBy;
    }
}
