package dev.kinship.runtime.reliability;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.util.List;

/**
 * The schema of the reliability tests: departments and employees (SET_NULL), authors, books
 * (CASCADE) and tags (belongsToMany). With {@code hooks} the delete rules are carried out by
 * Kinship; without, by the database's own ON DELETE.
 */
public final class Shop {

    private Shop() {
    }

    public static Schema schema() {
        return schema(false);
    }

    public static Schema hooked() {
        return schema(true);
    }

    static Schema schema(boolean hooks) {
        return Schema.builder()
            .model(Department.class).model(Employee.class).model(Author.class).model(Book.class).model(Tag.class)
            .associate(Associations.of(Department.class)
                .hasMany(Employee.class).foreignKey("departmentId").as("employees").onDelete(SET_NULL).hooks(hooks))
            .associate(Associations.of(Employee.class)
                .belongsTo(Department.class).foreignKey("departmentId").as("department"))
            .associate(Associations.of(Author.class)
                .hasMany(Book.class).foreignKey("authorId").as("books").onDelete(CASCADE).hooks(hooks))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author")
                .belongsToMany(Tag.class).through("BookTags").foreignKey("bookId").otherKey("tagId").as("tags"))
            .associate(Associations.of(Tag.class)
                .belongsToMany(Book.class).through("BookTags").foreignKey("tagId").otherKey("bookId").as("books"))
            .build();
    }

    public static class Department {
        public Long id;
        public String name;
        List<Employee> employees;

        public Department() {
        }

        public Department(String name) {
            this.name = name;
        }

        public List<Employee> getEmployees() {
            return employees;
        }

        @Override
        public String toString() {
            return "Department " + name;
        }
    }

    public static class Employee {
        public Long id;
        public String name;
        public Long departmentId;
        Department department;

        public Employee() {
        }

        public Employee(String name, Long departmentId) {
            this.name = name;
            this.departmentId = departmentId;
        }

        public Department getDepartment() {
            return department;
        }

        public void setDepartment(Department department) {
            this.department = department;
        }

        @Override
        public String toString() {
            return "Employee " + name;
        }
    }

    public static class Author {
        public Long id;
        public String name;
        List<Book> books;

        public Author() {
        }

        public Author(String name) {
            this.name = name;
        }

        public List<Book> getBooks() {
            return books;
        }

        public void setBooks(List<Book> books) {
            this.books = books;
        }

        @Override
        public String toString() {
            return "Author " + name;
        }
    }

    public static class Book {
        public Long id;
        public String title;
        public Long authorId;
        Author author;
        List<Tag> tags;

        public Book() {
        }

        public Book(String title, Long authorId) {
            this.title = title;
            this.authorId = authorId;
        }

        public Author getAuthor() {
            return author;
        }

        public List<Tag> getTags() {
            return tags;
        }

        @Override
        public String toString() {
            return "Book " + title;
        }
    }

    public static class Tag {
        public Long id;
        public String name;
        List<Book> books;

        public Tag() {
        }

        public Tag(String name) {
            this.name = name;
        }

        public List<Book> getBooks() {
            return books;
        }

        @Override
        public String toString() {
            return "Tag " + name;
        }
    }
}
