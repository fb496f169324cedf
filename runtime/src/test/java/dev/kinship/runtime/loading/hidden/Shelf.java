package dev.kinship.runtime.loading.hidden;

import java.util.List;

/** A package-private entity with a package-private constructor. */
class Shelf {
    private Long id;
    private String label;
    private List<Book> books;

    Shelf() {
    }

    String getLabel() {
        return label;
    }

    List<Book> getBooks() {
        return books;
    }
}
