package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.SeedModels.Comment;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** useTransaction / inTransaction: commit on return, rollback on any exception, nesting joins the outer transaction. */
class TransactionTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

    @Test
    void useTransaction_returns_commitsEveryWrite() {
        try (Session s = db.open()) {
            s.useTransaction(tx -> {
                tx.insert(new User("ada", null));
                tx.insert(new User("grace", null));
            });
        }
        assertThat(db.rows("Users")).isEqualTo(2);
    }

    @Test
    void inTransaction_returns_commitsAndReturnsTheResult() {
        try (Session s = db.open()) {
            Long id = s.inTransaction(tx -> tx.insert(new User("ada", null)).id);

            assertThat(id).isNotNull();
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void useTransaction_workThrows_rollsBackAndRethrowsTheSameException() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (Session s = db.open()) {
            s.insert(new User("before", null));

            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.insert(new User("ada", null));
                tx.insert(new User("grace", null));
                throw boom;
            })).isSameAs(boom);
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void inTransaction_workThrowsAnError_rollsBack() {
        AssertionError error = new AssertionError("error, not exception");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.inTransaction(tx -> {
                tx.insert(new User("ada", null));
                throw error;
            })).isSameAs(error);
        }
        assertThat(db.rows("Users")).isZero();
    }

    @Test
    void useTransaction_laterWriteRefusedByTheDatabase_rollsBackTheEarlierOnes() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                User ada = tx.insert(new User("ada", null));
                tx.insert(new Post("hello", ada.id));
                tx.insert(new Comment("orphan", 999L));
            })).isInstanceOf(ConstraintViolationException.class);
        }
        assertThat(db.rows("Users")).isZero();
        assertThat(db.rows("Posts")).isZero();
        assertThat(db.rows("Comments")).isZero();
    }

    @Test
    void nested_innerFailureCaughtInsideTheOuter_outerStillCommitsItsOwnWork() {
        try (Session s = db.open()) {
            s.useTransaction(outer -> {
                outer.insert(new User("outer", null));
                try {
                    outer.useTransaction(inner -> {
                        inner.insert(new User("inner", null));
                        throw new IllegalStateException("inner fails");
                    });
                } catch (IllegalStateException expected) {
                    // the inner work is undone; the outer goes on
                }
                outer.insert(new User("outer again", null));
            });
        }
        try (Session s = db.open()) {
            assertThat(s.query(User.class).orderBy("id").list()).extracting(u -> u.username)
                .containsExactly("outer", "outer again");
        }
    }

    @Test
    void nested_innerFailurePropagating_rollsBackEverything() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(outer -> {
                outer.insert(new User("outer", null));
                outer.inTransaction(inner -> {
                    inner.insert(new User("inner", null));
                    throw new IllegalStateException("inner fails");
                });
            })).hasMessage("inner fails");
        }
        assertThat(db.rows("Users")).isZero();
    }

    @Test
    void nested_innerReturns_itsWorkCommitsWithTheOuter() {
        try (Session s = db.open()) {
            s.useTransaction(outer -> {
                outer.insert(new User("outer", null));
                outer.useTransaction(inner -> inner.insert(new User("inner", null)));
            });
        }
        assertThat(db.rows("Users")).isEqualTo(2);
    }

    @Test
    void writeOutsideATransaction_isCommittedWhenTheCallReturns() {
        try (Session s = db.open()) {
            s.insert(new User("ada", null));

            assertThat(db.rows("Users")).isEqualTo(1);
        }
    }

    @Test
    void rolledBackInsert_leavesTheEntityWithoutAGeneratedId() {
        User ada = new User("ada", null);
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.insert(ada);
                throw new IllegalStateException("undo");
            })).hasMessage("undo");

            assertThat(ada.id).isNull();
            User again = s.insert(ada);
            assertThat(s.find(User.class, again.id)).containsSame(again);
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void rolledBackInsert_isNotFoundInTheIdentityMap() {
        try (Session s = db.open()) {
            Long[] id = new Long[1];
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                id[0] = tx.insert(new User("ada", null)).id;
                throw new IllegalStateException("undo");
            })).hasMessage("undo");

            assertThat(s.find(User.class, id[0])).isEmpty();
        }
    }

    @Test
    void rolledBackDelete_keepsTheRowAndItsInstance() {
        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));

            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.delete(ada);
                throw new IllegalStateException("undo");
            })).hasMessage("undo");

            assertThat(db.rows("Users")).isEqualTo(1);
            long before = s.stats().statements();
            assertThat(s.find(User.class, ada.id)).containsSame(ada);
            assertThat(s.stats().statements()).isEqualTo(before);
        }
    }

    @Test
    void transaction_afterARollback_theSessionWritesAgain() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.insert(new User("ada", null));
                throw new IllegalStateException("undo");
            })).hasMessage("undo");

            s.useTransaction(tx -> tx.insert(new User("grace", null)));
        }
        assertThat(db.rows("Users")).isEqualTo(1);
    }

    @Test
    void close_insideATransaction_throwsAndRollsBack() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.insert(new User("ada", null));
                tx.close();
            })).isInstanceOf(IllegalStateException.class)
                .hasMessage("close() was called inside useTransaction/inTransaction, whose transaction is still "
                    + "open. Close the session after the transaction's work returns.");
        }
        assertThat(db.rows("Users")).isZero();
    }
}
