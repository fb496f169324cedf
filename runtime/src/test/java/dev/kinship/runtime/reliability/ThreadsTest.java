package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import dev.kinship.runtime.reliability.Shop.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session is refused to a second thread while the first is inside it; entities of a closed session load correctly from many threads. */
class ThreadsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Shop::schema);

    @Test
    void session_enteredByASecondThreadWhileInUse_isRefusedNamingBothThreads() throws Exception {
        AtomicReference<Throwable> refused = new AtomicReference<>();
        try (Session s = db.open()) {
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch tried = new CountDownLatch(1);
            Thread first = new Thread(() -> s.useTransaction(tx -> {
                tx.insert(new Tag("first"));
                inside.countDown();
                await(tried);
            }), "first-thread");
            first.start();
            inside.await(5, TimeUnit.SECONDS);
            Thread second = new Thread(() -> {
                try {
                    s.insert(new Tag("second"));
                } catch (RuntimeException e) {
                    refused.set(e);
                } finally {
                    tried.countDown();
                }
            }, "second-thread");
            second.start();
            second.join(5_000);
            first.join(5_000);

            assertThat(refused.get()).isInstanceOf(IllegalStateException.class)
                .hasMessage("Session used from two threads at once: thread 'second-thread' called it while thread "
                    + "'first-thread' was inside a call of it. A session is for one thread at a time; open a session "
                    + "per thread (database.openSession()).");
            s.insert(new Tag("handed back"));
        }
        assertThat(db.rows("Tags")).isEqualTo(2);
    }

    @Test
    void lazyLoads_ofAClosedSessionsEntitiesFromEightThreads_areEachLoadedOnceAndComplete() throws Exception {
        List<Author> authors;
        try (Session s = db.open()) {
            s.useTransaction(tx -> {
                for (int a = 0; a < 100; a++) {
                    Author author = tx.insert(new Author("a" + a));
                    for (int b = 0; b < 3; b++) {
                        tx.insert(new Book("b" + b, author.id));
                    }
                }
            });
        }
        try (Session s = db.open()) {
            authors = s.query(Author.class).list();
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> seen = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 13;
                seen.add(pool.submit(() -> {
                    int books = 0;
                    for (int i = 0; i < authors.size(); i++) {
                        books += authors.get((i + offset) % authors.size()).getBooks().size();
                    }
                    return books;
                }));
            }
            for (Future<Integer> f : seen) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(300);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Author author : authors) {
            assertThat(author.getBooks()).extracting(b -> b.authorId).containsOnly(author.id).hasSize(3);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
