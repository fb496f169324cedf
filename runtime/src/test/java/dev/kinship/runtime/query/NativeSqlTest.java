package dev.kinship.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.query.Library.Author;
import dev.kinship.runtime.query.Library.Book;
import dev.kinship.runtime.query.Library.Loan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Session.sql}: the caller's query mapped by label to managed, identity-mapped, batch-navigable entities. */
class NativeSqlTest {

    static final String HOSTILE = "x'); DROP TABLE \"Books\"; --";

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Library::schema);

    @BeforeEach
    void books() {
        try (Session s = db.open()) {
            Author a = s.insert(new Author("Pratchett"));
            for (int i = 1; i <= 6; i++) {
                Book b = s.insert(new Book("book" + i, BigDecimal.valueOf(i), true, a.id));
                s.insert(new Loan(b.id, null, LocalDate.of(2024, 1, i), null));
            }
        }
    }

    @Test
    void sql_mapsRowsToManagedEntitiesWhoseLazyLoadsAreBatched() {
        try (Session s = db.open()) {
            List<Book> books = s.sql(Book.class, "SELECT * FROM \"Books\" WHERE \"price\" > ? ORDER BY \"id\" DESC",
                new BigDecimal("3"));

            assertThat(books).extracting(b -> b.title).containsExactly("book6", "book5", "book4");
            assertThat(s.stats().statements()).isEqualTo(1);
            books.forEach(Book::getLoans);
            books.forEach(Book::getAuthor);
            assertThat(s.stats().statements()).isEqualTo(3);
            assertThat(books.get(0).getLoans()).singleElement().satisfies(l ->
                assertThat(l.dueDate).isEqualTo(LocalDate.of(2024, 1, 6)));
        }
    }

    @Test
    void sql_rowAlreadyInTheSession_isTheSameInstance() {
        try (Session s = db.open()) {
            Book found = s.find(Book.class, 2L).orElseThrow();
            found.title = "changed in memory";

            List<Book> again = s.sql(Book.class, "SELECT * FROM \"Books\" WHERE \"id\" = ?", 2L);

            assertThat(again).singleElement().isSameAs(found);
            assertThat(again.get(0).title).isEqualTo("changed in memory");
        }
    }

    @Test
    void sql_labelsOfAnotherCaseAndExtraColumns_areMatchedAndIgnored() {
        try (Session s = db.open()) {
            List<Book> books = s.sql(Book.class, "SELECT b.\"id\" AS ID, b.\"title\" AS TITLE, b.\"price\", "
                + "b.\"available\", b.\"authorId\", 42 AS extra FROM \"Books\" b WHERE b.\"id\" <= ? ORDER BY 1", 2);

            assertThat(books).extracting(b -> b.title).containsExactly("book1", "book2");
        }
    }

    @Test
    void sql_missingColumn_isRefusedNamingIt() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.sql(Book.class, "SELECT \"id\", \"title\" FROM \"Books\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("sql(Book.class, \"SELECT \"id\", \"title\" FROM \"Books\"\"): the result has no "
                    + "column \"price\", which Book.price is read from.");
        }
    }

    @Test
    void sql_duplicatedLabel_isRefused() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.sql(Book.class, "SELECT b.*, a.\"id\" FROM \"Books\" b JOIN \"Authors\" a ON "
                + "a.\"id\" = b.\"authorId\""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the result has 2 columns labelled \"id\", so Book.id is ambiguous.");
        }
    }

    @Test
    void sql_hostileParameter_isOnlyAValue() {
        try (Session s = db.open()) {
            assertThat(s.sql(Book.class, "SELECT * FROM \"Books\" WHERE \"title\" = ?", HOSTILE)).isEmpty();
            assertThat(s.query(Book.class).count()).isEqualTo(6);
        }
    }

    @Test
    void sql_invalidStatement_isADataAccessExceptionNamingIt() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.sql(Book.class, "SELECT * FROM \"Nowhere\""))
                .isInstanceOf(DataAccessException.class)
                .hasMessageStartingWith("sql(Book.class, \"SELECT * FROM \"Nowhere\"\") failed: ");
        }
    }
}
