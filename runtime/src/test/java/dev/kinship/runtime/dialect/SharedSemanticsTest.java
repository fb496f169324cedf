package dev.kinship.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.dialect.Ledger.Account;
import dev.kinship.runtime.dialect.Ledger.Entry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The semantics API.md promises on every database, run on SQLite and on PostgreSQL alike: NULL
 * order, text order by code point, decimals by value, what is refused, explicit ids and generated
 * ones, and a transaction that survives a failed write.
 */
class SharedSemanticsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Ledger::schema);

    private void accounts(Account... accounts) {
        try (Session s = db.open()) {
            for (Account a : accounts) {
                s.insert(a);
            }
        }
    }

    private List<String> names(String field, boolean descending) {
        try (Session s = db.open()) {
            var query = s.query(Account.class);
            return (descending ? query.orderByDescending(field) : query.orderBy(field)).orderBy("id").list().stream()
                .map(a -> a.name).toList();
        }
    }

    @Test
    void dialect_isTheDatabaseConnectedTo() {
        assertThat(db.get().dialect()).isEqualTo(TestDatabases.postgresql() ? "postgresql" : "sqlite");
    }

    @Test
    void orderBy_nullableColumn_nullsFirstAscendingAndLastDescending() {
        accounts(new Account("two", 2, null), new Account("none", null, null), new Account("one", 1, null));

        assertThat(names("rank", false)).containsExactly("none", "one", "two");
        assertThat(names("rank", true)).containsExactly("two", "one", "none");
    }

    @Test
    void orderBy_text_comparesByCodePoint() {
        accounts(new Account("b", 1, null), new Account("é", 2, null), new Account("B", 3, null),
            new Account("a", 4, null), new Account("Z", 5, null));

        assertThat(names("name", false)).containsExactly("B", "Z", "a", "b", "é");
    }

    @Test
    void orderBy_decimal_ordersByValueNotByText() {
        accounts(new Account("nine", 1, new BigDecimal("9.5")), new Account("hundred", 2, new BigDecimal("100")),
            new Account("ten", 3, new BigDecimal("10.00")), new Account("minus", 4, new BigDecimal("-1")));

        assertThat(names("balance", false)).containsExactly("minus", "nine", "ten", "hundred");
    }

    @Test
    void where_decimal_matchesAnEqualValueOfAnotherScale() {
        accounts(new Account("ten", 1, new BigDecimal("10.00")), new Account("other", 2, new BigDecimal("10.01")));

        try (Session s = db.open()) {
            List<Account> found = s.query(Account.class).where("balance", new BigDecimal("10")).list();

            assertThat(found).extracting(a -> a.name).containsExactly("ten");
            assertThat(found.get(0).balance).isEqualTo(new BigDecimal("10.00"));
        }
    }

    @Test
    void insert_decimalBeyondNumericRange_isRefusedNamingTheFieldAndNothingIsWritten() {
        try (Session s = db.open()) {
            Account huge = new Account("huge", 1, new BigDecimal("1e131072"));

            assertThatThrownBy(() -> s.insert(huge))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inserting Account (new) failed: Account.balance has 131073 digits before the point and 0 "
                    + "after it, beyond the 131072 and 16383 a decimal column keeps. Round the value (setScale) or "
                    + "keep it within that range");
        }
        assertThat(db.rows("Accounts")).isZero();
    }

    @Test
    void insert_decimalWithTooManyFractionDigits_isRefused() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new Account("tiny", 1, new BigDecimal("1e-16384"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Account.balance has 0 digits before the point and 16384 after it");
        }
        assertThat(db.rows("Accounts")).isZero();
    }

    @Test
    void insert_textWithU0000OnPostgresql_isRefusedNamingTheField() {
        assumeThat(TestDatabases.postgresql()).as("PostgreSQL's text cannot hold U+0000; SQLite's can").isTrue();
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new Account("nul\u0000here", 1, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inserting Account (new) failed: Account.name holds the character U+0000 at index 3, which "
                    + "PostgreSQL text cannot store. Remove the U+0000 characters, or store such data as byte[]");
        }
        assertThat(db.rows("Accounts")).isZero();
    }

    @Test
    void insert_textWithAnUnpairedSurrogate_isRefusedNamingTheField() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.insert(new Account("half \uD83D emoji", 1, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inserting Account (new) failed: Account.name holds an unpaired UTF-16 surrogate (U+D83D) at "
                    + "index 5, which has no UTF-8 form, so the database would store '?' instead. Pass well-formed "
                    + "text, e.g. as read by a UTF-8 decoder, or store such data as byte[]");
            Account whole = s.insert(new Account("whole \uD83D\uDE00 emoji", 1, null));
            assertThat(s.sql(Account.class, "SELECT * FROM \"Accounts\" WHERE \"id\" = ?", whole.id).get(0).name)
                .isEqualTo("whole \uD83D\uDE00 emoji");
        }
        assertThat(db.rows("Accounts")).isEqualTo(1);
    }

    @Test
    void entityOfAnotherDatabase_isRefusedNamingIt() {
        Account theirs;
        try (Database other = TestDatabases.open(Ledger.schema())) {
            other.sync();
            try (Session s = other.openSession()) {
                theirs = s.insert(new Account("theirs", 1, null));
            }
            try (Session s = db.open()) {
                assertThatThrownBy(() -> s.update(theirs))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Account#" + theirs.id + " is managed by another Database (it was loaded or written "
                        + "through that Database's sessions), so this Database cannot write or navigate it. Use a "
                        + "session of the Database it came from, or copy its fields into a new Account for this one.");
            }
        }
    }

    @Test
    void insert_explicitIdForAGeneratedKey_laterGeneratedIdsDoNotCollide() {
        try (Session s = db.open()) {
            s.insert(new Account(10L, "ten"));
            Account next = s.insert(new Account("next", 1, null));

            assertThat(next.id).isEqualTo(11L);
        }
    }

    @Test
    void transaction_writeThatFailsACheckInside_leavesTheTransactionUsableAndWroteNothing() {
        try (Session s = db.open()) {
            s.useTransaction(tx -> {
                Account kept = tx.insert(new Account("kept", 1, null));
                assertThatThrownBy(() -> tx.insert(new Entry("orphan", 999L)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Entry (new) failed: Entry.accountId = 999 refers to no Account "
                        + "(Account.hasMany(Entry) as 'entries'). Insert that Account first or fix the key.");
                assertThatThrownBy(() -> tx.insert(new Account(kept.id, "duplicate")))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessage("Inserting Account#" + kept.id + " failed: a Account with id " + kept.id
                        + " already exists. Use update(...) for an existing row, or leave a generated id null.");
                tx.insert(new Entry("after", kept.id));
            });
        }
        assertThat(db.rows("Accounts")).isEqualTo(1);
        assertThat(db.rows("Entries")).isEqualTo(1);
    }
}
