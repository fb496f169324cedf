package dev.kinship.benchmarks.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code Posts}, as hand-written JDBC code maps it, with the associations a workload
 * filled in: the author (or {@code null}), the comments and the categories (empty unless loaded).
 */
public final class Post {
    private final long id;
    private final String title;
    private final String body;
    private final boolean published;
    private final Long authorId;
    private User author;
    private final List<Comment> comments = new ArrayList<>(5);
    private final List<Category> categories = new ArrayList<>(2);

    /** A post as read from one row. */
    public Post(long id, String title, String body, boolean published, Long authorId) {
        this.id = id;
        this.title = title;
        this.body = body;
        this.published = published;
        this.authorId = authorId;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public boolean published() {
        return published;
    }

    public Long authorId() {
        return authorId;
    }

    public User author() {
        return author;
    }

    void author(User user) {
        this.author = user;
    }

    public List<Comment> comments() {
        return comments;
    }

    public List<Category> categories() {
        return categories;
    }
}
