package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.blog.User;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Includes of every kind, at the root and nested: to-one joined into the owner's statement,
 * to-many one statement per include level, and every included association marked loaded.
 */
class EagerLoadingTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @BeforeEach
    void seed() {
        BlogData.seed(db.get(), 10, 2);
        Rows.insert(db.get(), "Profiles", "id, userId, bio", 5, i -> new Object[] {i + 1L, i + 1L, "bio" + (i + 1)});
        Rows.exec(db.get(), "DELETE FROM \"Comments\" WHERE \"postId\" = 10");
    }

    @Test
    void include_belongsTo_isJoinedIntoTheRootStatement() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author").orderBy("id").list();

            assertThat(posts).hasSize(10).allSatisfy(p -> assertThat(Entities.isLoaded(p, "author")).isTrue());
            assertThat(posts).extracting(p -> p.getAuthor().getUsername()).startsWith("user1", "user2", "user3");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void include_hasOne_isJoinedAndNullWithoutARow() {
        try (Session s = db.open()) {
            List<User> users = s.query(User.class).include("profile").orderBy("id").list();

            assertThat(users.get(4).getProfile().getBio()).isEqualTo("bio5");
            assertThat(users.get(5).getProfile()).isNull();
            assertThat(Entities.isLoaded(users.get(5), "profile")).isTrue();
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void include_hasMany_isOneMoreStatementAndEmptyMeansLoaded() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments").orderBy("id").list();

            assertThat(posts.get(1).getComments()).extracting(Comment::getBody).containsExactly("comment3", "comment4");
            assertThat(posts.get(9).getComments()).isEmpty();
            assertThat(Entities.isLoaded(posts.get(9), "comments")).isTrue();
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_belongsToMany_isOneMoreStatement() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("categories").orderBy("id").list();

            assertThat(posts.get(0).getCategories()).extracting(Category::getName)
                .containsExactly("category2", "category9");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_authorCommentsAndCategories_costsThreeStatements() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author").include("comments").include("categories").list();

            posts.forEach(p -> {
                p.getAuthor().getUsername();
                p.getComments().size();
                p.getCategories().size();
            });

            assertThat(s.stats().statements()).isEqualTo(3);
        }
    }

    @Test
    void include_threeLevelsPostsCommentsAuthorProfile_costsOneStatementPerCollectionLevel() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.include("author", a -> a.include("profile"))).orderBy("id").list();

            Comment first = posts.get(0).getComments().get(0);
            assertThat(first.getAuthor().getUsername()).isEqualTo("user2");
            assertThat(first.getAuthor().getProfile().getBio()).isEqualTo("bio2");
            assertThat(posts.get(7).getComments().get(0).getAuthor().getProfile()).isNull();
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_nestedBelowBelongsTo_isJoinedToo() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author", a -> a.include("profile")).orderBy("id").list();

            assertThat(posts.get(2).getAuthor().getProfile().getBio()).isEqualTo("bio3");
            assertThat(posts.get(8).getAuthor().getProfile()).isNull();
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void include_belongsToManyBelowBelongsTo_isOneStatementForTheLevel() {
        try (Session s = db.open()) {
            List<Comment> comments = s.query(Comment.class).include("post", p -> p.include("categories"))
                .orderBy("id").list();

            assertThat(comments.get(0).getPost().getCategories()).extracting(Category::getName)
                .containsExactly("category2", "category9");
            assertThat(comments.get(1).getPost()).isSameAs(comments.get(0).getPost());
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_separateTrueOnBelongsTo_isAStatementOfItsOwnWithTheSameObjects() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author", a -> a.separate(true)).orderBy("id").list();

            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(posts).extracting(p -> p.getAuthor().getId()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L,
                9L, 10L);
            assertThat(posts.get(0).getAuthor()).isSameAs(s.find(User.class, 1L).orElseThrow());
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_separateTrueOnBelongsToWithWhere_keepsOnlyOwnersWithAMatch() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author", a -> a.separate(true).where("username", "user3"))
                .list();

            assertThat(posts).extracting(Post::getTitle).containsExactly("post3");
            assertThat(posts.get(0).getAuthor().getUsername()).isEqualTo("user3");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_separateTrueOnHasOne_isAStatementOfItsOwn() {
        try (Session s = db.open()) {
            List<User> users = s.query(User.class).include("profile", p -> p.separate(true)).orderBy("id").list();

            assertThat(users).extracting(u -> u.getProfile() == null ? null : u.getProfile().getBio())
                .containsExactly("bio1", "bio2", "bio3", "bio4", "bio5", null, null, null, null, null);
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_separateTrueOnBelongsToMany_withNestedInclude() {
        try (Session s = db.open()) {
            List<Category> categories = s.query(Category.class)
                .include("posts", p -> p.separate(true).include("author")).orderBy("id").list();

            assertThat(categories.get(8).getPosts()).extracting(Post::getId).containsExactly(1L, 8L);
            assertThat(categories.get(8).getPosts()).extracting(p -> p.getAuthor().getUsername())
                .containsExactly("user1", "user8");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_lazyNavigationBelowIncludedLevel_staysBatched() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments").list();

            posts.forEach(p -> p.getComments().forEach(c -> c.getAuthor().getUsername()));

            assertThat(s.stats().statements()).isEqualTo(3);
        }
    }

    @Test
    void include_whereOnHasMany_filtersRowsAndKeepsOnlyOwnersWithAMatch() {
        Rows.exec(db.get(), "UPDATE \"Comments\" SET \"approved\" = FALSE WHERE \"postId\" = 3");
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments", c -> c.where("approved", true))
                .orderBy("id").list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L, 2L, 4L, 5L, 6L, 7L, 8L, 9L);
            assertThat(posts).allSatisfy(p -> assertThat(p.getComments()).hasSize(1)
                .allSatisfy(c -> assertThat(c.isApproved()).isTrue()));
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_whereWithRequiredFalse_keepsOwnersWithoutAMatch() {
        Rows.exec(db.get(), "UPDATE \"Comments\" SET \"approved\" = FALSE WHERE \"postId\" = 3");
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.where("approved", true).required(false)).orderBy("id").list();

            assertThat(posts).hasSize(10);
            assertThat(posts.get(2).getComments()).isEmpty();
            assertThat(posts.get(3).getComments()).extracting(Comment::getBody).containsExactly("comment7");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_requiredWithoutWhere_keepsEachOwnerWithRowsOnce() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments", c -> c.required(true)).orderBy("id").list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        }
    }

    @Test
    void include_requiredBelongsTo_dropsOwnersWithoutTarget() {
        Rows.exec(db.get(), "UPDATE \"Posts\" SET \"authorId\" = NULL WHERE \"id\" = 4");
        try (Session s = db.open()) {
            List<Post> required = s.query(Post.class).include("author", a -> a.required(true)).orderBy("id").list();
            List<Post> optional = s.query(Post.class).include("author").orderBy("id").list();

            assertThat(required).extracting(Post::getId).doesNotContain(4L).hasSize(9);
            assertThat(optional).hasSize(10);
            assertThat(optional.get(3).getAuthor()).isNull();
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_whereOnBelongsTo_isRequiredByDefault() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author", a -> a.where("username", "user3")).list();

            assertThat(posts).extracting(Post::getTitle).containsExactly("post3");
            assertThat(posts.get(0).getAuthor().getUsername()).isEqualTo("user3");
        }
    }

    @Test
    void include_requiredNested_filtersOnlyTheLevelAboveIt() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.include("author", a -> a.where("username", "user2"))).orderBy("id").list();

            assertThat(posts).hasSize(10);
            assertThat(posts.get(0).getComments()).extracting(Comment::getBody).containsExactly("comment1");
            assertThat(posts.get(4).getComments()).isEmpty();
            assertThat(posts.get(0).getComments().get(0).getAuthor().getUsername()).isEqualTo("user2");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void include_requiredNestedUnderRequired_filtersTheRootsToo() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class)
                .include("comments", c -> c.required(true).include("author", a -> a.where("username", "user2")))
                .orderBy("id").list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L);
            assertThat(posts.get(0).getComments()).extracting(Comment::getBody).containsExactly("comment1");
        }
    }

    @Test
    void limitOffset_withHasManyInclude_returnsExactlyThosePostsInOrder() {
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("comments").orderByDescending("id").limit(3).offset(2)
                .list();

            assertThat(posts).extracting(Post::getId).containsExactly(8L, 7L, 6L);
            assertThat(posts).allSatisfy(p -> assertThat(p.getComments()).hasSize(2));
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void limit_withRequiredWhereInclude_countsOnlyMatchingRoots() {
        Rows.exec(db.get(), "UPDATE \"Comments\" SET \"approved\" = FALSE WHERE \"postId\" = 3");
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).include("author")
                .include("comments", c -> c.include("author").where("approved", true)).orderBy("id").limit(3).list();

            assertThat(posts).extracting(Post::getId).containsExactly(1L, 2L, 4L);
            assertThat(posts.get(2).getComments()).extracting(Comment::getBody).containsExactly("comment7");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void count_withToManyInclude_countsDistinctRoots() {
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).include("comments").include("categories").count()).isEqualTo(10);
            assertThat(s.query(Post.class).include("comments", c -> c.required(true)).count()).isEqualTo(9);
            assertThat(s.query(Post.class).include("comments", c -> c.where("approved", false)).count()).isEqualTo(9);
        }
    }

    @Test
    void count_withRequiredToOneInclude_countsOnlyRootsWithAMatch() {
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).include("author", a -> a.where("username", "user3")).count()).isEqualTo(1);
            assertThat(s.query(Post.class).include("author", a -> a.include("profile", p -> p.required(true)))
                .include("comments").count()).isEqualTo(10);
            assertThat(s.query(Post.class).include("author", a -> a.required(true)
                .include("profile", p -> p.required(true))).count()).isEqualTo(5);
        }
    }

    @Test
    void count_withLimitAndOffset_countsThePage() {
        try (Session s = db.open()) {
            assertThat(s.query(Post.class).include("comments").limit(4).offset(8).count()).isEqualTo(2);
        }
    }

    @Test
    void query_twoModelsWithTheSameShape_eachReadsItsOwnTable() {
        try (Session s = db.open()) {
            assertThat(s.query(User.class).where("id", 2L).list()).extracting(User::getUsername)
                .containsExactly("user2");
            assertThat(s.query(Category.class).where("id", 2L).list()).extracting(Category::getName)
                .containsExactly("category2");
            assertThat(s.query(Category.class).count()).isEqualTo(20);
            assertThat(s.query(User.class).count()).isEqualTo(10);
        }
    }
}
