package dev.kinship.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.kinship.runtime.Isolation;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.TransactionConflictException;
import dev.kinship.runtime.dialect.Ledger.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Database.inTransaction(Isolation, maxAttempts, work)}: retries exactly the transactions
 * the database gave up (serialization failure, deadlock), so that concurrent read-modify-write
 * work loses nothing. On SQLite every transaction takes the write lock when it begins, so the
 * same work never conflicts there.
 */
class TransactionConflictTest {

    private static final int THREADS = 4;
    private static final int INCREMENTS = 25;

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Ledger::schema);

    private long accountId() {
        try (Session s = db.open()) {
            return s.insert(new Account("shared", 1, null)).id;
        }
    }

    @Test
    void inTransaction_serializableIncrementsOnFourThreads_loseNoIncrement() throws Exception {
        long id = accountId();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < INCREMENTS; i++) {
                        db.get().inTransaction(Isolation.SERIALIZABLE, 50, tx -> {
                            attempts.incrementAndGet();
                            Account account = tx.find(Account.class, id).orElseThrow();
                            account.counter++;
                            return tx.update(account);
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Session s = db.open()) {
            assertThat(s.find(Account.class, id).orElseThrow().counter).isEqualTo(THREADS * INCREMENTS);
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(THREADS * INCREMENTS);
    }

    @Test
    void inTransaction_oneAttemptThatConflicts_throwsTransactionConflictExceptionAndCommitsNothing() throws Exception {
        assumeThat(TestDatabases.postgresql()).as("SQLite serializes writers, so nothing conflicts there").isTrue();
        long id = accountId();
        CountDownLatch bothRead = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> writers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                writers.add(pool.submit(() -> db.get().inTransaction(Isolation.SERIALIZABLE, 1, tx -> {
                    Account account = tx.find(Account.class, id).orElseThrow();
                    bothRead.countDown();
                    await(bothRead);
                    account.counter++;
                    return tx.update(account).counter;
                })));
            }
            int conflicts = 0;
            for (Future<Long> writer : writers) {
                try {
                    assertThat(writer.get(30, TimeUnit.SECONDS)).isEqualTo(1L);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(TransactionConflictException.class)
                        .hasMessageStartingWith("The transaction conflicted with another one and was rolled back (40001: ")
                        .hasMessageEndingWith("Nothing of it was committed; run the work again, e.g. with "
                            + "Database.inTransaction(isolation, maxAttempts, work).");
                    conflicts++;
                }
            }
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        try (Session s = db.open()) {
            assertThat(s.find(Account.class, id).orElseThrow().counter).isEqualTo(1L);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void inTransaction_zeroAttempts_isRefused() {
        assertThatThrownBy(() -> db.get().inTransaction(Isolation.READ_COMMITTED, 0, tx -> null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("inTransaction: maxAttempts is 0, but at least one attempt is needed. Pass 1 to run the work "
                + "once without retries.");
    }

    @Test
    void inTransaction_otherException_isNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> db.get().inTransaction(Isolation.REPEATABLE_READ, 5, tx -> {
            attempts.incrementAndGet();
            tx.insert(new Account("rolled back", 1, null));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(db.rows("Accounts")).isZero();
    }
}
