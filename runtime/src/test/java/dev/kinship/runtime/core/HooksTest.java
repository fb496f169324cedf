package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Hooks;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.User;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** Lifecycle hooks: when they run, what they may change, and what an exception from one undoes. */
class HooksTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

    private Hooks hooks() {
        return db.get().hooks();
    }

    @SuppressWarnings("unchecked")
    private static Consumer<User> hook() {
        return mock(Consumer.class);
    }

    @Test
    void hooks_insertUpdateDelete_runInLifecycleOrder() {
        Consumer<User> beforeCreate = hook();
        Consumer<User> afterCreate = hook();
        Consumer<User> beforeUpdate = hook();
        Consumer<User> afterUpdate = hook();
        Consumer<User> beforeDestroy = hook();
        Consumer<User> afterDestroy = hook();
        hooks().on(User.class, Hook.AFTER_DESTROY, afterDestroy)
            .on(User.class, Hook.BEFORE_DESTROY, beforeDestroy)
            .on(User.class, Hook.AFTER_UPDATE, afterUpdate)
            .on(User.class, Hook.BEFORE_UPDATE, beforeUpdate)
            .on(User.class, Hook.AFTER_CREATE, afterCreate)
            .on(User.class, Hook.BEFORE_CREATE, beforeCreate);

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));
            ada.email = "ada@example.org";
            s.update(ada);
            s.delete(ada);
        }

        InOrder order = inOrder(beforeCreate, afterCreate, beforeUpdate, afterUpdate, beforeDestroy, afterDestroy);
        order.verify(beforeCreate).accept(any());
        order.verify(afterCreate).accept(any());
        order.verify(beforeUpdate).accept(any());
        order.verify(afterUpdate).accept(any());
        order.verify(beforeDestroy).accept(any());
        order.verify(afterDestroy).accept(any());
        verifyNoMoreInteractions(beforeCreate, afterCreate, beforeUpdate, afterUpdate, beforeDestroy, afterDestroy);
    }

    @Test
    void hooks_ofOneMoment_runInRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        hooks().on(User.class, Hook.BEFORE_CREATE, u -> calls.add("first"))
            .on(User.class, Hook.BEFORE_CREATE, u -> calls.add("second"))
            .on(User.class, Hook.BEFORE_CREATE, u -> calls.add("third"));

        try (Session s = db.open()) {
            s.insert(new User("ada", null));
        }

        assertThat(calls).containsExactly("first", "second", "third");
    }

    @Test
    void beforeCreate_changesTheEntity_theInsertWritesTheChange() {
        hooks().on(User.class, Hook.BEFORE_CREATE, u -> u.email = u.username + "@example.org");

        try (Session s = db.open()) {
            s.insert(new User("ada", null));
        }

        try (Session s = db.open()) {
            assertThat(s.query(User.class).first().orElseThrow().email).isEqualTo("ada@example.org");
        }
    }

    @Test
    void beforeCreate_seesNoIdYet_afterCreateSeesTheGeneratedId() {
        List<Long> seen = new ArrayList<>();
        hooks().on(User.class, Hook.BEFORE_CREATE, u -> seen.add(u.id))
            .on(User.class, Hook.AFTER_CREATE, u -> seen.add(u.id));

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));

            assertThat(seen).containsExactly(null, ada.id);
        }
    }

    @Test
    void afterCreate_receivesTheManagedInstanceThatInsertReturns() {
        List<User> seen = new ArrayList<>();
        hooks().on(User.class, Hook.AFTER_CREATE, seen::add);

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));

            assertThat(seen).singleElement().isSameAs(ada);
            assertThat(Entities.isManaged(ada)).isTrue();
        }
    }

    @Test
    void beforeUpdate_changesTheEntity_theUpdateWritesTheChange() {
        hooks().on(Post.class, Hook.BEFORE_UPDATE, p -> p.title = p.title.trim());
        try (Session s = db.open()) {
            Post post = s.insert(new Post("hello", null));
            post.title = "  hello, world  ";
            s.update(post);
        }
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).first().orElseThrow().title).isEqualTo("hello, world");
        }
    }

    @Test
    void beforeCreate_throws_nothingIsInsertedAndTheExceptionPropagates() {
        IllegalArgumentException refused = new IllegalArgumentException("username is reserved");
        hooks().on(User.class, Hook.BEFORE_CREATE, u -> {
            throw refused;
        });

        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new User("root", null))).isSameAs(refused);
        }
        assertThat(db.rows("Users")).isZero();
    }

    @Test
    void afterCreate_throws_theInsertIsRolledBack() {
        hooks().on(User.class, Hook.AFTER_CREATE, u -> {
            throw new IllegalStateException("audit log unavailable");
        });

        try (Session s = db.open()) {
            User ada = new User("ada", null);

            assertThatThrownBy(() -> s.insert(ada)).hasMessage("audit log unavailable");
            assertThat(ada.id).isNull();
        }
        assertThat(db.rows("Users")).isZero();
    }

    @Test
    void afterUpdate_throws_theUpdateIsRolledBack() {
        try (Session s = db.open()) {
            s.insert(new User("ada", null));
        }
        hooks().on(User.class, Hook.AFTER_UPDATE, u -> {
            throw new IllegalStateException("audit log unavailable");
        });

        try (Session s = db.open()) {
            User ada = s.query(User.class).first().orElseThrow();
            ada.username = "countess";

            assertThatThrownBy(() -> s.update(ada)).hasMessage("audit log unavailable");
        }
        try (Session s = db.open()) {
            assertThat(s.query(User.class).first().orElseThrow().username).isEqualTo("ada");
        }
    }

    @Test
    void beforeDestroy_throws_theRowStays() {
        hooks().on(User.class, Hook.BEFORE_DESTROY, u -> {
            throw new IllegalStateException("users are never deleted");
        });

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));

            assertThatThrownBy(() -> s.delete(ada)).hasMessage("users are never deleted");
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void afterDestroy_throws_theDeleteIsRolledBack() {
        hooks().on(User.class, Hook.AFTER_DESTROY, u -> {
            throw new IllegalStateException("audit log unavailable");
        });

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));

            assertThatThrownBy(() -> s.delete(ada)).hasMessage("audit log unavailable");
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void hookThrows_insideATransaction_rollsBackTheWholeTransaction() {
        hooks().on(Post.class, Hook.BEFORE_CREATE, p -> {
            throw new IllegalStateException("posting is closed");
        });

        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                User ada = tx.insert(new User("ada", null));
                tx.insert(new Post("hello", ada.id));
            })).hasMessage("posting is closed");
        }
        assertThat(db.rows("Users")).isZero();
        assertThat(db.rows("Posts")).isZero();
    }

    @Test
    void hookOnASupertype_runsForEveryModel() {
        List<Class<?>> seen = new ArrayList<>();
        hooks().on(Object.class, Hook.AFTER_CREATE, e -> seen.add(Entities.classOf(e)));

        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));
            s.insert(new Post("hello", ada.id));
        }

        assertThat(seen).containsExactly(User.class, Post.class);
    }

    @Test
    void hookOfAnotherModel_doesNotRun() {
        Consumer<User> userHook = hook();
        hooks().on(User.class, Hook.BEFORE_CREATE, userHook);

        try (Session s = db.open()) {
            s.insert(new Post("hello", null));
        }

        verifyNoMoreInteractions(userHook);
    }

    @Test
    void on_classThatIsNotAModel_throwsListingTheModels() {
        assertThatThrownBy(() -> hooks().on(String.class, Hook.BEFORE_CREATE, x -> { }))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("String is not a model of this schema. Models: [User, Profile, Department, Employee, "
                + "Product, Tag, Post, Comment, Category, Team, Project, TeamMember]. Register it with "
                + "Schema.builder().model(String.class).");
    }

    @Test
    void on_registeredWhileASessionIsOpen_runsForItsNextWrite() {
        List<String> calls = new ArrayList<>();
        try (Session s = db.open()) {
            s.insert(new User("ada", null));
            hooks().on(User.class, Hook.BEFORE_CREATE, u -> calls.add(u.username));

            s.insert(new User("grace", null));
        }

        assertThat(calls).containsExactly("grace");
    }
}
