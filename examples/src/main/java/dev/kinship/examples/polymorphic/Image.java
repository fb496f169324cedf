package dev.kinship.examples.polymorphic;

import java.util.List;

/** An image with comments. */
public class Image implements Commentable {
    private Long id;
    private String title;
    private List<Comment> comments;

    protected Image() {
    }

    public Image(String title) {
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
