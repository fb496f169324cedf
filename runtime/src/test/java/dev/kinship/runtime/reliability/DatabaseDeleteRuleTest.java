package dev.kinship.runtime.reliability;

import static dev.kinship.runtime.write.Rows.statements;
import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import dev.kinship.runtime.reliability.Shop.Department;
import dev.kinship.runtime.reliability.Shop.Employee;
import dev.kinship.runtime.reliability.Shop.Tag;
import dev.kinship.runtime.write.Rows;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rows the database changed by its own ON DELETE are updated or evicted in the session, however they were loaded. */
class DatabaseDeleteRuleTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Shop::schema);

    private Session s;

    @BeforeEach
    void open() {
        s = db.open();
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void delete_databaseSetNull_unlinksEmployeeLoadedByAnotherQuery() {
        Department sales = s.insert(new Department("sales"));
        s.insert(new Employee("carl", sales.id));
        Employee carl = s.query(Employee.class).first().orElseThrow();

        s.delete(sales);
        Department legal = s.insert(new Department("legal"));
        carl.name = "carl (renamed)";
        s.update(carl);

        assertThat(carl.departmentId).isNull();
        assertThat(value(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).isNull();
        assertThat(legal.getEmployees()).isEmpty();
    }

    @Test
    void delete_databaseCascade_evictsBooksLoadedByAnotherQuery() {
        Author ann = s.insert(new Author("ann"));
        s.insert(new Book("dune", ann.id));
        Book dune = s.query(Book.class).first().orElseThrow();
        Tag sf = s.insert(new Tag("sf"));
        s.toMany(dune, "tags").add(sf);
        assertThat(sf.getBooks()).containsExactly(dune);

        s.delete(ann);

        long[] found = new long[1];
        assertThat(statements(s, () -> found[0] = s.find(Book.class, dune.id).map(b -> 1L).orElse(0L))).isEqualTo(1);
        assertThat(found[0]).isZero();
        assertThat(sf.getBooks()).isEmpty();
    }

    @Test
    void delete_databaseCascadeThenIdReused_doesNotReturnTheDeletedInstance() {
        Author ann = s.insert(new Author("ann"));
        Book dune = s.insert(new Book("dune", ann.id));
        s.delete(ann);
        try (Session other = db.open()) {
            Author zoe = other.insert(new Author("zoe"));
            other.insert(new Book("neuromancer", zoe.id));
        }

        Optional<Book> book = s.query(Book.class).first();

        assertThat(book).get().isNotSameAs(dune);
        assertThat(book.orElseThrow().title).isEqualTo("neuromancer");
    }

    @Test
    void delete_belongsToManyTarget_leavesItsOwnersLoadedCollections() {
        Author ann = s.insert(new Author("ann"));
        Book dune = s.insert(new Book("dune", ann.id));
        Tag sf = s.insert(new Tag("sf"));
        Tag classic = s.insert(new Tag("classic"));
        s.toMany(dune, "tags").addAll(java.util.List.of(sf, classic));
        assertThat(dune.getTags()).containsExactly(sf, classic);

        s.delete(sf);

        assertThat(dune.getTags()).containsExactly(classic);
    }
}
