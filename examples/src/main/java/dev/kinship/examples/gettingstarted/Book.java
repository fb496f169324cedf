package dev.kinship.examples.gettingstarted;

/** A book of the getting-started example: a column, its author's key, and its author. */
public class Book {
    private Long id;
    private String title;
    private Long authorId;
    private Author author;

    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Author getAuthor() {
        return author;
    }
}
