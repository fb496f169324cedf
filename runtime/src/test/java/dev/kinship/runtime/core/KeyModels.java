package dev.kinship.runtime.core;

import static dev.kinship.dsl.ReferentialAction.RESTRICT;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.util.List;

/**
 * Keys beyond the guide: a NOT NULL key (allowNull(false)), a primitive key, a key referring to
 * a column that is not the id, a RESTRICT rule, a join model with an id (UNIQUE pair) and one
 * without (composite primary key), and a key Kinship keeps itself (Note has no folderId field).
 */
final class KeyModels {

    private KeyModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Customer.class).model(Invoice.class).model(Line.class)
            .model(Student.class).model(Course.class).model(Enrollment.class)
            .model(Author.class).model(Book.class).model(Authorship.class)
            .model(Folder.class).model(Note.class)
            .associate(Associations.of(Invoice.class)
                .belongsTo(Customer.class).foreignKey("customerCode").targetKey("code").as("customer").allowNull(false)
                .hasMany(Line.class).foreignKey("invoiceId").as("lines"))
            .associate(Associations.of(Line.class)
                .belongsTo(Invoice.class).foreignKey("invoiceId").as("invoice"))
            .associate(Associations.of(Student.class)
                .belongsToMany(Course.class).through(Enrollment.class).foreignKey("studentId").otherKey("courseId")
                    .as("courses").onDelete(RESTRICT))
            .associate(Associations.of(Author.class)
                .belongsToMany(Book.class).through(Authorship.class).foreignKey("authorId").otherKey("bookId")
                    .as("books"))
            .associate(Associations.of(Note.class)
                .belongsTo(Folder.class).as("folder"))
            .build();
    }

    static class Customer {
        Long id;
        String code;
        String name;

        Customer() {
        }

        Customer(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    static class Invoice {
        Long id;
        String number;
        String customerCode;
        Customer customer;
        List<Line> lines;

        Invoice() {
        }

        Invoice(String number, String customerCode) {
            this.number = number;
            this.customerCode = customerCode;
        }
    }

    static class Line {
        Long id;
        long invoiceId;
        String item;
        Invoice invoice;

        Line() {
        }

        Line(long invoiceId, String item) {
            this.invoiceId = invoiceId;
            this.item = item;
        }
    }

    static class Student {
        Long id;
        String name;
        List<Course> courses;

        Student() {
        }

        Student(String name) {
            this.name = name;
        }
    }

    static class Course {
        Long id;
        String title;

        Course() {
        }

        Course(String title) {
            this.title = title;
        }
    }

    static class Enrollment {
        Long id;
        Long studentId;
        Long courseId;
        Integer grade;

        Enrollment() {
        }
    }

    static class Author {
        Long id;
        String name;
        List<Book> books;

        Author() {
        }
    }

    static class Book {
        Long id;
        String title;

        Book() {
        }
    }

    static class Authorship {
        Long authorId;
        Long bookId;

        Authorship() {
        }
    }

    static class Folder {
        Long id;
        String name;

        Folder() {
        }
    }

    static class Note {
        Long id;
        String text;
        Folder folder;

        Note() {
        }

        Note(String text, Folder folder) {
            this.text = text;
            this.folder = folder;
        }
    }
}
