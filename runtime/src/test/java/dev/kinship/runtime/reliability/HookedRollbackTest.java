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
import dev.kinship.runtime.write.Rows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delete rules carried out by Kinship ({@code hooks(true)}) that an outer transaction rolls back leave memory as it was. */
class HookedRollbackTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Shop::hooked);

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
    void hookedSetNullDelete_inRolledBackTransaction_keepsTheLink() {
        Department sales = s.insert(new Department("sales"));
        Employee bob = s.insert(new Employee("bob", sales.id));
        assertThat(bob.getDepartment()).isSameAs(sales);

        assertThatThrownBy(() -> s.useTransaction(tx -> {
            tx.delete(sales);
            throw new IllegalStateException("audit service down");
        })).hasMessage("audit service down");

        assertThat(bob.departmentId).isEqualTo(sales.id);
        assertThat(bob.getDepartment()).isSameAs(sales);
        assertThat(s.find(Department.class, sales.id)).containsSame(sales);
        bob.name = "bob (renamed)";
        s.update(bob);
        assertThat(value(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).isEqualTo(sales.id);
    }

    @Test
    void hookedCascadeDelete_inRolledBackTransaction_keepsTheChildrenLoaded() {
        Author ann = s.insert(new Author("ann"));
        Book dune = s.insert(new Book("dune", ann.id));
        assertThat(ann.getBooks()).containsExactly(dune);

        assertThatThrownBy(() -> s.useTransaction(tx -> {
            tx.delete(ann);
            throw new IllegalStateException("audit service down");
        })).hasMessage("audit service down");

        assertThat(s.find(Book.class, dune.id)).containsSame(dune);
        assertThat(ann.getBooks()).containsExactly(dune);
    }
}
