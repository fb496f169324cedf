package dev.kinship.examples.manytomany;

import java.util.List;

/** A tag on any number of products. */
public class Tag {
    private Long id;
    private String name;
    private List<Product> products;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Product> getProducts() {
        return products;
    }
}
