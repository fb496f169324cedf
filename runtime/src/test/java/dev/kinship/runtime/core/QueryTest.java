package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.User;
import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** where, orderBy, limit and offset, and the four ways to read a query: list, first, count, stream. */
class QueryTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

    private void posts(String... titles) {
        try (Session s = db.open()) {
            User ada = s.insert(new User("ada", null));
            for (int i = 0; i < titles.length; i++) {
                Post post = new Post(titles[i], i % 2 == 0 ? ada.id : null);
                post.published = i % 2 == 0;
                s.insert(post);
            }
        }
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(p -> p.title).toList();
    }

    @Test
    void list_noCondition_readsEveryRowInOneStatement() {
        posts("a", "b", "c");
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).list()).hasSize(3);
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void where_value_keepsMatchingRows() {
        posts("a", "b", "c", "d");
        try (Session s = db.open()) {
            assertThat(titles(s.query(Post.class).where("published", true).orderBy("id").list()))
                .containsExactly("a", "c");
        }
    }

    @Test
    void where_null_meansIsNull() {
        posts("a", "b", "c", "d");
        try (Session s = db.open()) {
            assertThat(titles(s.query(Post.class).where("authorId", null).orderBy("id").list()))
                .containsExactly("b", "d");
        }
    }

    @Test
    void where_severalCalls_areAnded() {
        posts("a", "b", "c", "d");
        try (Session s = db.open()) {
            assertThat(titles(s.query(Post.class).where("published", true).where("title", "c").list()))
                .containsExactly("c");
        }
    }

    @Test
    void orderBy_thenOrderByDescending_breaksTiesDescending() {
        posts("b", "a", "b", "a");
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).orderBy("title").orderByDescending("id").list();

            assertThat(titles(posts)).containsExactly("a", "a", "b", "b");
            assertThat(posts.get(0).id).isGreaterThan(posts.get(1).id);
        }
    }

    @Test
    void limitAndOffset_pageThroughTheOrderedRows() {
        posts("a", "b", "c", "d", "e");
        try (Session s = db.open()) {
            assertThat(titles(s.query(Post.class).orderBy("title").limit(2).offset(1).list()))
                .containsExactly("b", "c");
        }
    }

    @Test
    void offsetWithoutLimit_skipsRows() {
        posts("a", "b", "c");
        try (Session s = db.open()) {
            assertThat(titles(s.query(Post.class).orderBy("title").offset(2).list())).containsExactly("c");
        }
    }

    @Test
    void first_manyMatches_returnsTheFirstInOrder() {
        posts("b", "a", "c");
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).orderByDescending("title").first()).get()
                .extracting(p -> p.title).isEqualTo("c");
        }
    }

    @Test
    void first_noMatch_isEmpty() {
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).first()).isEmpty();
        }
    }

    @Test
    void count_withCondition_countsInOneStatement() {
        posts("a", "b", "c", "d", "e");
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).where("published", true).count()).isEqualTo(3);
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void count_withLimitAndOffset_countsThePage() {
        posts("a", "b", "c", "d", "e");
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).limit(2).offset(4).count()).isEqualTo(1);
        }
    }

    @Test
    void stream_rows_readsThemAllInOneStatement() {
        posts("a", "b", "c");
        try (Session s = db.open(); Stream<Post> stream = s.query(Post.class).orderBy("title").stream()) {
            assertThat(stream.map(p -> p.title)).containsExactly("a", "b", "c");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void stream_rowAlreadyLoaded_returnsThatInstance() {
        posts("a");
        try (Session s = db.open()) {
            Post found = s.query(Post.class).first().orElseThrow();
            try (Stream<Post> stream = s.query(Post.class).stream()) {
                assertThat(stream.toList()).singleElement().isSameAs(found);
            }
        }
    }

    @Test
    void stream_manyRows_keepsNoEarlierRowTheConsumerDropped() {
        insertUsers(50_000);
        try (Session s = db.open(); Stream<User> stream = s.query(User.class).orderBy("id").stream()) {
            Iterator<User> users = stream.iterator();
            WeakReference<User> first = new WeakReference<>(users.next());
            long read = 1;
            while (read < 20_000) {
                users.next();
                read++;
            }

            IdentityMapTest.awaitCollected(first);

            while (users.hasNext()) {
                users.next();
                read++;
            }
            assertThat(read).isEqualTo(50_000);
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void stream_consumedPartly_readsOnlyWhatIsAskedFor() {
        insertUsers(50_000);
        try (Session s = db.open(); Stream<User> stream = s.query(User.class).orderBy("id").stream()) {
            List<String> names = stream.limit(3).map(u -> u.username).toList();

            assertThat(names).containsExactly("user1", "user2", "user3");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void stream_whileOtherStatementsRun_keepsReading() {
        posts("a", "b", "c");
        try (Session s = db.open(); Stream<Post> stream = s.query(Post.class).orderBy("title").stream()) {
            List<String> seen = stream.map(p -> {
                s.find(User.class, 1L);
                s.query(Post.class).count();
                return p.title;
            }).toList();

            assertThat(seen).containsExactly("a", "b", "c");
        }
    }

    /** Inserts {@code count} users named user1..userN with one plain statement. */
    private void insertUsers(int count) {
        db.get().withConnection(c -> {
            try (var statement = c.prepareStatement("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    + "WHERE i < ?) INSERT INTO \"Users\" (\"username\") SELECT 'user' || i FROM n")) {
                statement.setInt(1, count);
                return statement.executeUpdate();
            }
        });
    }
}
