package dev.kinship.examples.manytomany;

import java.util.Set;

/** A product with any number of tags. */
public class Product {
    private Long id;
    private String name;
    private Set<Tag> tags;

    protected Product() {
    }

    public Product(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
