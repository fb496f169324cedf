package dev.kinship.examples.polymorphic;

import java.util.List;

/** A video with comments. */
public class Video implements Commentable {
    private Long id;
    private String title;
    private List<Comment> comments;

    protected Video() {
    }

    public Video(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getTitle() {
        return title;
    }

    public List<Comment> getComments() {
        return comments;
    }
}
