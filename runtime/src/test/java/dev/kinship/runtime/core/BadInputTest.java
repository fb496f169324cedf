package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.IdModels.Code;
import dev.kinship.runtime.core.KeyModels.Customer;
import dev.kinship.runtime.core.KeyModels.Invoice;
import dev.kinship.runtime.core.SeedModels.Comment;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.User;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each misuse of a session gets a clear error, and leaves the database exactly as it was: every
 * test counts the rows of every table before and after.
 */
class BadInputTest {

    /** An entity class that no schema registers. */
    static class Unregistered {
        Long id;
    }

    /** Counts the rows of every table before each test and checks them again after it. */
    abstract static class Unchanged {

        abstract TestDatabase db();

        private Map<String, Long> before;

        @BeforeEach
        void countRows() {
            seed();
            before = counts();
        }

        void seed() {
        }

        @AfterEach
        void rowsAreUnchanged() {
            assertThat(counts()).isEqualTo(before);
        }

        private Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            Pragmas.tables(db().get()).forEach(table -> counts.put(table, db().rows(table)));
            return counts;
        }
    }

    @Nested
    class Seed extends Unchanged {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

        private Long postId;

        @Override
        TestDatabase db() {
            return db;
        }

        @Override
        void seed() {
            try (Session s = db.open()) {
                User ada = s.insert(new User("ada", "ada@example.org"));
                postId = s.insert(new Post("hello", ada.id)).id;
                s.insert(new Comment("first", postId));
            }
        }

        @Test
        void find_idOfTheWrongType_throwsNamingTheIdType() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.find(User.class, "1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("find(User.class, id): the id of User is Long, but the value given is the String "
                        + "\"1\". Pass a Long, e.g. 1L.");
                assertThat(s.stats().statements()).isZero();
            }
        }

        @Test
        void insert_classThatIsNotAModel_throwsListingTheModels() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Unregistered()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Unregistered is not a model of this schema. Models: [User, Profile, Department, "
                        + "Employee, Product, Tag, Post, Comment, Category, Team, Project, TeamMember]. Register it "
                        + "with Schema.builder().model(Unregistered.class).");
            }
        }

        @Test
        void insert_duplicateGeneratedId_throwsConstraintViolation() {
            try (Session s = db.open()) {
                User copy = new User("impostor", null);
                copy.id = s.query(User.class).first().orElseThrow().id;

                assertThatThrownBy(() -> s.insert(copy))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting User#" + copy.id + " failed: a User with id " + copy.id + " already exists. "
                        + "Use update(...) for an existing row, or leave a generated id null.")
                    .hasCauseInstanceOf(SQLException.class);
            }
        }

        @Test
        void insert_keyReferringToNoRow_throwsNamingTheModelColumnAndAssociation() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Comment("orphan", 999L)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Comment (new) failed: Comment.postId = 999 refers to no Post "
                        + "(Post.hasMany(Comment) as 'comments'). Insert that Post first or fix the key.")
                    .hasCauseInstanceOf(SQLException.class);
            }
        }

        @Test
        void update_keyReferringToNoRow_throwsAndTheRowKeepsItsKey() {
            try (Session s = db.open()) {
                Comment comment = s.query(Comment.class).first().orElseThrow();
                comment.postId = 999L;

                assertThatThrownBy(() -> s.update(comment))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Updating Comment#" + comment.id + " failed: Comment.postId = 999 refers to no Post "
                        + "(Post.hasMany(Comment) as 'comments'). Insert that Post first or fix the key.");
            }
            try (Session s = db.open()) {
                assertThat(s.query(Comment.class).first().orElseThrow().postId).isEqualTo(postId);
            }
        }

        @Test
        void update_rowThatDoesNotExist_throws() {
            try (Session s = db.open()) {
                User ghost = new User("ghost", null);
                ghost.id = 999L;

                assertThatThrownBy(() -> s.update(ghost))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Updating User#999 failed: no User row has id 999. Insert it instead, or find the "
                        + "row first.");
            }
        }

        @Test
        void update_entityWithoutId_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.update(new User("new", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("update(User): the entity has no id, so it is not a row yet. Insert it first.");
            }
        }

        @Test
        void where_fieldThatDoesNotExist_throwsListingTheFields() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.query(Post.class).where("titel", "hello"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("where(\"titel\"): Post has no field 'titel'. Its fields: [id, title, published, "
                        + "authorId].");
            }
        }

        @Test
        void where_valueOfTheWrongType_throwsNamingTheFieldType() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.query(Post.class).where("published", "yes"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("where(\"published\", ...): field Post.published is Boolean, but the value given is "
                        + "the String \"yes\". Pass a Boolean.");
            }
        }

        @Test
        void insert_onAClosedSession_throws() {
            Session s = db.open();
            s.close();

            assertThatThrownBy(() -> s.insert(new User("late", null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This session is closed. Open a new one with database.openSession(); entities it "
                    + "returned stay navigable.");
        }

        @Test
        void find_onAClosedSession_throws() {
            Session s = db.open();
            s.close();

            assertThatThrownBy(() -> s.find(User.class, 1L)).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void list_ofAQueryMadeBeforeTheSessionClosed_throws() {
            Session s = db.open();
            var query = s.query(User.class);
            s.close();

            assertThatThrownBy(query::list).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void delete_onAClosedSession_throws() {
            Session s = db.open();
            User ada = s.query(User.class).first().orElseThrow();
            s.close();

            assertThatThrownBy(() -> s.delete(ada)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Keys extends Unchanged {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(KeyModels::schema);

        @Override
        TestDatabase db() {
            return db;
        }

        @Override
        void seed() {
            try (Session s = db.open()) {
                s.insert(new Customer("ACME", "Acme Ltd"));
            }
        }

        @Test
        void insert_nullInANotNullKey_throwsNamingTheModelColumnAndAssociation() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Invoice("2024-001", null)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Invoice (new) failed: Invoice.customerCode may not be null (it is the key "
                        + "of Invoice.belongsTo(Customer) as 'customer', declared with allowNull(false)). Set "
                        + "customerCode before you insert.")
                    .hasCauseInstanceOf(SQLException.class);
            }
        }

        @Test
        void insert_keyKeptByKinshipReferringToNoRow_throwsNamingTheKey() {
            KeyModels.Folder gone = new KeyModels.Folder();
            gone.id = 99L;
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new KeyModels.Note("orphan", gone)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Note (new) failed: Note.folderId = 99 refers to no Folder "
                        + "(Note.belongsTo(Folder) as 'folder'). Insert that Folder first or fix the key.");
            }
        }

        @Test
        void find_modelWithoutId_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.find(KeyModels.Authorship.class, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("find(Authorship.class, id): Authorship has no id field; its rows are keyed by "
                        + "[authorId, bookId]. Use query(Authorship.class).where(...) instead.");
            }
        }

        @Test
        void update_modelWithoutId_throws() {
            KeyModels.Authorship link = new KeyModels.Authorship();
            link.authorId = 1L;
            link.bookId = 2L;
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.update(link))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("update(Authorship): Authorship has no id field, so Kinship cannot tell which row "
                        + "to write. Change its rows through session.toMany(owner, alias).");
            }
        }

        @Test
        void insert_keyReferringToNoRowOfANonIdColumn_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Invoice("2024-001", "NOPE")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Invoice (new) failed: Invoice.customerCode = NOPE refers to no Customer "
                        + "(Invoice.belongsTo(Customer) as 'customer'). Insert that Customer first or fix the key.");
            }
        }
    }

    @Nested
    class Ids extends Unchanged {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(IdModels::schema);

        @Override
        TestDatabase db() {
            return db;
        }

        @Override
        void seed() {
            try (Session s = db.open()) {
                s.insert(new Code("WELCOME10", "ten percent off"));
            }
        }

        @Test
        void insert_duplicateStringId_throwsConstraintViolation() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Code("WELCOME10", "again")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Code#WELCOME10 failed: a Code with id WELCOME10 already exists. Use "
                        + "update(...) for an existing row, or leave a generated id null.");
            }
        }

        @Test
        void insert_idAssignedByTheCallerLeftNull_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.insert(new Code(null, "no id")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Inserting Code (new) failed: Code.id is a String the caller assigns, and it is null. "
                        + "Set the id before you insert.");
                assertThat(s.stats().statements()).isZero();
            }
        }

        @Test
        void find_stringForAUuidId_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.find(IdModels.Token.class, "0f8fad5b-d9cb-469f-a165-70867728950e"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("find(Token.class, id): the id of Token is UUID, but the value given is the String "
                        + "\"0f8fad5b-d9cb-469f-a165-70867728950e\". Pass a UUID.");
            }
        }

        @Test
        void find_longTooLargeForAnIntegerId_throws() {
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.find(IdModels.Counter.class, 1L << 40))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("find(Counter.class, id): the id of Counter is Integer, but the value given is "
                        + "1099511627776 (Long). Pass an Integer.");
            }
        }
    }
}
