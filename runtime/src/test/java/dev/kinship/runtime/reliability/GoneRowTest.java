package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** delete() of a row that is already gone runs no AFTER_DESTROY hook, undoes what its BEFORE work wrote, and evicts the instance. */
class GoneRowTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Shop::hooked);

    @Test
    void delete_rowAlreadyGone_runsNoAfterDestroyHookAndEvicts() {
        List<String> events = new ArrayList<>();
        db.get().hooks().on(Tag.class, Hook.AFTER_DESTROY, t -> events.add("after " + t.name));
        try (Session s = db.open()) {
            Tag sf = s.insert(new Tag("sf"));
            try (Session other = db.open()) {
                other.delete(other.find(Tag.class, sf.id).orElseThrow());
            }
            events.clear();

            s.delete(sf);
            s.delete(sf);

            assertThat(events).isEmpty();
            assertThat(s.find(Tag.class, sf.id)).isEmpty();
        }
    }

    @Test
    void delete_rowAlreadyGoneWithHookedRules_runsNoAfterDestroyHook() {
        List<String> events = new ArrayList<>();
        db.get().hooks().on(Author.class, Hook.AFTER_DESTROY, a -> events.add("after " + a.name));
        try (Session s = db.open()) {
            Author ann = s.insert(new Author("ann"));
            try (Session other = db.open()) {
                other.delete(other.find(Author.class, ann.id).orElseThrow());
            }
            events.clear();

            s.delete(ann);

            assertThat(events).isEmpty();
            assertThat(s.find(Author.class, ann.id)).isEmpty();
        }
    }
}
