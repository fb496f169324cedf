package dev.kinship.runtime.loading.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entities that are not public, in a package of their own, are subclassed and navigated like any other. */
class PackagePrivateEntityTest {

    private static Schema schema() {
        return Schema.builder().model(Shelf.class, m -> m.table("shelves")).model(Book.class, m -> m.table("books"))
            .associate(Associations.of(Shelf.class).hasMany(Book.class).foreignKey("shelfId").as("books"))
            .associate(Associations.of(Book.class).belongsTo(Shelf.class).foreignKey("shelfId").as("shelf"))
            .build();
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(PackagePrivateEntityTest::schema);

    @Test
    void packagePrivateEntity_lazyNavigation_loadsBothWays() {
        db.get().withConnection(c -> {
            try (var statement = c.createStatement()) {
                statement.execute("INSERT INTO \"shelves\" (\"id\", \"label\") VALUES (1, 'top'), (2, 'bottom')");
                statement.execute("INSERT INTO \"books\" (\"id\", \"title\", \"shelfId\") VALUES (1, 'a', 1), (2, 'b', 1), (3, 'c', 2)");
            }
            return null;
        });
        try (Session s = db.open()) {
            List<Book> books = s.query(Book.class).orderBy("id").list();

            assertThat(books.get(2).getShelf().getLabel()).isEqualTo("bottom");
            assertThat(books.get(0).getShelf().getBooks()).extracting(Book::getTitle).containsExactly("a", "b");
            assertThat(books.get(0).getShelf().getBooks().get(1)).isSameAs(books.get(1));
            assertThat(books.get(0).getClass().getSuperclass()).isEqualTo(Book.class);
            assertThat(s.stats().statements()).isEqualTo(3);
        }
    }
}
