package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.LazyLoading;
import dev.kinship.runtime.LazyLoadingException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.blog.Profile;
import dev.kinship.runtime.blog.User;
import dev.kinship.runtime.TestDatabases;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lazy navigation of the four kinds: batched per load group, per entity, or off. */
class LazyNavigationTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    private static void touchAll(List<Post> posts) {
        for (Post p : posts) {
            p.getComments().size();
            p.getAuthor().getUsername();
            p.getCategories().size();
        }
    }

    @Test
    void batched_touchingCommentsAuthorAndCategoriesOf200Posts_costsOneStatementPerAssociation() {
        BlogData.seed(db.get(), 200, 2);
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            assertThat(s.stats().statements()).isEqualTo(1);

            touchAll(posts);

            assertThat(s.stats().statements()).isEqualTo(1 + 3);
            Post post7 = posts.get(6);
            assertThat(post7.getAuthor().getUsername()).isEqualTo("user7");
            assertThat(post7.getComments()).extracting(Comment::getBody).containsExactly("comment13", "comment14");
            assertThat(post7.getCategories()).extracting(Category::getName)
                .containsExactlyInAnyOrder("category8", "category15");
            assertThat(posts).allSatisfy(p -> assertThat(p.getComments()).hasSize(2)
                .allSatisfy(c -> assertThat(c.getPostId()).isEqualTo(p.getId())));
        }
    }

    @Test
    void batched_secondTouch_costsNoStatement() {
        BlogData.seed(db.get(), 200, 2);
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).list();
            touchAll(posts);
            long before = s.stats().statements();

            touchAll(posts);

            assertThat(s.stats().statements()).isEqualTo(before);
        }
    }

    @Test
    void perEntity_touchingCommentsAuthorAndCategoriesOf200Posts_costsOneStatementPerAccess() {
        BlogData.seed(db.get(), 200, 2);
        try (Session s = db.open()) {
            s.lazyLoading(LazyLoading.PER_ENTITY);
            List<Post> posts = s.query(Post.class).list();

            touchAll(posts);

            assertThat(s.stats().statements()).isEqualTo(1 + 600);
            touchAll(posts);
            assertThat(s.stats().statements()).isEqualTo(1 + 600);
        }
    }

    @Test
    void off_unloadedAccess_throwsNamingEntityAliasAndInclude() {
        BlogData.seed(db.get(), 20, 1);
        try (Session s = db.open()) {
            s.lazyLoading(LazyLoading.OFF);
            Post post = s.query(Post.class).where("title", "post12").first().orElseThrow();

            assertThatThrownBy(post::getComments)
                .isInstanceOf(LazyLoadingException.class)
                .hasMessage("Post#12.comments is not loaded and lazy loading is off for this session; load it with "
                    + "query(Post.class).include(\"comments\") or switch to LazyLoading.BATCHED");
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void off_includedAssociation_readsWithoutStatement() {
        BlogData.seed(db.get(), 20, 1);
        try (Session s = db.open()) {
            s.lazyLoading(LazyLoading.OFF);
            List<Post> posts = s.query(Post.class).include("comments").list();

            assertThat(posts).allSatisfy(p -> assertThat(p.getComments()).hasSize(1));
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void batched_nestedNavigation_costsOneStatementPerLevel() {
        BlogData.seed(db.get(), 50, 3);
        Rows.insert(db.get(), "Profiles", "id, userId, bio", 50, i -> new Object[] {i + 1L, i + 1L, "bio" + (i + 1)});
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).where("published", true).list();
            List<Comment> comments = new ArrayList<>();
            posts.forEach(p -> comments.addAll(p.getComments()));
            assertThat(s.stats().statements()).isEqualTo(2);

            comments.forEach(c -> c.getAuthor().getUsername());
            assertThat(s.stats().statements()).isEqualTo(3);

            comments.forEach(c -> c.getAuthor().getProfile().getBio());
            assertThat(s.stats().statements()).isEqualTo(4);
            assertThat(comments.get(0).getAuthor().getProfile().getBio()).isEqualTo("bio2");
        }
    }

    @Test
    void belongsTo_targetsAlreadyInIdentityMap_areNotFetchedAgain() {
        BlogData.seed(db.get(), 30, 1);
        try (Session s = db.open()) {
            List<User> users = s.query(User.class).orderBy("id").list();
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            long before = s.stats().statements();
            long hits = s.stats().hits();

            for (int i = 0; i < posts.size(); i++) {
                assertThat(posts.get(i).getAuthor()).isSameAs(users.get(i));
            }

            assertThat(s.stats().statements()).isEqualTo(before);
            assertThat(s.stats().hits()).isEqualTo(hits + 30);
        }
    }

    @Test
    void belongsTo_someTargetsKnown_fetchesTheOthersAndKeepsOneInstancePerRow() {
        BlogData.seed(db.get(), 30, 1);
        try (Session s = db.open()) {
            User user3 = s.find(User.class, 3L).orElseThrow();
            List<Post> posts = s.query(Post.class).orderBy("id").list();

            assertThat(posts.get(2).getAuthor()).isSameAs(user3);
            assertThat(posts).extracting(p -> p.getAuthor().getId()).containsExactlyElementsOf(
                posts.stream().map(Post::getAuthorId).toList());
            assertThat(s.stats().statements()).isEqualTo(3);
            assertThat(s.stats().hits()).isEqualTo(1);
            assertThat(s.stats().misses()).isEqualTo(1 + 29);
        }
    }

    @Test
    void belongsTo_knownAndFetchedTargets_navigateOnAsOneGroup() {
        BlogData.seed(db.get(), 10, 1);
        Rows.insert(db.get(), "Profiles", "id, userId, bio", 10, i -> new Object[] {i + 1L, i + 1L, "bio" + (i + 1)});
        try (Session s = db.open()) {
            s.find(User.class, 3L).orElseThrow();
            List<Post> posts = s.query(Post.class).list();
            posts.forEach(p -> p.getAuthor().getId());
            long before = s.stats().statements();

            posts.forEach(p -> p.getAuthor().getProfile().getBio());

            assertThat(s.stats().statements()).isEqualTo(before + 1);
        }
    }

    @Test
    void belongsTo_knownTargets_stillNavigateWithTheGroupThatReadThem() {
        BlogData.seed(db.get(), 10, 0);
        Rows.exec(db.get(), "DELETE FROM \"Posts\" WHERE \"id\" > 5");
        Rows.insert(db.get(), "Profiles", "id, userId, bio", 10, i -> new Object[] {i + 1L, i + 1L, "bio" + (i + 1)});
        try (Session s = db.open()) {
            List<User> users = s.query(User.class).orderBy("id").list();
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            posts.forEach(p -> p.getAuthor().getId());
            assertThat(s.stats().statements()).isEqualTo(2);

            posts.get(0).getAuthor().getProfile();
            users.forEach(User::getProfile);

            assertThat(s.stats().statements()).isEqualTo(3);
            assertThat(users.get(9).getProfile().getBio()).isEqualTo("bio10");
        }
    }

    @Test
    void hasOne_withoutRows_isNullForTheWholeGroupInOneStatement() {
        BlogData.seed(db.get(), 10, 0);
        Rows.exec(db.get(), "INSERT INTO \"Profiles\" (\"id\", \"userId\", \"bio\") VALUES (1, 4, 'four')");
        try (Session s = db.open()) {
            List<User> users = s.query(User.class).orderBy("id").list();

            List<Profile> profiles = new ArrayList<>();
            users.forEach(u -> profiles.add(u.getProfile()));
            assertThat(s.stats().statements()).isEqualTo(2);
            users.forEach(User::getProfile);

            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(profiles).filteredOn(p -> p != null).extracting(Profile::getBio).containsExactly("four");
            assertThat(profiles.get(3).getUser()).isSameAs(users.get(3));
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void hasMany_withoutRows_isAnEmptyLoadedList() {
        BlogData.seed(db.get(), 5, 0);
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).list();

            assertThat(posts.get(0).getComments()).isEmpty();
            posts.forEach(Post::getComments);

            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(Entities.isLoaded(posts.get(4), "comments")).isTrue();
        }
    }

    @Test
    void loadedCollection_isAPlainMutableList() {
        BlogData.seed(db.get(), 3, 2);
        try (Session s = db.open()) {
            Post post = s.find(Post.class, 1L).orElseThrow();

            List<Comment> comments = post.getComments();
            comments.add(new Comment("local", 1L, 1L, true));

            assertThat(comments).isExactlyInstanceOf(ArrayList.class);
            assertThat(post.getComments()).hasSize(3);
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void setter_beforeFirstAccess_marksLoadedAndNoLazyLoadOverwritesIt() {
        BlogData.seed(db.get(), 4, 2);
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            List<Comment> mine = new ArrayList<>();
            posts.get(0).setComments(mine);

            assertThat(posts.get(0).getComments()).isSameAs(mine);
            assertThat(s.stats().statements()).isEqualTo(1);
            posts.get(1).getComments();

            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(posts.get(0).getComments()).isSameAs(mine).isEmpty();
            assertThat(posts.get(3).getComments()).hasSize(2);
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void setter_toOne_returnsWhatWasSetEvenWhenNull() {
        BlogData.seed(db.get(), 4, 0);
        try (Session s = db.open()) {
            Post post = s.find(Post.class, 2L).orElseThrow();

            post.setAuthor(null);

            assertThat(post.getAuthor()).isNull();
            assertThat(s.stats().statements()).isEqualTo(1);
        }
    }

    @Test
    void lazyLoad_afterSessionClose_borrowsAConnectionAndKeepsIdentity() {
        BlogData.seed(db.get(), 20, 2);
        List<Post> posts;
        Session s = db.open();
        try (s) {
            posts = s.query(Post.class).orderBy("id").list();
        }

        posts.forEach(p -> p.getComments().size());
        assertThat(s.stats().statements()).isEqualTo(2);

        Comment first = posts.get(0).getComments().get(0);
        assertThat(first.getPost()).isSameAs(posts.get(0));
        assertThat(s.stats().statements()).isEqualTo(2);
        assertThat(posts.get(5).getComments()).extracting(Comment::getPostId).containsOnly(6L);
    }

    @Test
    void lazyLoad_failingStatement_wrapsTheSqlExceptionWithEntityAliasAndStatement() {
        BlogData.seed(db.get(), 3, 1);
        try (Session s = db.open()) {
            Post post = s.find(Post.class, 2L).orElseThrow();
            Rows.exec(db.get(), "DROP TABLE \"Comments\"");

            assertThatThrownBy(post::getComments)
                .isInstanceOf(LazyLoadingException.class)
                .hasMessageStartingWith("Lazy loading Post#2.comments failed: ")
                .hasMessageContaining(TestDatabases.noSuchTable("Comments"))
                .hasMessageContaining(". Statement: SELECT t0.\"id\", t0.\"body\"")
                .hasCauseInstanceOf(SQLException.class);
        }
    }

    @Test
    void entitiesClassOf_managedInstance_isTheUsersClass() {
        BlogData.seed(db.get(), 1, 0);
        try (Session s = db.open()) {
            Post post = s.find(Post.class, 1L).orElseThrow();

            assertThat(post.getClass()).isNotEqualTo(Post.class);
            assertThat(Entities.classOf(post)).isEqualTo(Post.class);
            assertThat(Entities.classOf(new Post())).isEqualTo(Post.class);
            assertThat(s.toMany(post, "comments").count()).isZero();
        }
    }
}
