package dev.kinship.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.dialect.Ledger.Account;
import dev.kinship.runtime.dialect.Ledger.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Hooks.onWithSession}: a hook's writes go through the session of the write, in its transaction. */
class HookSessionTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Ledger::schema);

    private void auditCreations() {
        db.get().hooks().onWithSession(Account.class, Hook.AFTER_CREATE,
            (account, session) -> session.insert(new Entry("opened " + account.name, account.id)));
    }

    @Test
    void hookWrite_commitsWithTheWriteThatRanIt() {
        auditCreations();
        try (Session s = db.open()) {
            Account a = s.insert(new Account("ada", 1, null));

            assertThat(s.query(Entry.class).where("accountId", a.id).list()).extracting(e -> e.memo)
                .containsExactly("opened ada");
        }
        assertThat(db.rows("Entries")).isEqualTo(1);
    }

    @Test
    void hookWrite_rollsBackWithTheTransaction() {
        auditCreations();
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.useTransaction(tx -> {
                tx.insert(new Account("ada", 1, null));
                throw new IllegalStateException("business rule failed");
            })).hasMessage("business rule failed");
        }
        assertThat(db.rows("Accounts")).isZero();
        assertThat(db.rows("Entries")).isZero();
    }

    @Test
    void hookThatFailsAfterItsWrite_leavesNothingWritten() {
        db.get().hooks().onWithSession(Account.class, Hook.AFTER_CREATE, (account, session) -> {
            session.insert(new Entry("opened", account.id));
            throw new IllegalStateException("audit refused");
        });
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new Account("ada", 1, null))).hasMessage("audit refused");
        }
        assertThat(db.rows("Accounts")).isZero();
        assertThat(db.rows("Entries")).isZero();
    }
}
