package dev.kinship.runtime.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.dsl.AssociationDefinitionException;
import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ModelOptions.unique} and {@code notNull}: the DDL, the messages of a violation, and build()'s checks. */
class ColumnConstraintsTest {

    static Schema schema() {
        return Schema.builder()
            .model(Shelf.class)
            .model(Book.class, m -> m.unique("isbn").unique("shelfId", "position").notNull("title"))
            .associate(Associations.of(Book.class).belongsTo(Shelf.class).as("shelf"))
            .build();
    }

    static class Shelf {
        Long id;
        String label;
    }

    static class Book {
        Long id;
        String title;
        String isbn;
        Long shelfId;
        Integer position;

        Book() {
        }

        Book(String title, String isbn, Long shelfId, Integer position) {
            this.title = title;
            this.isbn = isbn;
            this.shelfId = shelfId;
            this.position = position;
        }
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(ColumnConstraintsTest::schema);

    @TempDir
    Path dir;

    @Test
    void ddl_declaresTheUniqueKeysAndNotNull() {
        String books = db.get().ddl().stream().filter(s -> s.contains("\"Books\" (")).findFirst().orElseThrow();

        assertThat(books).contains("\"title\" " + (TestDatabases.postgresql() ? "text COLLATE \"C\"" : "TEXT")
            + " NOT NULL").contains("UNIQUE (\"isbn\")").contains("UNIQUE (\"shelfId\", \"position\")");
    }

    @Test
    void insert_duplicateIsbn_isRefusedNamingModelFieldAndValueAndWritesNothing() {
        try (Session s = db.open()) {
            s.insert(new Book("Mort", "978-0", null, null));

            assertThatThrownBy(() -> s.insert(new Book("Mort again", "978-0", null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessage("Inserting Book (new) failed: the value of Book.isbn ('978-0') is already taken by another "
                    + "row. Choose another value.");
        }
        assertThat(db.rows("Books")).isEqualTo(1);
    }

    @Test
    void update_intoACompositeKeyTaken_isRefusedNamingBothFields() {
        try (Session s = db.open()) {
            Shelf shelf = s.insert(new Shelf());
            s.insert(new Book("a", "1", shelf.id, 1));
            Book b = s.insert(new Book("b", "2", shelf.id, 2));
            b.position = 1;

            assertThatThrownBy(() -> s.update(b))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessage("Updating Book#" + b.id + " failed: the value of Book.shelfId (" + shelf.id + "), "
                    + "Book.position (1) is already taken by another row. Choose another value.");
        }
    }

    @Test
    void insert_nullInANotNullField_isRefusedNamingIt() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new Book(null, "3", null, null)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessage("Inserting Book (new) failed: Book.title may not be null. Set title before you insert.");
        }
        assertThat(db.rows("Books")).isZero();
    }

    @Test
    void existingTableWithoutTheUniqueKey_migrationAddsIt() {
        Schema loose = Schema.builder().model(Shelf.class).model(Book.class)
            .associate(Associations.of(Book.class).belongsTo(Shelf.class).as("shelf")).build();
        var source = TestDatabases.dataSource(dir.resolve("books.db"));
        try (Database old = Database.connect(source, loose)) {
            old.sync();
        }
        try (Database db = Database.connect(source, schema())) {
            assertThat(db.migrationDdl()).contains("CREATE UNIQUE INDEX IF NOT EXISTS \"Books_isbn_key\" ON \"Books\" "
                + "(\"isbn\")");
            db.migrate();
            assertThat(db.migrationDdl()).isEmpty();
        }
    }

    @Test
    void unique_ofAFieldTheModelLacks_isRefusedAtBuild() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class, m -> m.unique("isbm")).model(Shelf.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Book: unique(\"isbm\", ...) names no column field of Book. Its column fields: [id, title, "
                + "isbn, shelfId, position]. Use one of those names or remove it from ModelOptions.unique(...).");
    }

    @Test
    void notNull_ofAForeignKey_pointsToAllowNull() {
        assertThatThrownBy(() -> Schema.builder().model(Shelf.class).model(Book.class, m -> m.notNull("shelfId"))
                .associate(Associations.of(Book.class).belongsTo(Shelf.class).as("shelf")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Book: notNull(\"shelfId\") names the foreign key 'shelfId', whose nullability its "
                + "associations decide. Declare allowNull(false) on the association instead, and remove it from "
                + "ModelOptions.notNull(...).");
    }

    @Test
    void unique_withoutFields_isRefusedAtTheCall() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class, m -> m.unique()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("unique() needs at least one field, e.g. unique(\"isbn\").");
    }
}
