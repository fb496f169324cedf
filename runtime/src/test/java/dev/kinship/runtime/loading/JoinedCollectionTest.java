package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code separate(false)} on a collection: joined into its owner's statement, each owner and
 * each target once, pages counted in owners, one joined collection chain per statement.
 */
class JoinedCollectionTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @BeforeEach
    void seed() {
        BlogData.seed(db.get(), 10, 3);
        Rows.exec(db.get(), "DELETE FROM \"Comments\" WHERE \"postId\" = 10");
    }

    @Test
    void joinedHasMany_readsOwnersAndTargetsOnceInOneStatement() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments", c -> c.separate(false)).orderBy("id").list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
            assertThat(posts.get(1).getComments()).extracting(Comment::getBody)
                .containsExactly("comment4", "comment5", "comment6");
            assertThat(posts.get(9).getComments()).isEmpty();
            assertThat(Entities.isLoaded(posts.get(9), "comments")).isTrue();
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void joinedHasMany_withLimitAndOffset_pagesRootsNotRows() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author")
                .include("comments", c -> c.separate(false).include("author"))
                .orderByDescending("id").limit(3).offset(1).list();

            assertThat(posts).extracting(Post::getId).containsExactly(9L, 8L, 7L);
            assertThat(posts).allSatisfy(p -> assertThat(p.getComments()).hasSize(3));
            assertThat(posts.get(0).getComments().get(0).getAuthor().getUsername()).isEqualTo("user10");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void joinedHasMany_requiredWhereAndLimit_pagesOnlyMatchingRoots() {
        Rows.exec(db.get(), "UPDATE \"Comments\" SET \"approved\" = FALSE WHERE \"postId\" = 2");
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.separate(false).where("approved", true)).orderBy("id").limit(3).list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L, 3L, 4L);
            assertThat(posts.get(0).getComments()).extracting(Comment::getBody).containsExactly("comment1", "comment3");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void joinedBelongsToMany_readsEachTargetOncePerOwner() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("categories", c -> c.separate(false)).orderBy("id").list();

            assertThat(posts.get(0).getCategories()).extracting(Category::getName)
                .containsExactly("category2", "category9");
            assertThat(posts.get(7).getCategories().get(0)).isSameAs(posts.get(0).getCategories().get(1));
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void joinedAndSeparate_sameGraph_sameObjects() {
        Function<Boolean, List<String>> graph = separate -> {
            try (Session s = db.open()) {
                List<Post> posts = s.query(Post.class).include("author")
                    .include("comments", c -> c.separate(separate).include("author"))
                    .include("categories", c -> c.separate(separate).include("posts"))
                    .orderByDescending("title").limit(4).offset(1).list();
                List<String> out = new ArrayList<>();
                for (Post p : posts) {
                    out.add(p.getTitle() + " by " + p.getAuthor().getUsername());
                    p.getComments().forEach(c -> out.add("  " + c.getBody() + " by " + c.getAuthor().getUsername()));
                    p.getCategories().forEach(c -> out.add("  " + c.getName() + " " + c.getPosts().stream()
                        .map(Post::getTitle).toList()));
                }
                return out;
            }
        };

        List<String> separate = graph.apply(true);

        assertThat(graph.apply(false)).isEqualTo(separate);
        assertThat(separate).startsWith("post8 by user8", "  comment22 by user9");
    }

    @Test
    void twoJoinedCollectionsUnderOneOwner_secondIsReadSeparately() {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.separate(false))
                .include("categories", c -> c.separate(false)).orderBy("id").list();

            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(log.statements().get(0)).contains("LEFT JOIN \"Comments\"").doesNotContain("PostCategories");
            assertThat(posts.get(0).getComments()).hasSize(3);
            assertThat(posts.get(0).getCategories()).hasSize(2);
        }
    }

    @Test
    void joinedCollectionChain_categoriesPostsComments_isOneStatement() {
        try (Session s = db.open()) {
            List<Category> categories = s.query(Category.class)
                .include("posts", p -> p.separate(false).include("comments", c -> c.separate(false)))
                .orderBy("id").list();

            Category nine = categories.get(8);
            assertThat(nine.getPosts()).extracting(Post::getId).containsExactly(1L, 8L);
            assertThat(nine.getPosts().get(1).getComments()).extracting(Comment::getBody)
                .containsExactly("comment22", "comment23", "comment24");
            assertThat(categories.get(0).getPosts()).isEmpty();
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void joinedCollectionBelowSeparateInclude_readsEachTargetOnce() {
        try (Session s = db.open()) {
            List<Category> categories = s.query(Category.class)
                .include("posts", p -> p.include("comments", c -> c.separate(false))).orderBy("id").list();

            assertThat(categories.get(8).getPosts()).extracting(Post::getId).containsExactly(1L, 8L);
            assertThat(categories.get(1).getPosts().get(0).getComments()).extracting(Comment::getBody)
                .containsExactly("comment1", "comment2", "comment3");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void joinedHasMany_count_countsDistinctRoots() {
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).include("comments", c -> c.separate(false)).count()).isEqualTo(10);
            assertThat(s.query(Post.class).include("comments", c -> c.separate(false).required(true)).count())
                .isEqualTo(9);
        }
    }

    @Test
    void joinedHasMany_stream_readsEveryRootOnceWithItsWholeCollection() {
        try (Session s = db.open(); Stream<Post> stream = s.query(Post.class)
                .include("comments", c -> c.separate(false)).orderBy("id").stream()) {
            List<Post> posts = stream.toList();

            assertThat(posts).hasSize(10);
            assertThat(posts.subList(0, 9)).allSatisfy(p -> assertThat(p.getComments()).hasSize(3));
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void joinedHasMany_first_returnsOneRootWithItsCollection() {
        try (Session s = db.open()) {
            Post post = s.query(Post.class).include("comments", c -> c.separate(false)).orderBy("id").first()
                .orElseThrow();

            assertThat(post.getId()).isEqualTo(1L);
            assertThat(post.getComments()).hasSize(3);
        }
    }
}
