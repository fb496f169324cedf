package dev.kinship.runtime.blog;

import java.util.ArrayList;
import java.util.List;

public class Post {
    private Long id;
    private String title;
    private String body;
    private boolean published;
    private Long authorId;
    private User author;
    private List<Comment> comments = new ArrayList<>();
    private List<Category> categories;
    private List<User> likedBy;

    public Post() {
    }

    public Post(String title, Long authorId) {
        this.title = title;
        this.authorId = authorId;
        this.body = "Body of " + title;
        this.published = true;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public User getAuthor() {
        return author;
    }

    public void setAuthor(User author) {
        this.author = author;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public void setComments(List<Comment> comments) {
        this.comments = comments;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public List<User> getLikedBy() {
        return likedBy;
    }
}
