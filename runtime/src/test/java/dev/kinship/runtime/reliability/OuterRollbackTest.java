package dev.kinship.runtime.reliability;

import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import dev.kinship.runtime.reliability.Shop.Department;
import dev.kinship.runtime.reliability.Shop.Employee;
import dev.kinship.runtime.reliability.Shop.Tag;
import dev.kinship.runtime.write.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When an outer transaction rolls back, memory goes back with the database: nothing rolled back is committed later. */
class OuterRollbackTest {

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

    private static void failing(Session s, java.util.function.Consumer<Session> work) {
        assertThatThrownBy(() -> s.useTransaction(tx -> {
            work.accept(tx);
            throw new IllegalStateException("business rule failed");
        })).hasMessage("business rule failed");
    }

    @Test
    void toOneSet_inRolledBackTransaction_keepsTheOldDepartment() {
        Department sales = s.insert(new Department("sales"));
        Department ops = s.insert(new Department("ops"));
        Employee ada = s.insert(new Employee("ada", sales.id));

        failing(s, tx -> tx.toOne(ada, "department").set(ops));

        assertThat(ada.departmentId).isEqualTo(sales.id);
        assertThat(ada.getDepartment()).isSameAs(sales);
        ada.name = "ada lovelace";
        s.update(ada);
        assertThat(value(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).isEqualTo(sales.id);
    }

    @Test
    void toManyAdd_inRolledBackTransaction_restoresBothLoadedCollections() {
        Author ann = s.insert(new Author("ann"));
        Author bea = s.insert(new Author("bea"));
        Book dune = s.insert(new Book("dune", ann.id));
        assertThat(ann.getBooks()).containsExactly(dune);
        assertThat(bea.getBooks()).isEmpty();

        failing(s, tx -> tx.toMany(bea, "books").add(dune));

        assertThat(dune.authorId).isEqualTo(ann.id);
        assertThat(ann.getBooks()).containsExactly(dune);
        assertThat(bea.getBooks()).isEmpty();
        assertThat(dune.getAuthor()).isSameAs(ann);
    }

    @Test
    void innerTransaction_caughtFailure_restoresItsAssociationChanges() {
        Department sales = s.insert(new Department("sales"));
        Department ops = s.insert(new Department("ops"));
        Employee ada = s.insert(new Employee("ada", sales.id));

        s.useTransaction(outer -> {
            try {
                failing(outer, tx -> tx.toOne(ada, "department").set(ops));
            } catch (AssertionError e) {
                throw e;
            }
        });

        assertThat(ada.departmentId).isEqualTo(sales.id);
        assertThat(value(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).isEqualTo(sales.id);
    }

    @Test
    void updateOfDetachedCopy_inRolledBackTransaction_leavesTheManagedInstance() {
        Author ann = s.insert(new Author("ann"));
        Book managed = s.insert(new Book("original", ann.id));
        Book copy = new Book("changed", ann.id);
        copy.id = managed.id;

        failing(s, tx -> tx.update(copy));

        assertThat(s.find(Book.class, managed.id)).containsSame(managed);
        assertThat(managed.title).isEqualTo("original");
    }

    @Test
    void collectionLoadedInRolledBackTransaction_isUnloaded() {
        Author ann = s.insert(new Author("ann"));

        failing(s, tx -> {
            tx.insert(new Book("draft", ann.id));
            assertThat(ann.getBooks()).hasSize(1);
        });

        assertThat(ann.getBooks()).isEmpty();
    }

    @Test
    void insertedRow_inRolledBackTransaction_leavesLoadedCollectionsAndIdentityMap() {
        Author ann = s.insert(new Author("ann"));
        Tag sf = s.insert(new Tag("sf"));
        assertThat(ann.getBooks()).isEmpty();

        failing(s, tx -> {
            Book draft = tx.<Book>toMany(ann, "books").create(new Book("draft", null));
            tx.toMany(draft, "tags").add(sf);
            assertThat(sf.getBooks()).containsExactly(draft);
        });

        assertThat(ann.getBooks()).isEmpty();
        assertThat(sf.getBooks()).isEmpty();
        assertThat(s.query(Book.class).list()).isEmpty();
    }
}
