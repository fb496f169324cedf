package dev.kinship.examples.blog;

/** A category posts are filed under. */
public class Category {
    private Long id;
    private String name;

    protected Category() {
    }

    public Category(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
