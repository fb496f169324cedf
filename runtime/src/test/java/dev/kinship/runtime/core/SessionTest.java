package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.IdModels.Code;
import dev.kinship.runtime.core.IdModels.Counter;
import dev.kinship.runtime.core.IdModels.Token;
import dev.kinship.runtime.core.IdModels.Usage;
import dev.kinship.runtime.core.SeedModels.Comment;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.Profile;
import dev.kinship.runtime.core.SeedModels.User;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** find, insert, update and delete, with the statements each one costs. */
class SessionTest {

    @Nested
    class Seed {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

        @Test
        void insert_generatedId_isAssignedToTheArgumentAndTheReturnedInstance() {
            try (Session s = db.open()) {
                User ada = new User("ada", "ada@example.org");

                User managed = s.insert(ada);

                assertThat(ada.id).isNotNull();
                assertThat(managed.id).isEqualTo(ada.id);
                assertThat(Entities.isManaged(managed)).isTrue();
                assertThat(s.stats().statements()).isEqualTo(1);
            }
        }

        @Test
        void insert_twoRows_getDistinctIncreasingIds() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                User grace = s.insert(new User("grace", null));

                assertThat(grace.id).isGreaterThan(ada.id);
            }
        }

        @Test
        void insert_managedInstance_isTheOneFindReturns() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));

                assertThat(s.find(User.class, ada.id)).containsSame(ada);
                assertThat(s.stats().statements()).isEqualTo(1);
            }
        }

        @Test
        void find_existingRow_readsEveryColumnInOneStatement() {
            Long id;
            try (Session s = db.open()) {
                id = s.insert(new User("ada", "ada@example.org")).id;
            }
            try (Session s = db.open()) {
                User ada = s.find(User.class, id).orElseThrow();

                assertThat(ada.username).isEqualTo("ada");
                assertThat(ada.email).isEqualTo("ada@example.org");
                assertThat(s.stats().statements()).isEqualTo(1);
            }
        }

        @Test
        void find_missingRow_isEmpty() {
            try (Session s = db.open()) {
                assertThat(s.find(User.class, 42L)).isEmpty();
                assertThat(s.stats().statements()).isEqualTo(1);
            }
        }

        @Test
        void find_integerForALongId_isWidened() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));

                assertThat(s.find(User.class, ada.id.intValue())).containsSame(ada);
            }
        }

        @Test
        void update_managedInstance_writesEveryColumn() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                ada.username = "countess";
                ada.email = "ada@example.org";

                User updated = s.update(ada);

                assertThat(updated).isSameAs(ada);
                assertThat(s.stats().statements()).isEqualTo(2);
            }
            try (Session s = db.open()) {
                User ada = s.query(User.class).first().orElseThrow();
                assertThat(ada.username).isEqualTo("countess");
                assertThat(ada.email).isEqualTo("ada@example.org");
            }
        }

        @Test
        void update_unmanagedCopyOfALoadedRow_returnsTheLoadedInstanceWithTheNewValues() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                User copy = new User("countess", null);
                copy.id = ada.id;

                User updated = s.update(copy);

                assertThat(updated).isSameAs(ada);
                assertThat(ada.username).isEqualTo("countess");
            }
        }

        @Test
        void update_settingAColumnToNull_writesNull() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", "ada@example.org"));
                ada.email = null;
                s.update(ada);
            }
            try (Session s = db.open()) {
                assertThat(s.query(User.class).first().orElseThrow().email).isNull();
            }
        }

        @Test
        void delete_row_isGoneAndFindIsEmpty() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));

                s.delete(ada);

                assertThat(s.find(User.class, ada.id)).isEmpty();
            }
            assertThat(db.rows("Users")).isZero();
        }

        @Test
        void delete_parentOfACascadeKey_theDatabaseDeletesTheChildren() {
            try (Session s = db.open()) {
                Post post = s.insert(new Post("hello", null));
                s.insert(new Comment("first", post.id));
                s.insert(new Comment("second", post.id));

                s.delete(post);
            }
            assertThat(db.rows("Comments")).isZero();
        }

        @Test
        void delete_parentOfASetNullKey_theDatabaseUnlinksTheChildren() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                s.insert(new Post("hello", ada.id));

                s.delete(ada);
            }
            try (Session s = db.open()) {
                Post post = s.query(Post.class).first().orElseThrow();
                assertThat(post.authorId).isNull();
            }
        }

        @Test
        void delete_userWithAProfile_cascadesToTheProfile() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                s.insert(new Profile(ada.id, "mathematician"));

                s.delete(ada);
            }
            assertThat(db.rows("Profiles")).isZero();
        }

        @Test
        void stats_countEveryStatementOfTheSession() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", null));
                s.update(ada);
                s.query(User.class).list();
                s.query(User.class).count();
                s.find(User.class, 99L);
                s.delete(ada);

                assertThat(s.stats().statements()).isEqualTo(6);
            }
        }
    }

    @Nested
    class Ids {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(IdModels::schema);

        @Test
        void insert_stringIdAssignedByTheCaller_isKept() {
            try (Session s = db.open()) {
                s.insert(new Code("WELCOME10", "ten percent off"));
            }
            try (Session s = db.open()) {
                assertThat(s.find(Code.class, "WELCOME10").orElseThrow().label).isEqualTo("ten percent off");
            }
        }

        @Test
        void insert_uuidIdAssignedByTheCaller_isKept() {
            UUID id = UUID.fromString("7f1c3c59-5a2e-4a8e-9d55-1b0f4f6f2a10");
            try (Session s = db.open()) {
                s.insert(new Token(id, "ada"));
            }
            try (Session s = db.open()) {
                Token token = s.find(Token.class, id).orElseThrow();
                assertThat(token.id).isEqualTo(id);
                assertThat(token.owner).isEqualTo("ada");
            }
        }

        @Test
        void insert_generatedIntegerId_isAssigned() {
            try (Session s = db.open()) {
                Counter counter = s.insert(new Counter(7));

                assertThat(counter.id).isEqualTo(1);
                assertThat(s.find(Counter.class, 1)).containsSame(counter);
            }
        }

        @Test
        void find_longForAnIntegerId_isNarrowedWhenItFits() {
            try (Session s = db.open()) {
                Counter counter = s.insert(new Counter(7));

                assertThat(s.find(Counter.class, 1L)).containsSame(counter);
            }
        }

        @Test
        void update_stringId_updatesThatRow() {
            try (Session s = db.open()) {
                Code code = s.insert(new Code("WELCOME10", "ten percent off"));
                code.label = "ten percent off, once";
                s.update(code);
            }
            try (Session s = db.open()) {
                assertThat(s.find(Code.class, "WELCOME10").orElseThrow().label).isEqualTo("ten percent off, once");
            }
        }

        @Test
        void delete_stringIdReferencedBySetNullKey_unlinksTheReference() {
            try (Session s = db.open()) {
                Code code = s.insert(new Code("WELCOME10", "ten percent off"));
                s.insert(new Usage("WELCOME10"));

                s.delete(code);
            }
            try (Session s = db.open()) {
                assertThat(s.query(Usage.class).first().orElseThrow().codeId).isNull();
            }
        }
    }
}
