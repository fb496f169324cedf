package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A write that committed is reported as done: nothing after the commit can fail the call. */
class CommittedWriteTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Shop::schema);

    @Test
    void create_ownerHoldsAnImmutableLoadedCollection_returnsAndWritesOnce() {
        try (Session s = db.open()) {
            Author ann = s.insert(new Author("ann"));
            ann.setBooks(List.of());

            Book dune = s.<Book>toMany(ann, "books").create(new Book("dune", null));

            assertThat(db.rows("Books")).isEqualTo(1);
            assertThat(ann.getBooks()).containsExactly(dune);
        }
    }
}
