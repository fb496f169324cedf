package dev.kinship.examples.gettingstarted;

import java.util.List;

/** An author of the getting-started example, with the books they wrote. */
public class Author {
    private Long id;
    private String name;
    private List<Book> books;

    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Book> getBooks() {
        return books;
    }
}
