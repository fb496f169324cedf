package dev.kinship.runtime.query;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A lending library: authors write books, members borrow them (loans), books carry tags. */
final class Library {

    private Library() {
    }

    enum Status { ACTIVE, SUSPENDED }

    static Schema schema() {
        return Schema.builder()
            .model(Author.class).model(Book.class).model(Member.class).model(Loan.class).model(Tag.class)
            .associate(Associations.of(Author.class).hasMany(Book.class).as("books"))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).as("author")
                .hasMany(Loan.class).as("loans")
                .belongsToMany(Tag.class).through("BookTags").as("tags"))
            .associate(Associations.of(Loan.class)
                .belongsTo(Book.class).as("book")
                .belongsTo(Member.class).as("member"))
            .associate(Associations.of(Member.class).hasMany(Loan.class).as("loans"))
            .build();
    }

    static class Author {
        Long id;
        String name;
        List<Book> books;

        Author() {
        }

        Author(String name) {
            this.name = name;
        }

        List<Book> getBooks() {
            return books;
        }
    }

    static class Book {
        Long id;
        String title;
        BigDecimal price;
        Boolean available;
        Long authorId;
        Author author;
        List<Loan> loans;
        List<Tag> tags;

        Book() {
        }

        Book(String title, BigDecimal price, Boolean available, Long authorId) {
            this.title = title;
            this.price = price;
            this.available = available;
            this.authorId = authorId;
        }

        Author getAuthor() {
            return author;
        }

        List<Loan> getLoans() {
            return loans;
        }

        List<Tag> getTags() {
            return tags;
        }
    }

    static class Member {
        Long id;
        String name;
        Status status;
        List<Loan> loans;

        Member() {
        }

        Member(String name, Status status) {
            this.name = name;
            this.status = status;
        }

        List<Loan> getLoans() {
            return loans;
        }
    }

    static class Loan {
        Long id;
        LocalDate dueDate;
        LocalDate returnedAt;
        Long bookId;
        Long memberId;
        Book book;
        Member member;

        Loan() {
        }

        Loan(Long bookId, Long memberId, LocalDate dueDate, LocalDate returnedAt) {
            this.bookId = bookId;
            this.memberId = memberId;
            this.dueDate = dueDate;
            this.returnedAt = returnedAt;
        }

        Book getBook() {
            return book;
        }

        Member getMember() {
            return member;
        }
    }

    static class Tag {
        Long id;
        String name;

        Tag() {
        }

        Tag(String name) {
            this.name = name;
        }
    }
}
