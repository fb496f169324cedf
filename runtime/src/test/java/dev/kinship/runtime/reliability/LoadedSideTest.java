package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Inserting or updating a child keeps its parents' loaded collections in step (found by the model-based test). */
class LoadedSideTest {

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
    void insert_childWithParentKey_appearsInTheParentsLoadedCollection() {
        Author ann = s.insert(new Author("ann"));
        assertThat(ann.getBooks()).isEmpty();

        Book dune = s.insert(new Book("dune", ann.id));

        assertThat(ann.getBooks()).containsExactly(dune);
        assertThat(dune.getAuthor()).isSameAs(ann);
    }

    @Test
    void update_movingTheKey_movesTheChildBetweenLoadedCollections() {
        Author ann = s.insert(new Author("ann"));
        Author bea = s.insert(new Author("bea"));
        Book dune = s.insert(new Book("dune", ann.id));
        assertThat(ann.getBooks()).containsExactly(dune);
        assertThat(bea.getBooks()).isEmpty();

        dune.authorId = bea.id;
        s.update(dune);

        assertThat(ann.getBooks()).isEmpty();
        assertThat(bea.getBooks()).containsExactly(dune);
    }
}
