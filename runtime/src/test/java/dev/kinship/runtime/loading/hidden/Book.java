package dev.kinship.runtime.loading.hidden;

/** A package-private entity with a package-private constructor. */
class Book {
    private Long id;
    private String title;
    private Long shelfId;
    private Shelf shelf;

    Book() {
    }

    String getTitle() {
        return title;
    }

    Shelf getShelf() {
        return shelf;
    }
}
