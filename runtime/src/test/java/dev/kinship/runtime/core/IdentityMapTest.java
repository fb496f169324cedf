package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.SeedModels.User;
import java.lang.ref.WeakReference;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One instance per row within a session, none shared across sessions, nothing kept that the application dropped. */
class IdentityMapTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

    private Long adaId;

    @BeforeEach
    void insertAda() {
        try (Session s = db.open()) {
            adaId = s.insert(new User("ada", "ada@example.org")).id;
            s.insert(new User("grace", "grace@example.org"));
        }
    }

    @Test
    void find_twice_returnsTheSameInstanceWithoutASecondStatement() {
        try (Session s = db.open()) {
            User first = s.find(User.class, adaId).orElseThrow();

            User second = s.find(User.class, adaId).orElseThrow();

            assertThat(second).isSameAs(first);
            assertThat(s.stats().statements()).isEqualTo(1);
            assertThat(s.stats().hits()).isEqualTo(1);
        }
    }

    @Test
    void find_notYetLoaded_countsAMiss() {
        try (Session s = db.open()) {
            s.find(User.class, adaId);

            assertThat(s.stats().misses()).isEqualTo(1);
            assertThat(s.stats().hits()).isZero();
        }
    }

    @Test
    void query_rowAlreadyFound_returnsThatInstance() {
        try (Session s = db.open()) {
            User found = s.find(User.class, adaId).orElseThrow();

            List<User> listed = s.query(User.class).orderBy("id").list();

            assertThat(listed.get(0)).isSameAs(found);
        }
    }

    @Test
    void find_rowAlreadyQueried_returnsThatInstanceWithoutAStatement() {
        try (Session s = db.open()) {
            User listed = s.query(User.class).where("username", "ada").first().orElseThrow();
            long before = s.stats().statements();

            assertThat(s.find(User.class, adaId)).containsSame(listed);
            assertThat(s.stats().statements()).isEqualTo(before);
        }
    }

    @Test
    void query_rowAlreadyLoaded_keepsTheInstanceAsTheApplicationChangedIt() {
        try (Session s = db.open()) {
            User found = s.find(User.class, adaId).orElseThrow();
            found.email = "changed, not saved";

            User listed = s.query(User.class).where("username", "ada").first().orElseThrow();

            assertThat(listed).isSameAs(found);
            assertThat(listed.email).isEqualTo("changed, not saved");
        }
    }

    @Test
    void find_inTwoSessions_returnsTwoInstances() {
        try (Session one = db.open(); Session two = db.open()) {
            User a = one.find(User.class, adaId).orElseThrow();
            User b = two.find(User.class, adaId).orElseThrow();

            assertThat(a).isNotSameAs(b);
            assertThat(b.username).isEqualTo(a.username);
        }
    }

    @Test
    void find_afterAnotherSessionUpdatedTheRow_readsTheNewValuesInANewSession() {
        try (Session reader = db.open()) {
            reader.find(User.class, adaId).orElseThrow();
            try (Session writer = db.open()) {
                User ada = writer.find(User.class, adaId).orElseThrow();
                ada.username = "countess";
                writer.update(ada);
            }
        }
        try (Session s = db.open()) {
            assertThat(s.find(User.class, adaId).orElseThrow().username).isEqualTo("countess");
        }
    }

    @Test
    void entityTheApplicationDropped_isCollectedAndReadAgainOnTheNextFind() {
        try (Session s = db.open()) {
            WeakReference<User> dropped = new WeakReference<>(s.find(User.class, adaId).orElseThrow());

            awaitCollected(dropped);
            User again = s.find(User.class, adaId).orElseThrow();

            assertThat(again.username).isEqualTo("ada");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    /** Runs the collector until {@code reference} is cleared; fails after a few seconds. */
    static void awaitCollected(WeakReference<?> reference) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (reference.get() != null && System.nanoTime() < deadline) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int i = 0; i < pressure.length; i++) {
                pressure[i] = new byte[64 * 1024];
            }
            Thread.onSpinWait();
        }
        assertThat(reference.get()).as("the instance is still reachable from the session").isNull();
    }
}
